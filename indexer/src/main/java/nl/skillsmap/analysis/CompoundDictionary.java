package nl.skillsmap.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Derives the compound-splitting dictionary from the corpus itself (all titles, descriptions and labels): the
 * words that occur on their own often enough are the parts compounds are made of. "voorraad" and "beheer" occur
 * alone, so "voorraadbeheer" splits; verb stems the corpus attests ("bestel" from "bestelt" and "bestellen") are
 * added, since Dutch builds compounds on them ("bestelvoorstel").
 *
 * <p>Kept out: words shorter than {@code minLength}, words seen fewer than {@code minCount} times (typos,
 * hyphenation debris), stop words and the particles that double as prefixes ("mede", "samen", "terug": "medewerker"
 * is no compound of "mede"), and suffixes that also occur as words ("heid", "schap", "baar", "ster").
 *
 * <p>Not thread-safe: one builder collects one corpus.
 */
public final class CompoundDictionary {

    public static final int DEFAULT_MIN_LENGTH = 4;
    public static final int DEFAULT_MIN_COUNT = 2;

    /** Function words beyond the stop list, and bound morphemes, that must never be taken as a compound part. */
    private static final Set<String> NOT_PARTS = Set.of(
            "mede",
            "samen",
            "terug",
            "achter",
            "boven",
            "binnen",
            "buiten",
            "rond",
            "rondom",
            "langs",
            "naast",
            "tussen",
            "vanaf",
            "vooraf",
            "verder",
            "heen",
            "weer",
            "zeer",
            "welke",
            "alle",
            "elke",
            "ieder",
            "waar",
            "wanneer",
            "zoals",
            "tijdens",
            "volgens",
            "sinds",
            "zodat",
            "zowel",
            "echter",
            "ofwel",
            "eigen",
            "heid",
            "heden",
            "schap",
            "schappen",
            "baar",
            "bare",
            "lijk",
            "lijke",
            "loos",
            "loze",
            "achtig",
            "achtige",
            "zaam",
            "zame",
            "isch",
            "ische",
            "ster",
            "sters",
            "ling",
            "lingen",
            "ting",
            "tingen",
            "erij",
            "ering",
            "atie",
            "aties",
            "teit",
            "iteit",
            "igheid");

    private final int minLength;
    private final int minCount;
    private final Analyzer folded = new AnalyzerFactory(AnalysisResources.empty()).folded();
    private final Map<String, Integer> counts = new HashMap<>();

    public CompoundDictionary() {
        this(DEFAULT_MIN_LENGTH, DEFAULT_MIN_COUNT);
    }

    public CompoundDictionary(int minLength, int minCount) {
        if (minLength < CompoundSplitter.MIN_PART) {
            throw new IllegalArgumentException("minLength must be at least " + CompoundSplitter.MIN_PART
                    + " (the splitter takes no shorter parts), was " + minLength);
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be at least 1, was " + minCount);
        }
        this.minLength = minLength;
        this.minCount = minCount;
    }

    /** Counts the words of one text (a title, label or description). Null and blank texts are skipped. */
    public CompoundDictionary add(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        try (TokenStream stream = folded.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() >= minLength && letters(term)) {
                    counts.merge(term.toString(), 1, Integer::sum);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading text for the compound dictionary", e);
        }
        return this;
    }

    public CompoundDictionary addAll(Stream<String> texts) {
        texts.forEach(this::add);
        return this;
    }

    /** The dictionary: frequent standalone words and the verb stems they attest, folded, sorted. */
    public SortedSet<String> build() {
        SortedSet<String> words = new TreeSet<>();
        counts.forEach((word, count) -> {
            if (count >= minCount && mayBePart(word)) {
                words.add(word);
            }
        });
        for (String stem : DutchVerbForms.of(words).stems()) {
            if (stem.length() >= minLength && mayBePart(stem)) {
                words.add(stem);
            }
        }
        return words;
    }

    /** Whether a word may be a part of a compound at all: no stop word, particle or suffix. */
    static boolean mayBePart(String word) {
        return !DutchAnalyzer.getDefaultStopSet().contains(word) && !NOT_PARTS.contains(word);
    }

    private static boolean letters(CharTermAttribute term) {
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isLetter(buffer[i])) {
                return false;
            }
        }
        return true;
    }
}
