package nl.skillsmap.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lists the pairs of different dictionary lemmas the stemmer merges: two words of an index's vocabulary that share
 * a stem term while {@link DutchLexicon} gives them lemmas, none in common. Most are derivations that should meet
 * ("bestelling" and "bestellen"); a stemming change is checked by the pairs it adds or removes. Run with the
 * directory that holds an index's analysis resources (var/index/analysis):
 *
 * <pre>java -cp ... nl.skillsmap.analysis.LemmaMerges var/index/analysis</pre>
 */
public final class LemmaMerges {

    private LemmaMerges() {}

    public static void main(String[] args) throws IOException {
        SortedSet<String> vocabulary = AnalysisResources.read(Path.of(args[0])).compoundDictionary();
        SortedMap<String, String> pairs = merges(vocabulary, DutchLexicon.bundled());
        pairs.forEach((pair, example) -> System.out.println(pair + "\t" + example));
        System.out.println(
                pairs.size() + " pairs of different lemmas share a stem, over " + vocabulary.size() + " words");
    }

    /** Each merged lemma pair ("tel | telen") with one example (the two words and the term they share). */
    static SortedMap<String, String> merges(Set<String> vocabulary, DutchLexicon lexicon) {
        DutchVerbForms verbForms = DutchVerbForms.of(vocabulary);
        Map<String, List<String>> wordsByTerm = new HashMap<>();
        for (String word : vocabulary) {
            if (!lexicon.lemmas(word).isEmpty() && word.chars().allMatch(Character::isLetter)) {
                for (String term : stems(word, verbForms, lexicon)) {
                    wordsByTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(word);
                }
            }
        }
        SortedMap<String, String> pairs = new TreeMap<>();
        wordsByTerm.forEach((term, words) -> {
            for (int i = 0; i < words.size(); i++) {
                for (int j = i + 1; j < words.size(); j++) {
                    String a = words.get(i);
                    String b = words.get(j);
                    if (lexicon.differentLemmas(a, b)) {
                        for (String lemmaA : lexicon.lemmas(a)) {
                            for (String lemmaB : lexicon.lemmas(b)) {
                                String pair = lemmaA.compareTo(lemmaB) < 0
                                        ? lemmaA + " | " + lemmaB
                                        : lemmaB + " | " + lemmaA;
                                pairs.putIfAbsent(pair, a + " " + b + " -> " + term);
                            }
                        }
                    }
                }
            }
        });
        return pairs;
    }

    private static Set<String> stems(String word, DutchVerbForms verbForms, DutchLexicon lexicon) {
        Set<String> terms = new TreeSet<>();
        KeywordTokenizer source = new KeywordTokenizer();
        try (TokenStream stream = new DutchStemFilter(source, verbForms, lexicon)) {
            source.setReader(new StringReader(word));
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
