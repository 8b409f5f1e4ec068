package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins the fusion of evidence into a rank on three items with hand-set evidence. */
class RankFusionTest {

    private static Evidence whole(double strength) {
        return new Evidence("phrase", How.QUALIFICATION_PROFILE, List.of(), strength, null);
    }

    @Test
    void threeItemsRankByTheWeightedMeanOfSharedWorkAndWholeItemEvidence() {
        // A shares the work surely; B only says the phrase's words in its profile; C is only close in meaning.
        RankFusion.Score a = RankFusion.score(Map.of(0, 0.9), Map.of(), Map.of());
        RankFusion.Score b = RankFusion.score(Map.of(), Map.of(0, whole(0.5)), Map.of());
        RankFusion.Score c = RankFusion.score(Map.of(), Map.of(), Map.of(0, whole(0.2)));

        double w = RankFusion.WHOLE_WEIGHT;
        assertThat(a.total()).isEqualTo(Evidence.round(0.9 / (1 + w)));
        assertThat(b.total()).isEqualTo(Evidence.round(w * RankFusion.PROFILE * 0.5 / (1 + w)));
        assertThat(c.total()).isEqualTo(Evidence.round(w * RankFusion.MEANING * 0.2 / (1 + w)));
        assertThat(List.of(b, c, a).stream().sorted(RankFusion.ORDER).toList()).containsExactly(c, b, a);
        assertThat(a.sharesWork()).isTrue();
        assertThat(b.sharesWork()).isFalse();
    }

    @Test
    void eachInputCountsItsOwnSurestSharedPartOnce() {
        RankFusion.Score two = RankFusion.score(Map.of(0, 0.5, 1, 0.5), Map.of(), Map.of());
        RankFusion.Score one = RankFusion.score(Map.of(0, 0.9), Map.of(), Map.of());

        assertThat(two.shared()).isEqualTo(1.0);
        assertThat(List.of(one, two).stream().sorted(RankFusion.ORDER).toList()).containsExactly(two, one);
    }
}
