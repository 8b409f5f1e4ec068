package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Why the chain is Snowball's Dutch stemmer plus verb forms: the word families a person and a work process use
 * for the same work must share a term, which Snowball alone does not give. Lucene 10.6 ships one Dutch Snowball
 * stemmer ({@code org.tartarus.snowball.ext.DutchStemmer}, the original Porter-style algorithm); the second half of
 * each test pins what it does alone, so an upgrade that changes it is seen here.
 */
class StemmerChoiceTest {

    private static final Analyzer SNOWBALL_ONLY = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(
                    source,
                    new SnowballFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source)), new DutchStemmer()));
        }
    };
    private static final AnalyzerFactory CHAIN =
            new AnalyzerFactory(new AnalysisResources(GoldenTokensTest.goldenDictionary(), List.of()));

    @AfterAll
    static void close() {
        SNOWBALL_ONLY.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "controleert controleren controle",
                "bestelt bestellen bestelling",
                "rapporteert rapporteren rapport",
                "signaleert signaleren signaal",
                "inventariseert inventariseren inventaris",
                "plant plannen",
                "zorgt zorgen zorg",
                "werkt werken werk",
                "beheert beheren beheer",
                "onderhoudt onderhouden onderhoud"
            })
    void theChainBringsAVerbFamilyTogetherWhereSnowballAloneLeavesItApart(String family) {
        assertThat(shareATerm(CHAIN.dutch(), family))
                .as("chain on '%s'", family)
                .isTrue();
        assertThat(shareATerm(SNOWBALL_ONLY, family))
                .as("Snowball alone on '%s'", family)
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"klanten klant", "bestellen bestelling", "beheren beheer", "medewerkers medewerker"})
    void snowballAloneAlreadyJoinsPluralsAndInfinitivesToTheirNoun(String family) {
        assertThat(shareATerm(SNOWBALL_ONLY, family))
                .as("Snowball alone on '%s'", family)
                .isTrue();
        assertThat(shareATerm(CHAIN.dutch(), family))
                .as("chain on '%s'", family)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"talent talen", "krant kranen", "klant klanen", "sport sporen"})
    void nounsEndingInTKeepTheirTEvenWhenTheWordWithoutItExists(String pair) {
        // Every word is in the dictionary, so a careless "-t" rule would find "verbs" here.
        AnalyzerFactory chain = new AnalyzerFactory(new AnalysisResources(
                new java.util.TreeSet<>(
                        List.of("talent", "talen", "krant", "kranen", "klant", "klanten", "sport", "sporen")),
                List.of()));
        assertThat(shareATerm(chain.dutch(), pair)).as("chain on '%s'", pair).isFalse();
    }

    private static boolean shareATerm(Analyzer analyzer, String family) {
        Set<String> shared = null;
        for (String word : family.split(" ")) {
            Set<String> terms = terms(analyzer, word);
            if (shared == null) {
                shared = new HashSet<>(terms);
            } else {
                shared.retainAll(terms);
            }
        }
        return shared != null && !shared.isEmpty();
    }

    private static Set<String> terms(Analyzer analyzer, String word) {
        return new HashSet<>(TokenStreamAssert.terms(analyzer, word));
    }
}
