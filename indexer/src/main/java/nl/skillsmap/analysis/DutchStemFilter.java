package nl.skillsmap.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Stems Dutch words with Lucene's Snowball {@link DutchStemmer}, pinned by the golden token tests, plus two
 * corrections that bring work-process verbs and the words people type together:
 * <ul>
 *   <li>known verb forms ({@link DutchVerbForms}) get their stem and Romance root stacked on them: "bestelt" →
 *       bestelt, bestel; "controleert" → controleert, controler, control;</li>
 *   <li>a final double consonant is made single after stemming, as Dutch spells the stem ("bestellen" → Snowball
 *       "bestell" → "bestel", "plannen" → "plan"); Snowball itself only does this for kk, dd and tt;</li>
 *   <li>the plural and genitive "'s" is removed ("collega's" → "collega"), which Snowball leaves as "collega'".</li>
 * </ul>
 * Keyword tokens pass unchanged. Input must be lower case and accent-folded.
 */
final class DutchStemFilter extends TokenFilter {

    private final DutchVerbForms verbForms;
    private final DutchStemmer stemmer = new DutchStemmer();
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final List<String> pending = new ArrayList<>(2);
    private State word;

    DutchStemFilter(TokenStream input, DutchVerbForms verbForms) {
        super(input);
        this.verbForms = verbForms;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(word);
            termAtt.setEmpty().append(pending.removeFirst());
            posIncAtt.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keywordAtt.isKeyword()) {
            return true;
        }
        int length = termAtt.length();
        char[] buffer = termAtt.buffer();
        if (length > 3 && buffer[length - 1] == 's' && buffer[length - 2] == '\'') {
            termAtt.setLength(length - 2); // plural or genitive 's: "collega's", "foto's" (’ is folded to ')
        }
        String[] extraForms = verbForms.extraForms(termAtt.buffer(), termAtt.length());
        stem(termAtt.buffer(), termAtt.length());
        termAtt.copyBuffer(stemmer.getCurrentBuffer(), 0, stemmedLength());
        if (extraForms.length > 0) {
            for (String form : extraForms) {
                stem(form.toCharArray(), form.length());
                String stem = new String(stemmer.getCurrentBuffer(), 0, stemmedLength());
                if (!stem.contentEquals(termAtt) && !pending.contains(stem)) {
                    pending.add(stem);
                }
            }
            word = captureState();
        }
        return true;
    }

    private void stem(char[] buffer, int length) {
        stemmer.setCurrent(buffer, length);
        stemmer.stem();
    }

    /** Length of the stem in the stemmer's buffer, a final double consonant counted once. */
    private int stemmedLength() {
        char[] buffer = stemmer.getCurrentBuffer();
        int length = stemmer.getCurrentBufferLength();
        boolean doubleConsonant = length >= 3
                && buffer[length - 1] == buffer[length - 2]
                && Character.isLetter(buffer[length - 1])
                && !DutchVerbForms.isVowel(buffer[length - 1]);
        return doubleConsonant ? length - 1 : length;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        word = null;
    }
}
