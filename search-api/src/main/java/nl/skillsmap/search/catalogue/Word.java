package nl.skillsmap.search.catalogue;

import java.util.Set;

/**
 * One word of a text as the Dutch chain read it.
 *
 * @param surface  the word lower-cased and accent-folded, as a person wrote it
 * @param terms    the index terms the Dutch chain made of it (stem, compound parts)
 * @param synonyms further terms only synonym expansion added (query side; empty for documents)
 */
public record Word(String surface, Set<String> terms, Set<String> synonyms) {

    public Word {
        terms = Set.copyOf(terms);
        synonyms = Set.copyOf(synonyms);
    }

    /** Whether any term of this word, synonyms included, is one of {@code documentTerms}. */
    public boolean sharesAny(Set<String> documentTerms) {
        for (String t : terms) {
            if (documentTerms.contains(t)) {
                return true;
            }
        }
        for (String t : synonyms) {
            if (documentTerms.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
