package nl.skillsmap.search.match;

import nl.skillsmap.search.catalogue.Word;

import java.util.Optional;

/**
 * Classifies a word match from what can be seen without token types: equal folded words are exact; a shared term
 * that covers both words up to an inflection ending is a stem match; a shared term much shorter than a word is a
 * compound part ("voorraad" in "voorraadbeleid"); a term only synonym expansion brought is a synonym.
 */
public final class SurfaceTermMatchClassifier implements TermMatchClassifier {

    /**
     * Longest ending Dutch inflection adds to a stem ("-ende", "-ten", "-en", "-t"): a word longer than the
     * shared term by more than this holds more than the term, so the term is one of its parts.
     */
    static final int MAX_INFLECTION = 4;

    @Override
    public Optional<How> classify(Word query, Word document) {
        String shared = longestShared(query, document);
        if (shared == null) {
            for (String synonym : query.synonyms()) {
                if (document.terms().contains(synonym)) {
                    return Optional.of(How.SYNONYM);
                }
            }
            return Optional.empty();
        }
        if (query.surface().equals(document.surface())) {
            return Optional.of(How.EXACT);
        }
        int longest = Math.max(query.surface().length(), document.surface().length());
        return Optional.of(longest - shared.length() > MAX_INFLECTION ? How.COMPOUND_PART : How.STEM);
    }

    private static String longestShared(Word query, Word document) {
        String best = null;
        for (String term : query.terms()) {
            if (document.terms().contains(term) && (best == null || term.length() > best.length())) {
                best = term;
            }
        }
        return best;
    }
}
