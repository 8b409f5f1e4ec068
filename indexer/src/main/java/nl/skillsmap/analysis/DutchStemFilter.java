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
 * Stems Dutch words with Lucene's Snowball {@link DutchStemmer}, pinned by the golden token tests, plus corrections
 * that bring work-process verbs and the words people type together, and keep apart the words of different lemmas a
 * stem would otherwise merge:
 * <ul>
 *   <li>known verb forms ({@link DutchVerbForms}) get their stem and Romance root stacked on them: "bestelt" →
 *       bestelt, bestel; "controleert" → controleert, controler, control;</li>
 *   <li>a final double consonant is made single after stemming, as Dutch spells the stem ("bestellen" → Snowball
 *       "bestell" → "bestel", "plannen" → "plan"); Snowball itself only does this for kk, dd and tt;</li>
 *   <li>a stem that a long vowel lost keeps it where the short-vowel stem spelled the same belongs to another word:
 *       Snowball writes "telen", "teel" and "teelt"'s verb stem as "tel", the stem of "tellen" once its double l is
 *       made single. Where LanguageTool's Dutch dictionary ({@link DutchLexicon}) gives the word and the
 *       short-vowel form ("tel" + "l" + "en": "tellen") lemmas, none in common, the stem keeps its vowel doubled:
 *       "telen" → "teel", "taken" (taak) → "taak" beside "takken" (tak) → "tak", while "haren" and "haar" still
 *       meet on "har" ("harren" is no word) and "plan" and "plannen" on "plan" (the dictionary gives both the
 *       lemma "plan");</li>
 *   <li>the plural and genitive "'s" is removed ("collega's" → "collega"), which Snowball leaves as "collega'".</li>
 * </ul>
 * Keyword tokens pass unchanged. Input must be lower case and accent-folded.
 */
final class DutchStemFilter extends TokenFilter {

    private final DutchVerbForms verbForms;
    private final DutchLexicon lexicon;
    private final DutchStemmer stemmer = new DutchStemmer();
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final List<String> pending = new ArrayList<>(2);
    private State word;

    DutchStemFilter(TokenStream input, DutchVerbForms verbForms, DutchLexicon lexicon) {
        super(input);
        this.verbForms = verbForms;
        this.lexicon = lexicon;
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
        String stem = stem(termAtt.toString());
        termAtt.setEmpty().append(stem);
        if (extraForms.length > 0) {
            for (String form : extraForms) {
                String extra = stem(form);
                if (!extra.contentEquals(termAtt) && !pending.contains(extra)) {
                    pending.add(extra);
                }
            }
            word = captureState();
        }
        return true;
    }

    /** The stem of {@code word}: Snowball's, a final double consonant made single, a lost long vowel given back. */
    private String stem(String word) {
        stemmer.setCurrent(word.toCharArray(), word.length());
        stemmer.stem();
        char[] buffer = stemmer.getCurrentBuffer();
        int length = stemmer.getCurrentBufferLength();
        boolean doubleConsonant = length >= 3
                && buffer[length - 1] == buffer[length - 2]
                && Character.isLetter(buffer[length - 1])
                && !DutchVerbForms.isVowel(buffer[length - 1]);
        if (doubleConsonant) {
            return new String(buffer, 0, length - 1);
        }
        String stem = new String(buffer, 0, length);
        return shortVowelOfAnotherWord(stem, word) ? longVowel(stem) : stem;
    }

    /**
     * Whether {@code stem} spells a long vowel of {@code word} single, and reads as the stem of a short-vowel word of
     * other lemmas. The stem ends in a consonant after a single a, e, o or u ("tel"); in the word that vowel is
     * written double ("teel", "groot") or ends an open syllable ("te-len", "ta-ken"), so it is long, while the same
     * letters are the stem of a word whose final consonant doubles ("tel" + "l" + "en": "tellen"). "kok", whose
     * vowel is short, keeps its stem.
     */
    private boolean shortVowelOfAnotherWord(String stem, String word) {
        int n = stem.length();
        if (n < 3) {
            return false;
        }
        char last = stem.charAt(n - 1);
        char vowel = stem.charAt(n - 2);
        boolean closedSingleVowel = Character.isLetter(last)
                && !DutchVerbForms.isVowel(last)
                && "aeou".indexOf(vowel) >= 0
                && !DutchVerbForms.isVowel(stem.charAt(n - 3));
        if (!closedSingleVowel) {
            return false;
        }
        boolean longInWord = word.startsWith(longVowel(stem))
                || (word.length() > n && word.startsWith(stem) && DutchVerbForms.isVowel(word.charAt(n)));
        return longInWord && lexicon.differentLemmas(word, stem + last + "en");
    }

    /** "tel" → "teel": the vowel before the final consonant written double, as Dutch spells a long closed vowel. */
    private static String longVowel(String stem) {
        int n = stem.length();
        return stem.substring(0, n - 1) + stem.charAt(n - 2) + stem.charAt(n - 1);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        word = null;
    }
}
