package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import nl.skillsmap.search.match.MatchResponse.MissingGroup;
import nl.skillsmap.search.match.MatchResponse.OccupationMatch;
import nl.skillsmap.search.match.MatchResponse.QualificationMatch;
import nl.skillsmap.search.match.MatchResponse.SkillLabel;
import org.junit.jupiter.api.Test;

class MatchResponseSummaryTest {

    @Test
    void aSummaryNamesTheFirstMissingWorkProcessesOfEachCoreTaskAndKeepsTheirCount() {
        MissingGroup big = new MissingGroup(new CoreTaskRef("B1-K1", "Verkoopt"), workProcesses(7));
        MissingGroup small = new MissingGroup(new CoreTaskRef("B1-K2", "Beheert"), workProcesses(2));
        QualificationMatch qualification = new QualificationMatch(
                "25153",
                "Verkoper",
                2,
                "Handel",
                null,
                "workProcesses",
                Coverage.of(1, 10),
                1.0,
                List.of(),
                List.of(),
                List.of(big, small),
                List.of(),
                List.of(),
                null);

        MatchResponse summary = new MatchResponse(List.of(), List.of(qualification), List.of()).summary();

        List<MissingGroup> missing = summary.qualifications().getFirst().missing();
        assertThat(missing).extracting(MissingGroup::count).containsExactly(7, 2);
        assertThat(missing.getFirst().workProcesses())
                .isEqualTo(big.workProcesses().subList(0, MatchResponse.SUMMARY_MISSING_PARTS));
        assertThat(missing.get(1).workProcesses()).isEqualTo(small.workProcesses());
    }

    @Test
    void aSummaryNamesTheFirstMissingSkillsOfAnOccupationAndKeepsTheirCount() {
        List<SkillLabel> skills = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new SkillLabel("skill/" + i, "s" + i))
                .toList();
        OccupationMatch occupation = new OccupationMatch(
                "uri", "id", "Verkoper", null, 1.0, Coverage.of(2, 14), List.of(), skills, List.of());

        OccupationMatch shown = new MatchResponse(List.of(), List.of(), List.of(occupation))
                .summary()
                .occupations()
                .getFirst();

        assertThat(shown.missingSkillCount()).isEqualTo(12);
        assertThat(shown.missingSkills()).isEqualTo(skills.subList(0, MatchResponse.SUMMARY_MISSING_SKILLS));
    }

    private static List<WorkProcessRef> workProcesses(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new WorkProcessRef("wp" + i, null, "Werk " + i))
                .toList();
    }
}
