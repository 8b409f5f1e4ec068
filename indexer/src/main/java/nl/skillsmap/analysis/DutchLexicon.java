package nl.skillsmap.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Dutch word knowledge from LanguageTool's Dutch morphological dictionary ({@code org.languagetool:dutch-pos-dict},
 * read with morfologik): the lemmas a word form can belong to ("telt" → tellen, "teelt" → teelt, telen, "haren" →
 * haren, haar, hare). {@link DutchStemFilter} asks it whether two words a stemming rule would bring together are
 * forms of different lemmas.
 *
 * <p>Only lemmas of the open word classes count: nouns (tag {@code ZNW}), verbs ({@code WKW}) and adjectives
 * ({@code BNW}); numerals, pronouns and articles are left out ("haar" is not also a form of "zij"). Past tenses (tag
 * {@code VLT}) are left out too: "zeten" is a past tense of "zitten", not a reason to keep "zetten" apart from it.
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
    private static final String NOUN = "ZNW";
    private static final String VERB = "WKW";
    private static final String[] OPEN_CLASSES = {NOUN, VERB, "BNW"};
    private static final String PAST_TENSE = ":VLT";

    /** Distinct words whose answers are remembered: well above the corpus vocabulary, a few MiB at most. */
    static final int MAX_REMEMBERED = 200_000;

    private final ThreadLocal<DictionaryLookup> lookups;
    private final Map<String, List<String>> remembered = new ConcurrentHashMap<>();

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
                    InputStream info = DutchLexicon.class.getResourceAsStream(DICTIONARY.replace(".dict", ".info"))) {
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

    /**
     * The lemmas {@code word} (lower case, accents folded or not) is a present-tense or uninflected form of, as a
     * noun, verb or adjective, folded, in the dictionary's order; the word itself among them when it is a lemma.
     * Empty when the dictionary does not know the word in those classes.
     */
    public List<String> lemmas(CharSequence word) {
        String key = word.toString();
        List<String> lemmas = remembered.get(key);
        if (lemmas == null) {
            lemmas = read(key);
            if (remembered.size() < MAX_REMEMBERED) {
                remembered.put(key, lemmas);
            }
        }
        return lemmas;
    }

    /** Whether the dictionary gives {@code a} and {@code b} lemmas, and no lemma in common. */
    public boolean differentLemmas(CharSequence a, CharSequence b) {
        List<String> first = lemmas(a);
        List<String> second = lemmas(b);
        if (first.isEmpty() || second.isEmpty()) {
            return false;
        }
        for (String lemma : first) {
            if (second.contains(lemma)) {
                return false;
            }
        }
        return true;
    }

    /**
     * As {@link #lemmas}, without remembering the answer: for the words a person types and the pieces of them tried
     * as parts, which must not fill the memory meant for the corpus's words.
     */
    public List<String> lemmasOnce(CharSequence word) {
        return read(word.toString());
    }

    /**
     * The lemmas {@code word} is a form of as a noun (singular or plural), folded; empty when the dictionary does
     * not know it as a noun. Not remembered, as {@link #lemmasOnce}.
     */
    public List<String> nounLemmas(CharSequence word) {
        return read(word.toString(), tag -> tag.toString().startsWith(NOUN));
    }

    /**
     * Whether a typed word may name a thing: the dictionary can read it as a noun, or does not know it (a trade's own
     * word, a compound it does not list). Lower-cased first; not remembered, as {@link #lemmasOnce}.
     */
    public boolean canBeNoun(String typed) {
        String word = typed.toLowerCase(Locale.ROOT);
        return lemmasOnce(word).isEmpty() || !nounLemmas(word).isEmpty();
    }

    /**
     * Whether the dictionary can read a typed word as a form of a verb (lower-cased first; not remembered, as {@link
     * #lemmasOnce}): "vlechten" is also the plural of "vlecht", "knippen" of "knip".
     */
    public boolean canBeVerb(String typed) {
        return !read(typed.toLowerCase(Locale.ROOT), tag -> tag.toString().startsWith(VERB))
                .isEmpty();
    }

    private List<String> read(String word) {
        return read(word, tag -> openClass(tag) && !tag.toString().contains(PAST_TENSE));
    }

    /** The distinct folded lemmas of the word's entries whose tag {@code kept} accepts, in the dictionary's order. */
    private List<String> read(String word, Predicate<CharSequence> kept) {
        List<String> lemmas = new ArrayList<>(2);
        for (WordData entry : lookup(word)) {
            CharSequence tag = entry.getTag();
            if (entry.getStem() == null || tag == null || !kept.test(tag)) {
                continue;
            }
            String lemma = folded(entry.getStem());
            if (!lemmas.contains(lemma)) {
                lemmas.add(lemma);
            }
        }
        return List.copyOf(lemmas);
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
