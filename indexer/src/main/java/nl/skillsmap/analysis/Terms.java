package nl.skillsmap.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** The terms an analyzer makes of a text, in order, repeats and stacked tokens kept. */
public final class Terms {

    private Terms() {}

    /**
     * Runs {@code text} through {@code analyzer} as text of {@code field} (the field picks the chain of a
     * per-field analyzer). Analysing an in-memory string does not fail on I/O; should a filter still throw, the
     * exception is rethrown unchecked.
     */
    public static List<String> of(Analyzer analyzer, String field, String text) {
        return of(analyzer, field, text, true);
    }

    /**
     * As {@link #of(Analyzer, String, String)}, without the parts stacked on compound words
     * ({@link TokenTypes#COMPOUND_PART}): the words as written and their other forms.
     */
    public static List<String> wholeWords(Analyzer analyzer, String field, String text) {
        return of(analyzer, field, text, false);
    }

    /**
     * As {@link #of(Analyzer, String, String)}, only the first token at each position: no stacked verb forms,
     * compound parts or synonyms.
     */
    public static List<String> firstAtEachPosition(Analyzer analyzer, String field, String text) {
        return collect(analyzer, field, text, true, true);
    }

    private static List<String> of(Analyzer analyzer, String field, String text, boolean compoundParts) {
        return collect(analyzer, field, text, compoundParts, false);
    }

    private static List<String> collect(
            Analyzer analyzer, String field, String text, boolean compoundParts, boolean firstAtPosition) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if ((compoundParts || !TokenTypes.COMPOUND_PART.equals(type.type()))
                        && (!firstAtPosition || posInc.getPositionIncrement() > 0)) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text of field '" + field + "'", e);
        }
        return terms;
    }
}
