package nl.skillsmap.evaluation.meaning;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms a Dutch word may be looked up by in a dictionary keyed on labels: the word itself, then the
 * infinitive of a third-person verb (vult -> vullen, maakt -> maken, verzorgt -> verzorgen) and the singular of a
 * plural (klanten -> klant, bestellingen -> bestelling). Guesses, tried in order; the dictionary decides.
 */
final class Lemmas {

    private static final String VOWELS = "aeiou";

    private Lemmas() {}

    static List<String> variants(String word) {
        Set<String> result = new LinkedHashSet<>();
        result.add(word);
        int n = word.length();
        if (n > 3 && word.endsWith("t")) {
            String stem = word.substring(0, n - 1);
            result.add(stem + "en");
            result.add(stem + stem.charAt(stem.length() - 1) + "en");
            result.add(shortened(stem) + "en");
            result.add(voiced(stem) + "en");
            result.add(voiced(shortened(stem)) + "en");
        }
        if (n > 4 && word.endsWith("en")) {
            result.add(word.substring(0, n - 2));
            if (n > 5 && word.charAt(n - 3) == word.charAt(n - 4)) {
                result.add(word.substring(0, n - 3));
            }
        }
        if (n > 3 && word.endsWith("s")) {
            result.add(word.substring(0, n - 1));
        }
        if (n > 3) {
            result.add(word + "en");
        }
        return List.copyOf(result);
    }

    /** verf -> verv, lees -> leez: the stem's f and s are written v and z before "en". */
    private static String voiced(String stem) {
        return stem.replaceAll("f$", "v").replaceAll("s$", "z");
    }

    /** maak -> mak: a long vowel written double before the last consonant is written single before "en". */
    private static String shortened(String stem) {
        int n = stem.length();
        if (n > 3 && VOWELS.indexOf(stem.charAt(n - 2)) >= 0 && stem.charAt(n - 2) == stem.charAt(n - 3)) {
            return stem.substring(0, n - 2) + stem.substring(n - 1);
        }
        return stem;
    }
}
