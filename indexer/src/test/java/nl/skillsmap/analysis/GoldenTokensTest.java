package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the Dutch chain on real phrases (work-process titles, qualification names, ESCO labels): each line of
 * {@code golden-tokens.tsv} is a phrase and the tokens it must give, with a fixed dictionary and fixed multiword
 * expressions ({@code golden-expressions.txt}, some of those the shared data gives), so these tokens do not
 * move when the corpus does. A stemmer or tokenizer change in a Lucene upgrade fails here, phrase by phrase.
 */
class GoldenTokensTest {

    private static final AnalyzerFactory ANALYZERS =
            new AnalyzerFactory(new AnalysisResources(goldenDictionary(), List.of(), goldenExpressions()));

    @ParameterizedTest(name = "{2}: {0}")
    @MethodSource("goldenPhrases")
    void dutchChainGivesTheGoldenTokens(String input, String expected, String source) {
        TokenStreamAssert.assertAnalyzesTo(ANALYZERS.dutch(), input, expected);
    }

    @Test
    void goldenFileCoversAtLeastThirtyRealPhrasesFromEachKindOfSource() {
        List<Arguments> phrases = goldenPhrases();
        assertThat(phrases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(phrases.stream().map(a -> (String) a.get()[2]).distinct())
                .contains("mbo work process", "mbo qualification", "ESCO occupation", "ESCO skill");
    }

    /**
     * Forms of one lemma share a term and forms of different lemmas share none, where a stemming rule alone would
     * merge them: "tellen" (tel + l + en) and "telen" (teel) both stem to "tel" in Snowball once a double consonant
     * is made single.
     */
    @Test
    void formsOfDifferentLemmasKeepApartAndFormsOfOneLemmaMeet() {
        for (String counting : List.of("tellen", "telt", "geteld")) {
            for (String growing : List.of("telen", "teelt", "geteeld")) {
                assertThat(terms(counting)).as(counting + " / " + growing).doesNotContainAnyElementsOf(terms(growing));
            }
        }
        assertThat(terms("telen")).containsAnyElementsOf(terms("teelt"));
        assertThat(terms("taken")).as("tasks, not branches").doesNotContainAnyElementsOf(terms("takken"));
        assertThat(terms("taken")).containsAnyElementsOf(terms("taak"));
        assertThat(terms("haren")).as("the part 'haar'").containsAnyElementsOf(terms("haarverzorging"));
        assertThat(terms("knipt")).containsAnyElementsOf(terms("knippen"));
        assertThat(terms("controleert")).containsAnyElementsOf(terms("controleren"));
        assertThat(terms("plannen")).containsAnyElementsOf(terms("plan"));
        assertThat(terms("bestelt")).containsAnyElementsOf(terms("bestellingen"));
    }

    private static List<String> terms(String text) {
        return Terms.of(ANALYZERS.dutch(), "", text);
    }

    static List<Arguments> goldenPhrases() {
        List<Arguments> phrases = new ArrayList<>();
        List<String> lines = resourceLines("/analysis/golden-tokens.tsv");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3) {
                throw new IllegalStateException("golden-tokens.tsv:" + (i + 1) + ": expected 3 tab-separated columns,"
                        + " found " + columns.length);
            }
            phrases.add(Arguments.of(columns[0], columns[1], columns[2]));
        }
        return phrases;
    }

    /** The fixed dictionary of the golden tests (as {@link CompoundDictionary} would derive it: words and verb stems). */
    static SortedSet<String> goldenDictionary() {
        return new TreeSet<>(resourceLines("/analysis/golden-dictionary.txt").stream()
                .filter(line -> !line.isBlank())
                .toList());
    }

    /** The fixed multiword expressions of the golden tests (as {@link MultiwordExpressions} writes them). */
    static SortedSet<String> goldenExpressions() {
        return new TreeSet<>(resourceLines("/analysis/golden-expressions.txt").stream()
                .filter(line -> !line.isBlank())
                .toList());
    }

    static List<String> resourceLines(String resource) {
        try (InputStream in = GoldenTokensTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
