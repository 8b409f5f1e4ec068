package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.testing.FullData;
import nl.skillsmap.testing.FullDataIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which ESCO skills (the skills occupations need) a person's own words name, on the full data: a shared skill is a promise to an advisor, so it
 * is shown only when the activity says the skill's label, never on a word many skills share or a part of a compound
 * that names something else.
 */
@FullData
class SkillResolutionFullDataTest {

    private static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";

    private static SkillsmapIndex index;
    private static MatchService service;

    @BeforeAll
    static void openFullIndex() throws IOException {
        index = SkillsmapIndex.open(FullDataIndex.ofDefaultData().ensureBuilt());
        service = new MatchService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void aPhraseWhoseSpecificWordsNoLabelSaysNamesNoSkill() {
        // Each says its work in words no skill label holds; what is left ("controleren", "muziek", "werken
        // volgens") is said by hundreds of labels, or only modifies a label's compound ("muziekinstrumenten").
        List<String> activities = List.of(
                "sjorstangen en twistlocks controleren",
                "spinningles op muziek",
                "werken volgens een schoonmaakrooster");

        List<MatchResponse.Understood> understood = service.match(
                        MatchRequest.ofActivities(activities.toArray(String[]::new)))
                .understood();

        assertThat(understood)
                .hasSize(activities.size())
                .allSatisfy(u -> assertThat(escoSkills(u)).as(u.input()).isEmpty());
    }

    @Test
    void aSkillTheActivityNamesIsSharedByTheOccupationsThatNeedIt() {
        String activity = "pompen en kleppen bedienen";

        MatchResponse response = service.match(
                new MatchRequest(List.of(activity), List.of(), List.of(), null, null, List.of(), List.of(), 100));

        List<MatchResponse.UnderstoodSkill> skills =
                response.understood().getFirst().skills();
        assertThat(skills).extracting(MatchResponse.UnderstoodSkill::label).contains("pompen bedienen");
        assertThat(response.occupations())
                .flatExtracting(MatchResponse.OccupationMatch::sharedSkills)
                .filteredOn(s -> s.label().equals("pompen bedienen"))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.evidence()).anySatisfy(e -> {
                    assertThat(e.input()).isEqualTo(activity);
                    assertThat(e.matchedTerms()).contains("pompen");
                }));
        assertThat(response.occupations())
                .filteredOn(o -> !o.sharedSkills().isEmpty())
                .allSatisfy(o -> assertThat(o.coverage().matched())
                        .isEqualTo(o.sharedSkills().size())
                        .isPositive());
    }

    @Test
    void everySkillSandraIsSaidToShareRestsOnHerOwnActivity() {
        List<String> activities = List.of(
                "inkoop en voorraadbeleid",
                "contact met klanten",
                "kassa en geldafhandeling",
                "artikelen presenteren in de winkel");

        MatchResponse response = service.match(
                new MatchRequest(activities, List.of(), List.of(), null, null, List.of(), List.of(), 100));

        // Purchasing stock is said in her own words; a label sharing only "klanten" or "presenteren" is not.
        assertThat(escoSkills(response.understood().getFirst()))
                .extracting(MatchResponse.UnderstoodSkill::label)
                .contains("voorraden inkopen");
        assertThat(escoSkills(response.understood().get(1)))
                .as("contact met klanten")
                .isEmpty();
        assertThat(escoSkills(response.understood().get(3)))
                .as("artikelen presenteren in de winkel")
                .isEmpty();
        assertThat(response.occupations())
                .flatExtracting(MatchResponse.OccupationMatch::sharedSkills)
                .allSatisfy(s -> assertThat(s.evidence())
                        .allSatisfy(e -> assertThat(activities).contains(e.input())));
    }

    /** The ESCO skills an input was understood as (the occupations' skills; qualifications list others). */
    private static List<MatchResponse.UnderstoodSkill> escoSkills(MatchResponse.Understood understood) {
        return understood.skills().stream()
                .filter(s -> s.uri().startsWith(ESCO_SKILL))
                .toList();
    }
}
