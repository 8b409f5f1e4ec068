package nl.skillsmap.evaluation.phrases;

import static nl.skillsmap.evaluation.phrases.WorkPhraseEvaluationTest.workProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class Bm25WorkProcessSearchTest {

    private static Bm25WorkProcessSearch search() throws IOException {
        return new Bm25WorkProcessSearch(List.of(
                workProcess("short", "Beheert de voorraad"),
                workProcess("long", "Controleert de voorraad en bestelt artikelen bij leveranciers voor de winkel"),
                workProcess("wound", "Verzorgt een wond")));
    }

    private static List<String> ids(SharedWorkCounter counter, String phrase) throws IOException {
        return counter.count(phrase).stream()
                .map(SharedWorkCounter.Counted::workProcessId)
                .toList();
    }

    @Test
    void aStricterCutCountsFewerOfTheSameHits() throws IOException {
        try (Bm25WorkProcessSearch search = search()) {
            // Both voorraad titles match; the longer one scores lower (BM25's length norm).
            assertThat(ids(search.above(0.1), "voorraad")).containsExactly("short", "long");
            assertThat(ids(search.above(1.0), "voorraad")).containsExactly("short");
        }
    }

    @Test
    void lucenesDutchStemmerJoinsPluralAndSingular() throws IOException {
        try (Bm25WorkProcessSearch search = search()) {
            assertThat(ids(search.above(0.5), "wonden")).containsExactly("wound");
        }
    }

    @Test
    void equalScoresFallInIdOrderWhateverOrderTheWorkProcessesCameIn() throws IOException {
        try (Bm25WorkProcessSearch search = new Bm25WorkProcessSearch(List.of(
                workProcess("25999-K1-W1", "Verzorgt de kassa"),
                workProcess("25100-K1-W1", "Verzorgt de kassa"),
                workProcess("25500-K1-W1", "Verzorgt de kassa")))) {
            assertThat(ids(search.above(1.0), "kassa")).containsExactly("25100-K1-W1", "25500-K1-W1", "25999-K1-W1");
        }
    }

    @Test
    void aPhraseOfStopWordsOrUnknownWordsCountsNothing() throws IOException {
        try (Bm25WorkProcessSearch search = search()) {
            assertThat(ids(search.above(0.5), "de en het")).isEmpty();
            assertThat(ids(search.above(0.5), "qwzx")).isEmpty();
        }
    }

    @Test
    void aCutOutsideZeroToOneIsRefusedWithTheValue() throws IOException {
        try (Bm25WorkProcessSearch search = search()) {
            assertThatThrownBy(() -> search.above(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("0.0");
            assertThatThrownBy(() -> search.above(1.5)).hasMessageContaining("1.5");
        }
    }
}
