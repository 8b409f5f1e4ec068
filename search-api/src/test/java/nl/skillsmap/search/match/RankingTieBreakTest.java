package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.skillsmap.model.Lineage;
import nl.skillsmap.model.Lineage.Status;
import nl.skillsmap.model.Qualification;
import org.junit.jupiter.api.Test;

class RankingTieBreakTest {

    @Test
    void amongEquallyGoodMatchesCurrentQualificationsComeBeforeLapsedOnesWhateverTheirCrebo() {
        List<QualificationMatcher.Ranked> ranked = new ArrayList<>(List.of(
                ranked("25001", Status.LAPSED, 2.0, 0.5),
                ranked("25002", Status.INTAKE_ENDED, 2.0, 0.5),
                ranked("25003", Status.UNKNOWN, 2.0, 0.5),
                ranked("25999", Status.CURRENT, 2.0, 0.5),
                ranked("25998", Status.LAPSED, 2.1, 0.1)));

        ranked.sort(QualificationMatcher.RANKING);

        // A better score still wins over status; status only breaks ties, before the crebo does.
        assertThat(ranked)
                .extracting(r -> r.qualification().crebo())
                .containsExactly("25998", "25999", "25003", "25002", "25001");
    }

    private static QualificationMatcher.Ranked ranked(String crebo, Status status, double score, double fraction) {
        Qualification q = new Qualification(
                        crebo,
                        "Kwalificatie " + crebo,
                        2,
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of())
                .withLineage(Lineage.alone(crebo, status));
        return new QualificationMatcher.Ranked(q, new RankFusion.Score(score, 0), fraction);
    }
}
