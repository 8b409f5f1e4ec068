package nl.skillsmap.evaluation.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticFitTest {

    @Test
    void theFitRecoversWhichSignalSeparatesPositivesFromNegatives() {
        List<LogisticFit.Example> examples = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double useful = (i % 10) / 10.0;
            double noise = ((i / 10) % 10) / 10.0;
            // Positive when the useful signal is high, with a few exceptions either way.
            boolean positive = (useful >= 0.5) != (i % 17 == 0);
            examples.add(new LogisticFit.Example(new double[] {1, useful, noise}, positive));
        }

        double[] w = LogisticFit.fit(examples, 0.1);

        assertThat(w[1]).isGreaterThan(5);
        assertThat(Math.abs(w[2])).isLessThan(1);
        assertThat(LogisticFit.probability(w, new double[] {1, 0.9, 0.5})).isGreaterThan(0.9);
        assertThat(LogisticFit.probability(w, new double[] {1, 0.1, 0.5})).isLessThan(0.1);
    }

    @Test
    void aSmallSystemIsSolvedExactly() {
        double[] x = LogisticFit.solve(new double[][] {{4, 1}, {1, 3}}, new double[] {1, 2});

        assertThat(x[0]).isCloseTo(1.0 / 11, within(1e-12));
        assertThat(x[1]).isCloseTo(7.0 / 11, within(1e-12));
    }

    @Test
    void fHalfWeighsPrecisionAboveRecall() {
        assertThat(FitSameWork.fHalf(0.8, 0.2)).isGreaterThan(FitSameWork.fHalf(0.2, 0.8));
        assertThat(FitSameWork.fHalf(0, 0)).isZero();
    }
}
