package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureCorpus;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An activity in which a person names their job counts that occupation's work as done. The fixture has the
 * occupations winkelmedewerker (also called verkoopmedewerker), magazijnmedewerker (orderpicker) and kok (kokkin).
 */
@ExtendWith(FixtureIndex.class)
class JobStatementTest {

    private static final String SHOP = FixtureCorpus.SHOP_ASSISTANT;
    private static final String WAREHOUSE = FixtureCorpus.WAREHOUSE_WORKER;

    static SkillsmapIndex index;
    static IndexSnapshot snapshot;
    static MatchService service;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
        snapshot = index.acquire();
        service = new MatchService(index);
    }

    @AfterAll
    static void release() {
        index.release(snapshot);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ik werk als verkoopmedewerker                      | winkelmedewerker   | ''",
                "ik werkte jaren als Winkelmedewerker                | winkelmedewerker   | ''",
                "Ik ben een ervaren orderpicker bij een groothandel  | magazijnmedewerker | een ervaren bij een groothandel",
                "ik heb tien jaar gewerkt als magazijnmedewerker     | magazijnmedewerker | ''",
                "ik was kok in een restaurant                        | kok                | in een restaurant",
                "Functie: kok                                        | kok                | ''",
                "na school ben ik gaan werken als kok                | kok                | na school",
                "Ik werk sinds 2010 als orderpicker, vooral nachten  | magazijnmedewerker | vooral nachten",
                "orderpicker                                         | magazijnmedewerker | ''",
                "  Kokkin.                                           | kok                | ''",
                // A text about someone says the job in the third person.
                "Ilse (31) werkt als orderpicker bij een groothandel | magazijnmedewerker | Ilse (31) bij een groothandel",
                "Hans is kok op een school                           | kok                | Hans op een school",
                "Zij heeft jaren gewerkt als verkoopmedewerker       | winkelmedewerker   | Zij",
                // The name opens the text and what follows can only be about the job.
                "kok in een restaurant                               | kok                | in een restaurant",
                "Orderpicker zonder diploma.                         | magazijnmedewerker | zonder diploma",
                "Verkoopmedewerker die iets anders zoekt             | winkelmedewerker   | die iets anders zoekt",
                // The name stands between commas.
                "Ans (52), kok, maakt websites                       | kok                | Ans (52), maakt websites",
            })
    void aLeadInFollowedByAnOccupationsLabelOrTheLabelAloneNamesTheJob(String activity, String label, String work) {
        Optional<JobStatement> job = read(activity);
        assertThat(job).hasValueSatisfying(j -> {
            assertThat(j.occupation().label()).isEqualTo(label);
            assertThat(j.work()).isEqualTo(work);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ik ben goed met klanten",
                "verkoopmedewerker en orderpicker", // no lead-in: the whole activity must be one label
                "kok en afwasser in een restaurant", // a list, not a job and its place
                "orderpicker werk is zwaar",
                "het werk is zwaar",
                "de was doen en strijken",
                "ik werk graag in een winkel",
                "ik kook graag",
                "ik ben",
                "ik ben blij met mijn collega's in de winkel en de kok",
            })
    void wordsThatAreNotWhollyAnOccupationsLabelNameNoJob(String activity) {
        assertThat(read(activity)).isEmpty();
    }

    @Test
    void namingTheJobCountsItsWorkAsHeldAsChoosingTheOccupationDoes() {
        MatchResponse named = service.match(activities(List.of("Ik werk als verkoopmedewerker")));
        MatchResponse chosen = service.match(new MatchRequest(null, null, null, null, SHOP, null, null, null));

        MatchResponse.Understood understood = named.understood().getFirst();
        assertThat(understood.kind()).isEqualTo(InputKind.ACTIVITY);
        assertThat(understood.occupation()).isEqualTo(new MatchResponse.NamedOccupation(SHOP, "winkelmedewerker"));
        assertThat(understood.skills())
                .extracting(MatchResponse.UnderstoodSkill::uri)
                .containsAll(chosen.understood().getFirst().skills().stream()
                        .map(MatchResponse.UnderstoodSkill::uri)
                        .toList())
                .isNotEmpty();
        // The same qualifications in the same order; the evidence quotes what the person wrote.
        assertThat(named.qualifications())
                .extracting(MatchResponse.QualificationMatch::crebo)
                .isNotEmpty()
                .containsExactlyElementsOf(chosen.qualifications().stream()
                        .map(MatchResponse.QualificationMatch::crebo)
                        .toList());
        assertThat(named.qualifications().getFirst().shared())
                .flatExtracting(MatchResponse.SharedPart::evidence)
                .extracting(Evidence::input)
                .containsOnly("Ik werk als verkoopmedewerker");
        // The person's own job is not offered back as a step.
        assertThat(named.occupations())
                .extracting(MatchResponse.OccupationMatch::uri)
                .doesNotContain(SHOP);
    }

    @Test
    void anActivityThatNamesNoJobIsReadAsWorkOnly() {
        MatchResponse response = service.match(activities(List.of("voorraad tellen")));
        assertThat(response.understood().getFirst().occupation()).isNull();
    }

    @Test
    void theJobNamedBesideOtherWorkAddsItsWorkToThatWork() {
        MatchResponse alone = service.match(activities(List.of("klanten helpen")));
        MatchResponse withJob = service.match(activities(List.of("klanten helpen", "ik ben orderpicker")));
        assertThat(withJob.understood()).hasSize(2);
        assertThat(withJob.understood().get(1).occupation().uri()).isEqualTo(WAREHOUSE);
        assertThat(withJob.occupations())
                .extracting(MatchResponse.OccupationMatch::uri)
                .doesNotContain(WAREHOUSE);
        assertThat(withJob.qualifications().size())
                .isGreaterThanOrEqualTo(alone.qualifications().size());
    }

    private static Optional<JobStatement> read(String activity) {
        return JobStatement.read(activity, snapshot.catalogue(), snapshot.searcher(), snapshot.jobTitles());
    }

    private static MatchRequest activities(List<String> activities) {
        return new MatchRequest(activities, null, null, null, null, null, null, null);
    }
}
