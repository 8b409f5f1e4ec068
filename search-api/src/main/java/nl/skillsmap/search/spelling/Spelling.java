package nl.skillsmap.search.spelling;

import java.util.List;

/**
 * What a text may have meant: {@code unknown} are its words that occur in no title or label of the index, and
 * {@code suggestions} the whole text with those words replaced by known ones, best first (empty when nothing close
 * is known).
 */
public record Spelling(String text, List<String> unknown, List<String> suggestions) {

    public Spelling {
        unknown = List.copyOf(unknown);
        suggestions = List.copyOf(suggestions);
    }
}
