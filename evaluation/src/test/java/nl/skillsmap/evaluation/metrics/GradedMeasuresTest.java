package nl.skillsmap.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradedMeasuresTest {

    private static final Map<String, Integer> GAINS = Map.of("a", 3, "b", 2, "c", 1);

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void ndcgDividesByTheDcgOfTheIdealOrderOfAllJudgedGains() {
        // DCG of b, a, x: 2/log2(2) + 3/log2(3); ideal a, b, c: 3 + 2/log2(3) + 1/log2(4).
        double dcg = 2 + 3 / log2(3);
        double ideal = 3 + 2 / log2(3) + 1 / log2(4);
        assertThat(GradedMeasures.ndcg(List.of("b", "a", "x"), GAINS, 10)).isCloseTo(dcg / ideal, within(1e-12));
    }

    @Test
    void theIdealRankingScoresOneAndTheCutOffIgnoresWhatFollows() {
        assertThat(GradedMeasures.ndcg(List.of("a", "b", "c"), GAINS, 10)).isCloseTo(1.0, within(1e-12));
        assertThat(GradedMeasures.ndcg(List.of("x", "a"), GAINS, 1)).isZero();
    }

    @Test
    void recallCountsOnlyDocumentsAtOrAboveTheGainThreshold() {
        assertThat(GradedMeasures.recall(List.of("c", "b", "x"), GAINS, 10, 2)).isEqualTo(0.5);
        assertThat(GradedMeasures.recall(List.of("c", "b", "a"), GAINS, 2, 1)).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void withoutJudgedDocumentsBothMeasuresAreZero() {
        assertThat(GradedMeasures.ndcg(List.of("a"), Map.of(), 10)).isZero();
        assertThat(GradedMeasures.recall(List.of("a"), Map.of("a", 1), 10, 2)).isZero();
    }

    @Test
    void theCondensedListDropsUnjudgedDocumentsBeforeScoring() {
        // x and y carry no judgement: b, a, c remain, in that order.
        double dcg = 2 + 3 / log2(3) + 1 / log2(4);
        double ideal = 3 + 2 / log2(3) + 1 / log2(4);
        assertThat(GradedMeasures.condensedNdcg(List.of("x", "b", "y", "a", "c"), GAINS, 10))
                .isCloseTo(dcg / ideal, within(1e-12));
        assertThat(GradedMeasures.condensedNdcg(List.of("x", "b", "y", "a", "c"), GAINS, 10))
                .isGreaterThan(GradedMeasures.ndcg(List.of("x", "b", "y", "a", "c"), GAINS, 10));
        // The cut at k comes after the unjudged are dropped: judged documents below rank k move up into it.
        assertThat(GradedMeasures.condensedNdcg(List.of("x", "y", "a", "b"), GAINS, 2))
                .isCloseTo(1.0, within(1e-12));
        // A document judged 0 is judged: it stays and takes its rank.
        Map<String, Integer> withZero = Map.of("a", 3, "z", 0);
        assertThat(GradedMeasures.condensedNdcg(List.of("z", "a"), withZero, 10))
                .isCloseTo(1 / log2(3) * 1, within(1e-12));
    }

    @Test
    void judgedIsTheShareOfTheFirstKRanksHoldingAJudgedDocument() {
        assertThat(GradedMeasures.judged(List.of("a", "x", "b", "y"), GAINS, 4)).isEqualTo(0.5);
        assertThat(GradedMeasures.judged(List.of("a", "b"), GAINS, 10)).isEqualTo(0.2);
        assertThat(GradedMeasures.judged(List.of(), GAINS, 10)).isZero();
    }
}
