package nl.skillsmap.analysis;

import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * Token types the Dutch chains set, so later stages can tell how a term came about.
 * Word tokens keep the tokenizer's type ({@code <ALPHANUM>}); stems and verb forms keep their word's type.
 */
public final class TokenTypes {

    /** A part of a compound word, stacked on the whole word ("voorraad" in "voorraadbeheer"). */
    public static final String COMPOUND_PART = "compound_part";
    /** A synonym added on the query side (Lucene's own type name for it). */
    public static final String SYNONYM = SynonymGraphFilter.TYPE_SYNONYM;

    private TokenTypes() {
    }
}
