package nl.skillsmap.analysis;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * General Dutch word knowledge from LanguageTool's Dutch morphological dictionary ({@code org.languagetool:dutch-pos-dict},
 * read with morfologik): which words are Dutch words, and the lemma of an inflected form ("knipt" → knippen,
 * "bestellingen" → bestelling, "haren" → haar). The qualification data says "Controleert de voorraad" where a
 * person types "controleren"; the lemma brings the two together without a hand-made verb table.
 *
 * <p>Only lemmas of the open word classes are given: nouns (tag {@code ZNW}), verbs ({@code WKW}) and adjectives
 * ({@code BNW}). Numerals, pronouns and articles are left out: the dictionary reads "eerste" as a form of "een",
 * which would make "eerste hulp" match every "een".
 *
 * <p>The chain looks words up after accent folding, while the dictionary spells "coördinator", "patiënten" and
 * "café". A folded word the dictionary does not know is therefore tried once more with each single diaeresis a
 * Dutch vowel pair can carry (the second vowel: "coordinator" → "coördinator") and with a final "é"; lemmas are
 * returned folded, as the index holds them.
 *
 * <p>The dictionary is read once per JVM (about 13 MB, a finite-state automaton) and shared; each thread has its
 * own lookup, since morfologik's lookups are not thread-safe. Answers are remembered per word for the first
 * {@link #MAX_REMEMBERED} distinct words (the corpus has about 60,000), so an index build looks each word up once
 * while a server that reads ever new words does not grow without bound.
 */
public final class DutchLexicon {

    private static final String DICTIONARY = "/org/languagetool/resource/nl/dutch.dict";
    private static final String[] OPEN_CLASSES = {"ZNW", "WKW", "BNW"};
    private static final String PAST_TENSE = ":VLT";

    /** Distinct words whose answers are remembered: well above the corpus vocabulary, a few MiB at most. */
    static final int MAX_REMEMBERED = 200_000;

    private final ThreadLocal<DictionaryLookup> lookups;
    private final Map<String, Entry> remembered = new ConcurrentHashMap<>();

    /** What the dictionary says of one word: whether it knows it, and its lemmas as {@link #lemmas} gives them. */
    private record Entry(boolean known, List<String> lemmas) {
    }

    private DutchLexicon(Dictionary dictionary) {
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /** The dictionary on the class path, read on first use. */
    public static DutchLexicon bundled() {
        return Bundled.LEXICON;
    }

    private static final class Bundled {
        private static final DutchLexicon LEXICON = read();

        private static DutchLexicon read() {
            try (InputStream fsa = DutchLexicon.class.getResourceAsStream(DICTIONARY);
                 InputStream info = DutchLexicon.class.getResourceAsStream(
                         DICTIONARY.replace(".dict", ".info"))) {
                if (fsa == null || info == null) {
                    throw new IllegalStateException("Dutch dictionary missing from the class path: " + DICTIONARY
                            + " (dependency org.languagetool:dutch-pos-dict)");
                }
                return new DutchLexicon(Dictionary.read(fsa, info));
            } catch (IOException e) {
                throw new UncheckedIOException("reading the Dutch dictionary " + DICTIONARY, e);
            }
        }
    }

    /** Whether the dictionary knows {@code word} in any word class (lower case, accents folded or not). */
    public boolean knows(CharSequence word) {
        return entry(word).known();
    }

    /**
     * The lemmas of {@code word} as an inflected noun, verb or adjective, folded, in the dictionary's order; empty
     * when the dictionary does not know it in those classes, and empty when the word is itself a lemma there. A
     * word that is a lemma keeps its own meaning: "gast" is a noun, not also a form of "gassen", "gezond" an
     * adjective, not a participle of "zonnen", "bedrijf" a noun, not a form of "bedrijven". Past tenses (tag
     * {@code VLT}: "gasten" of "gassen", "voert" of "varen") are left out for the same reason: the data and the
     * people who type describe work in the present.
     */
    public List<String> lemmas(CharSequence word) {
        return entry(word).lemmas();
    }

    private Entry entry(CharSequence word) {
        String key = word.toString();
        Entry entry = remembered.get(key);
        if (entry == null) {
            entry = read(key);
            if (remembered.size() < MAX_REMEMBERED) {
                remembered.put(key, entry);
            }
        }
        return entry;
    }

    private Entry read(String word) {
        List<WordData> entries = lookup(word);
        List<String> lemmas = new ArrayList<>(2);
        for (WordData entry : entries) {
            CharSequence tag = entry.getTag();
            if (entry.getStem() == null || !openClass(tag) || tag.toString().contains(PAST_TENSE)) {
                continue;
            }
            String lemma = folded(entry.getStem());
            if (lemma.equals(word)) {
                return new Entry(true, List.of());
            }
            if (!lemmas.contains(lemma)) {
                lemmas.add(lemma);
            }
        }
        return new Entry(!entries.isEmpty(), List.copyOf(lemmas));
    }

    /** The entries of the word as written, else of its first accented spelling the dictionary knows. */
    private List<WordData> lookup(CharSequence word) {
        DictionaryLookup lookup = lookups.get();
        List<WordData> entries = lookup.lookup(word);
        if (!entries.isEmpty()) {
            return entries;
        }
        for (String spelling : accentedSpellings(word)) {
            entries = lookup.lookup(spelling);
            if (!entries.isEmpty()) {
                return entries;
            }
        }
        return entries;
    }

    /**
     * Spellings of a folded word with one accent put back: a diaeresis on the second vowel of a vowel pair
     * ("patienten" → "patiënten", "beinvloeden" → "beïnvloeden"), or an acute on a final e ("cafe" → "café").
     */
    static List<String> accentedSpellings(CharSequence word) {
        List<String> spellings = new ArrayList<>(2);
        int n = word.length();
        for (int i = 1; i < n; i++) {
            char accented = diaeresis(word.charAt(i));
            if (accented != 0 && DutchVerbForms.isVowel(word.charAt(i - 1))) {
                StringBuilder spelling = new StringBuilder(word);
                spelling.setCharAt(i, accented);
                spellings.add(spelling.toString());
            }
        }
        if (n > 2 && word.charAt(n - 1) == 'e') {
            spellings.add(word.subSequence(0, n - 1) + "é");
        }
        return spellings;
    }

    private static char diaeresis(char vowel) {
        return switch (vowel) {
            case 'e' -> 'ë';
            case 'i' -> 'ï';
            case 'o' -> 'ö';
            case 'u' -> 'ü';
            default -> 0;
        };
    }

    private static String folded(CharSequence text) {
        char[] input = text.toString().toCharArray();
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length);
    }

    private static boolean openClass(CharSequence tag) {
        if (tag == null) {
            return false;
        }
        String text = tag.toString();
        for (String prefix : OPEN_CLASSES) {
            if (text.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
