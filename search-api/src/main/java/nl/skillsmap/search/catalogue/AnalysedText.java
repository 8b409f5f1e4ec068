package nl.skillsmap.search.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A text read into words, with the union of their terms for a quick "does it match at all" check.
 *
 * @param contentWords how many of the words are not stop words: what a phrase could match
 */
public record AnalysedText(List<Word> words, Set<String> terms, int contentWords) {

    public static final AnalysedText EMPTY = new AnalysedText(List.of(), Set.of(), 0);

    public AnalysedText {
        words = List.copyOf(words);
        terms = Set.copyOf(terms);
    }

    public static AnalysedText of(List<Word> words, int contentWords) {
        Set<String> terms = new HashSet<>();
        for (Word w : words) {
            terms.addAll(w.terms());
        }
        return new AnalysedText(words, terms, contentWords);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
