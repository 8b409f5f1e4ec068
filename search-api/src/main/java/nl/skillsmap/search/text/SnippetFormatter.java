package nl.skillsmap.search.text;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as a {@link Snippet}: the passages' text, joined by an ellipsis where they do not
 * start or end the field, with the matched words as marked ranges.
 */
final class SnippetFormatter extends PassageFormatter {

    private static final String ELLIPSIS = "\u2026";

    @Override
    public Snippet format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<Snippet.Mark> marks = new ArrayList<>();
        int previousEnd = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > previousEnd) {
                text.append(ELLIPSIS).append(' ');
            }
            int shift = text.length() - passage.getStartOffset();
            int at = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(at, passage.getMatchStarts()[i]);
                int end = passage.getMatchEnds()[i];
                // Merge a match that overlaps or touches the next one (stacked tokens of one word).
                while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] <= end) {
                    i++;
                    end = Math.max(end, passage.getMatchEnds()[i]);
                }
                if (end > start) {
                    marks.add(new Snippet.Mark(start + shift, end + shift));
                    at = end;
                }
            }
            text.append(content, passage.getStartOffset(), passage.getEndOffset());
            previousEnd = passage.getEndOffset();
        }
        if (previousEnd < content.length()) {
            text.append(' ').append(ELLIPSIS);
        }
        return stripped(text.toString(), marks);
    }

    /** The text without leading and trailing white space, its marks moved along. */
    private static Snippet stripped(String text, List<Snippet.Mark> marks) {
        String stripped = text.strip();
        int lead = text.length() - text.stripLeading().length();
        return new Snippet(
                stripped,
                marks.stream()
                        .map(m -> new Snippet.Mark(
                                Math.max(0, m.start() - lead), Math.min(stripped.length(), m.end() - lead)))
                        .filter(m -> m.end() > m.start())
                        .toList());
    }
}
