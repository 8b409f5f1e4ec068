package nl.skillsmap.source.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Skill;
import nl.skillsmap.testing.FullData;
import nl.skillsmap.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the real ESCO v1.1.1 download in the shared data, Dutch first, and checks what the data README states. */
@FullData
class EscoDownloadTest {

    private static final String OCCUPATION = "http://data.europa.eu/esco/occupation/";
    private static final String SKILL = "http://data.europa.eu/esco/skill/";

    private static EscoTaxonomy esco;

    @BeforeAll
    static void readDownload() {
        esco = new EscoCsvReader(SharedData.data("esco")).read();
    }

    @Test
    void readsEveryOccupationWithItsDutchLabel() {
        assertThat(esco.occupations())
                .hasSize(3007)
                .allSatisfy(occupation -> assertThat(occupation.language()).isEqualTo("nl"));
        Occupation stageManager = esco.occupations().stream()
                .filter(o -> o.uri().equals(OCCUPATION + "00030d09-2b3a-4efd-87cc-c4ea39d27c34"))
                .findFirst()
                .orElseThrow();
        assertThat(stageManager.label()).isEqualTo("inspiciënt");
        assertThat(stageManager.altLabels())
                .containsExactly("toneelmeester", "inspiciënte", "technisch directeur", "chef-inspiciënt");
        assertThat(stageManager.code()).isEqualTo("2654.1.7");
        assertThat(stageManager.iscoGroup()).isEqualTo("2654");
        assertThat(stageManager.essentialSkills())
                .hasSize(8)
                .startsWith(SKILL + "fed5b267-73fa-461d-9f69-827c78beb39d");
    }

    @Test
    void readsEverySkillInDutchWhereTranslatedAndInEnglishOtherwise() {
        assertThat(esco.skills()).hasSize(13896);
        Map<String, Long> byLanguage =
                esco.skills().stream().collect(Collectors.groupingBy(Skill::language, Collectors.counting()));
        assertThat(byLanguage).containsOnly(Map.entry("nl", 6939L), Map.entry("en", 6957L));
        Skill musicalStaff = esco.skills().stream()
                .filter(s -> s.uri().equals(SKILL + "0005c151-5b5a-4a66-8aac-60e734beb1ab"))
                .findFirst()
                .orElseThrow();
        assertThat(musicalStaff.label()).isEqualTo("manage musical staff");
        assertThat(musicalStaff.provenance())
                .isEqualTo(new Provenance("esco", "skills_en.csv", Provenance.Quality.OFFICIAL));
    }

    @Test
    void linksOccupationsToKnownSkillsAndReportsTheOneUnknownOccupation() {
        // 123,855 relations, of which 67 name an occupation that neither occupations file has.
        assertThat(esco.occupations().stream()
                        .mapToInt(o -> o.essentialSkills().size())
                        .sum())
                .isEqualTo(64891);
        assertThat(esco.occupations().stream()
                        .mapToInt(o -> o.optionalSkills().size())
                        .sum())
                .isEqualTo(58897);
        assertThat(esco.warnings())
                .contains("occupationSkillRelations.csv:84425: 67 relations name occupation "
                        + OCCUPATION
                        + "a9e54177-a185-404d-b6e6-15663d31137e, which is in no occupations file; they are "
                        + "left out");

        Set<String> skills = esco.skills().stream().map(Skill::uri).collect(Collectors.toSet());
        assertThat(esco.occupations().stream()
                        .flatMap(o -> Stream.concat(o.essentialSkills().stream(), o.optionalSkills().stream())))
                .allMatch(skills::contains);
    }

    @Test
    void everyOccupationBelongsToAnIscoGroupOfTheDownload() {
        Map<String, IscoGroup> groups =
                esco.iscoGroups().stream().collect(Collectors.toMap(IscoGroup::code, Function.identity()));
        assertThat(groups).hasSize(619);
        assertThat(esco.occupations()).extracting(Occupation::iscoGroup).allMatch(groups::containsKey);
    }
}
