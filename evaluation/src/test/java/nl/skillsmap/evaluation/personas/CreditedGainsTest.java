package nl.skillsmap.evaluation.personas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.skillsmap.model.Lineage;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.SkillRef;
import org.junit.jupiter.api.Test;

class CreditedGainsTest {

    @Test
    void anUnlistedCodeOfTheSameNameAndLevelTakesTheJudgedGain() {
        Map<String, Qualification> index = index(
                withSkills("25448", "Medewerker dierverzorging", 2),
                withSkills("25732", "medewerker  Dierverzorging ", 2),
                withSkills("25450", "Medewerker dierverzorging", 3),
                withSkills("25999", "Medewerker dierverzorging en paardensport", 2));

        CreditedGains credited = CreditedGains.of(Map.of("25448", 3), index);

        assertThat(credited.gains()).containsExactlyInAnyOrderEntriesOf(Map.of("25448", 3, "25732", 3));
        assertThat(credited.creditedAlike()).isEqualTo(1);
        assertThat(credited.leftOut()).isZero();
    }

    @Test
    void aCodeWithoutALevelIsJudgedLikeItsNamesakesOfAnyLevel() {
        Map<String, Qualification> index =
                index(withSkills("25180", "Kok", 2), withSkills("27060", "Kok", null), withSkills("25181", "Kok", 3));

        assertThat(CreditedGains.of(Map.of("25180", 3), index).gains())
                .containsExactlyInAnyOrderEntriesOf(Map.of("25180", 3, "27060", 3));
        assertThat(CreditedGains.of(Map.of("27060", 2), index).gains())
                .containsExactlyInAnyOrderEntriesOf(Map.of("27060", 2, "25180", 2, "25181", 2));
    }

    @Test
    void judgedCodesComeInTheirOrderThenCodesJudgedAlikeByCrebo() {
        Map<String, Qualification> index = index(
                withSkills("25503", "Verkoper", 2),
                withSkills("25700", "Verkoper", 2),
                withSkills("25167", "Verkoper", 2),
                withSkills("25600", "Verkoper", 2),
                withSkills("25155", "Verkoopspecialist", 3));
        Map<String, Integer> judgements = new LinkedHashMap<>();
        judgements.put("25155", 3);
        judgements.put("25503", 3);
        judgements.put("25167", 1);

        CreditedGains credited = CreditedGains.of(judgements, index);

        // A listed code keeps its own gain; an unlisted one takes the highest of its judged namesakes.
        assertThat(credited.gains())
                .containsExactly(
                        Map.entry("25155", 3),
                        Map.entry("25503", 3),
                        Map.entry("25167", 1),
                        Map.entry("25600", 3),
                        Map.entry("25700", 3));
    }

    @Test
    void codesAbsentFromTheIndexOrWithoutContentAreLeftOutWhetherJudgedOrJudgedAlike() {
        Map<String, Qualification> index = index(
                catalogueOnly("25452", "Medewerker hovenier", 2),
                withSkills("25621", "Medewerker hovenier", 2),
                catalogueOnly("25616", "Medewerker groen en cultuurtechniek", 2),
                withSkills("25451", "Medewerker groen en cultuurtechniek", 2),
                catalogueOnly("27081", "Medewerker groen en cultuurtechniek", 2));

        CreditedGains credited = CreditedGains.of(Map.of("25452", 3, "25616", 2, "11111", 3), index);

        assertThat(credited.gains()).containsExactlyInAnyOrderEntriesOf(Map.of("25621", 3, "25451", 2));
        // 27081 is judged alike but has no content: left out, not credited.
        assertThat(credited.creditedAlike()).isEqualTo(2);
        assertThat(credited.leftOut()).isEqualTo(4);
    }

    @Test
    void aQualificationAndItsSuccessorAreJudgedAlikeThoughTheirNamesDiffer() {
        Lineage lineage = new Lineage(
                "25713", Lineage.Status.CURRENT, null, null, List.of("25218"), List.of("25218", "25713"), "25218");
        Map<String, Qualification> index = index(
                withSkills("25218", "Aftersalesmanager Mobiliteitsbranche", 4).withLineage(lineage),
                withSkills("25713", "Manager mobiliteitsbranche", 4).withLineage(lineage),
                withSkills("25712", "Adviseur mobiliteitsbranche", 4));

        CreditedGains judgedOld = CreditedGains.of(Map.of("25218", 3), index);
        CreditedGains judgedNew = CreditedGains.of(Map.of("25713", 2), index);

        assertThat(judgedOld.gains()).containsExactlyInAnyOrderEntriesOf(Map.of("25218", 3, "25713", 3));
        assertThat(judgedOld.creditedAlike()).isEqualTo(1);
        assertThat(judgedNew.gains()).containsExactlyInAnyOrderEntriesOf(Map.of("25713", 2, "25218", 2));
    }

    private static Map<String, Qualification> index(Qualification... qualifications) {
        return Stream.of(qualifications).collect(Collectors.toMap(Qualification::crebo, Function.identity()));
    }

    private static Qualification withSkills(String crebo, String name, Integer level) {
        return qualification(
                crebo,
                name,
                level,
                List.of(new SkillRef("https://competentnl/x", "Plannen", "humancapability", "essentieel")));
    }

    private static Qualification catalogueOnly(String crebo, String name, Integer level) {
        return qualification(crebo, name, level, List.of());
    }

    private static Qualification qualification(String crebo, String name, Integer level, List<SkillRef> skills) {
        return new Qualification(
                crebo, name, level, null, null, null, List.of(), null, List.of(), skills, List.of(), List.of(),
                List.of());
    }
}
