package nl.skillsmap.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrecMeasuresTest {

    private static final Set<String> RELEVANT = Set.of("a", "b", "c");

    @Test
    void averagePrecisionCountsRelevantDocumentsNeverRetrievedAsZero() {
        // a at 1 (precision 1/1), b at 3 (precision 2/3), c never retrieved: (1 + 2/3 + 0) / 3.
        List<String> ranking = List.of("a", "x", "b", "y");
        assertThat(TrecMeasures.averagePrecision(ranking, RELEVANT)).isCloseTo((1 + 2.0 / 3) / 3, within(1e-12));
    }

    @Test
    void reciprocalRankAndSuccessLookAtTheFirstRelevantDocument() {
        List<String> ranking = List.of("x", "y", "b", "a");
        assertThat(TrecMeasures.reciprocalRank(ranking, RELEVANT)).isEqualTo(1.0 / 3);
        assertThat(TrecMeasures.success(ranking, RELEVANT, 1)).isZero();
        assertThat(TrecMeasures.success(ranking, RELEVANT, 10)).isEqualTo(1.0);
    }

    @Test
    void nothingRelevantRetrievedScoresZero() {
        List<String> ranking = List.of("x", "y");
        assertThat(TrecMeasures.reciprocalRank(ranking, RELEVANT)).isZero();
        assertThat(TrecMeasures.averagePrecision(ranking, RELEVANT)).isZero();
        assertThat(TrecMeasures.success(ranking, RELEVANT, 10)).isZero();
    }

    @Test
    void documentsBeyondTheRunDepthAreNotRetrieved() {
        List<String> ranking = new ArrayList<>();
        for (int i = 0; i < TrecMeasures.DEPTH; i++) {
            ranking.add("x" + i);
        }
        ranking.add("a");
        assertThat(TrecMeasures.reciprocalRank(ranking, RELEVANT)).isZero();
        assertThat(TrecMeasures.averagePrecision(ranking, RELEVANT)).isZero();
    }
}
