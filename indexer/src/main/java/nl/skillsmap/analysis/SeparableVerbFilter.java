package nl.skillsmap.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins a Dutch separable verb that "te" splits: "schoon te maken" also gives "schoonmaken", "op te ruimen"
 * "opruimen", stacked on the verb (same position and offsets as "maken": offsets may not go back). Texts in the
 * qualification structure say "zorgt dat de ruimte schoon te maken is" where a person says "schoonmaken"; without
 * the join the two never meet. A pair is joined only when the joined word is attested in the corpus, so "om te
 * werken" stays apart, as do words around "te te". Runs before stop words are removed (it needs the "te") and keeps
 * every word it reads. The tokenizer drops punctuation, so a sentence ending in the word before "te" can join
 * across the full stop; the join must then still be an attested word.
 */
final class SeparableVerbFilter extends TokenFilter {

    private static final String TE = "te";

    private final CharArraySet words;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final StringBuilder joined = new StringBuilder();

    /** The word before "te", whether the last token was that "te", and the verb whose join is still to be sent. */
    private final StringBuilder particle = new StringBuilder();

    private boolean hasParticle;
    private boolean afterTe;
    private State verb;

    /** @param words the attested words (folded, lower case) a joined verb must be one of */
    SeparableVerbFilter(TokenStream input, CharArraySet words) {
        super(input);
        this.words = words;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (verb != null) {
            restoreState(verb);
            verb = null;
            termAtt.setEmpty().append(joined);
            posIncAtt.setPositionIncrement(0);
            forget();
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (posIncAtt.getPositionIncrement() == 0) {
            return true;
        }
        boolean isTe = termAtt.length() == TE.length() && TE.contentEquals(termAtt);
        if (afterTe && hasParticle && !isTe) {
            joined.setLength(0);
            joined.append(particle).append(termAtt.buffer(), 0, termAtt.length());
            if (words.contains(joined)) {
                verb = captureState();
                return true;
            }
        }
        if (isTe) {
            afterTe = hasParticle && !afterTe;
        } else {
            particle.setLength(0);
            particle.append(termAtt.buffer(), 0, termAtt.length());
            hasParticle = true;
            afterTe = false;
        }
        return true;
    }

    private void forget() {
        hasParticle = false;
        afterTe = false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        forget();
        verb = null;
    }
}
