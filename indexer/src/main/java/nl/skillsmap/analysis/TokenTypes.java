package nl.skillsmap.analysis;

import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * Token types the Dutch chains set, so later stages can tell how a term came about.
 * Word tokens keep the tokenizer's type ({@code <ALPHANUM>}); stems and verb forms keep their word's type.
 */
public final class TokenTypes {

    /** A part of a compound word, stacked on the whole word ("voorraad" in "voorraadbeheer"). */
    public static final String COMPOUND_PART = "compound_part";
    /**
     * Flag ({@link org.apache.lucene.analysis.tokenattributes.FlagsAttribute} bit) of the compound part that is
     * the compound's head, its last part ("beheer" in "voorraadbeheer"); the other parts, the modifiers, do not carry
     * it. The token type stays {@link #COMPOUND_PART} for both, and stems and lemmas stacked on a part keep the
     * part's flags. Read it as {@code (flags.getFlags() & COMPOUND_HEAD) != 0} on the same token stream.
     */
    public static final int COMPOUND_HEAD = 1;
    /**
     * A multiword expression kept whole: two adjacent words joined into one token in place of both ("eerst_hulp"
     * for "eerste hulp"), see {@link ExpressionFilter}.
     */
    public static final String EXPRESSION = "expression";
    /** A synonym added on the query side (Lucene's own type name for it). */
    public static final String SYNONYM = SynonymGraphFilter.TYPE_SYNONYM;

    private TokenTypes() {}
}
