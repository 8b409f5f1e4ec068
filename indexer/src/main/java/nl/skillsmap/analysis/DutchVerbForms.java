package nl.skillsmap.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Dutch verb forms the stemmer alone leaves apart, and the extra forms that bring them together.
 *
 * <p>Work processes say "bestelt", "zorgt", "controleert"; people type "bestellen", "zorg", "controle". The
 * Snowball Dutch stemmer strips "-en" but never the third-person "-t", and it cannot know that "controle" is the
 * root of "controleren". Stripping "-t" blindly would break nouns ("klant", "talent", "contact"), so a verb is
 * only recognised where the word list (the corpus vocabulary) shows it as a verb:
 * <ul>
 *   <li>third person and infinitive both occur: "bestelt" and "bestellen" make "bestel" a verb stem;</li>
 *   <li>a Romance verb, stressed "-eren" (its third person "-eert" occurs), whose root occurs as a word of its
 *       own: "controleert" with "controle", "rapporteert" with "rapport", "signaleert" with "signaal". The "-eert"
 *       evidence keeps "schilderen" (third person "schildert") away from "schild".</li>
 * </ul>
 * Two spellings never occur on nouns and are stripped without evidence: "-dt" ("onderhoudt") and "-eert"
 * ("registreert"). Everything here works on lower-case, accent-folded words.
 */
final class DutchVerbForms {

    /** Shortest verb stem recognised; shorter ones ("zet", "ken") are handled well enough by Snowball. */
    static final int MIN_STEM = 4;
    /** Shortest Romance root ("control"): shorter ones ("beh" of "beheren", "lev" of "leveren") are not roots. */
    static final int MIN_ROOT = 5;

    private static final String[] NONE = new String[0];

    private final CharArrayMap<String[]> extraForms;
    private final SortedSet<String> stems;

    private DutchVerbForms(CharArrayMap<String[]> extraForms, SortedSet<String> stems) {
        this.extraForms = extraForms;
        this.stems = stems;
    }

    /** Finds the verbs attested in {@code words} (lower case, folded). */
    static DutchVerbForms of(Set<String> words) {
        CharArrayMap<Set<String>> extras = new CharArrayMap<>(64, false);
        SortedSet<String> stems = new TreeSet<>();
        for (String word : words) {
            if (word.length() > MIN_STEM && word.endsWith("t") && !word.endsWith("tt")) {
                String stem = word.substring(0, word.length() - 1);
                List<String> attested =
                        infinitives(stem).stream().filter(words::contains).toList();
                if (!attested.isEmpty()) {
                    stems.add(stem);
                    add(extras, word, stem);
                    for (String infinitive : attested) {
                        add(extras, infinitive, stem);
                    }
                }
            }
            String root = romanceRoot(word);
            if (root != null && rootAttested(root, words)) {
                add(extras, word, root);
                add(extras, root + "eren", root);
                add(extras, root + "eer", root);
            }
        }
        CharArrayMap<String[]> frozen = new CharArrayMap<>(extras.size(), false);
        for (var entry : extras.entrySet()) {
            frozen.put((char[]) entry.getKey(), entry.getValue().toArray(String[]::new));
        }
        return new DutchVerbForms(frozen, stems);
    }

    /** Verb stems found (e.g. "bestel", "controleer"): compound modifiers as in "bestelvoorstel". */
    SortedSet<String> stems() {
        return stems;
    }

    /**
     * The forms to index beside {@code word} (stem, Romance root), none when it is not a known verb form. The
     * returned array is shared: do not modify it.
     */
    String[] extraForms(char[] word, int length) {
        String[] attested = extraForms.get(word, 0, length);
        if (attested != null) {
            return attested;
        }
        boolean unambiguousThirdPerson =
                length > MIN_STEM && (endsWith(word, length, "dt") || endsWith(word, length, "eert"));
        return unambiguousThirdPerson ? new String[] {new String(word, 0, length - 1)} : NONE;
    }

    /**
     * The spellings the infinitive of {@code stem} can take: bestel → bestellen (short vowel, consonant doubled),
     * maak → maken (long vowel written single), leef → leven, reis → reizen (f/s voiced), werk → werken.
     */
    static List<String> infinitives(String stem) {
        Set<String> result = new LinkedHashSet<>();
        List<String> bases = new ArrayList<>(2);
        bases.add(stem);
        char last = stem.charAt(stem.length() - 1);
        if (last == 'f') {
            bases.add(stem.substring(0, stem.length() - 1) + 'v');
        } else if (last == 's') {
            bases.add(stem.substring(0, stem.length() - 1) + 'z');
        }
        for (String base : bases) {
            int n = base.length();
            boolean shortVowel = n >= 3
                    && !isVowel(base.charAt(n - 1))
                    && isVowel(base.charAt(n - 2))
                    && !isVowel(base.charAt(n - 3));
            if (shortVowel) {
                // plan → plannen; "planen" would spell a long vowel (stem "plaan"). Only an unstressed e, as in
                // verander → veranderen and reken → rekenen, takes "-en" without doubling.
                result.add(base + base.charAt(n - 1) + "en");
                if (base.charAt(n - 2) == 'e') {
                    result.add(base + "en");
                }
            } else {
                result.add(base + "en");
            }
            if (n >= 3
                    && !isVowel(base.charAt(n - 1))
                    && base.charAt(n - 2) == base.charAt(n - 3)
                    && "aeou".indexOf(base.charAt(n - 2)) >= 0) {
                result.add(base.substring(0, n - 2) + base.charAt(n - 1) + "en");
            }
        }
        return List.copyOf(result);
    }

    /** "controleert" → "control"; null unless the word is a consonant + "eert" with a long enough root. */
    static String romanceRoot(String word) {
        int n = word.length();
        if (n - 4 >= MIN_ROOT && word.endsWith("eert") && !isVowel(word.charAt(n - 5))) {
            return word.substring(0, n - 4);
        }
        return null;
    }

    /** The root occurs as a word: "rapport", "controle", "signaal" (the vowel of the last syllable long). */
    private static boolean rootAttested(String root, Set<String> words) {
        if (words.contains(root) || words.contains(root + "e")) {
            return true;
        }
        int n = root.length();
        return !isVowel(root.charAt(n - 1))
                && isVowel(root.charAt(n - 2))
                && !isVowel(root.charAt(n - 3))
                && words.contains(root.substring(0, n - 1) + root.charAt(n - 2) + root.charAt(n - 1));
    }

    private static void add(CharArrayMap<Set<String>> extras, String form, String extra) {
        if (!form.equals(extra)) {
            Set<String> forms = extras.get(form);
            if (forms == null) {
                forms = new LinkedHashSet<>(2);
                extras.put(form, forms);
            }
            forms.add(extra);
        }
    }

    private static boolean endsWith(char[] word, int length, String suffix) {
        int offset = length - suffix.length();
        if (offset < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (word[offset + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
