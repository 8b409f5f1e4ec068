package nl.skillsmap.search.suggest;

import java.util.List;

/** The suggestions for one typed prefix, best first. */
public record Suggestions(String query, List<Suggestion> suggestions) {

    public Suggestions {
        suggestions = List.copyOf(suggestions);
    }
}
