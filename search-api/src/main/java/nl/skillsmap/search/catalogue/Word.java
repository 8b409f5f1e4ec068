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
}
