package nl.skillsmap.search.text;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML-escaped text with {@code <mark>} around each matched word and nothing else,
 * so a page can insert a snippet as HTML without trusting the indexed text. Passages that do not start or end the
 * field are joined by an ellipsis.
 */
final class MarkFormatter extends PassageFormatter {

    private static final String ELLIPSIS = "\u2026";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        int previousEnd = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > previousEnd) {
                out.append(ELLIPSIS).append(' ');
            }
            int at = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(at, passage.getMatchStarts()[i]);
                int end = passage.getMatchEnds()[i];
                // Merge a match that overlaps or touches the next one (stacked tokens of one word).
                while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] <= end) {
                    i++;
                    end = Math.max(end, passage.getMatchEnds()[i]);
                }
                if (end <= start) {
                    continue;
                }
                escape(content, at, start, out);
                out.append("<mark>");
                escape(content, start, end, out);
                out.append("</mark>");
                at = end;
            }
            escape(content, at, passage.getEndOffset(), out);
            previousEnd = passage.getEndOffset();
        }
        if (previousEnd < content.length()) {
            out.append(' ').append(ELLIPSIS);
        }
        return out.toString().strip();
    }

    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        escape(text, 0, text.length(), out);
        return out.toString();
    }
}
