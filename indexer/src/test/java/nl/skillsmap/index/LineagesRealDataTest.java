package nl.skillsmap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.skillsmap.model.Lineage;
import nl.skillsmap.model.Lineage.Status;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.source.mbo.CreboRegisterReader;
import nl.skillsmap.source.mbo.QualificationJsonlReader;
import nl.skillsmap.testing.FullData;
import nl.skillsmap.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lineages of the real qualification structure, with the crebo register beside it. */
@FullData
class LineagesRealDataTest {

    private static Lineages.Placed placed;
    private static Map<String, Qualification> byCrebo;

    @BeforeAll
    static void placeTheRealData() {
        placed = Lineages.place(
                new QualificationJsonlReader(SharedData.data("mbo/kwalificaties.jsonl")).read(),
                new CreboRegisterReader(SharedData.data("mbo/crebo-crosswalk.csv")).read());
        byCrebo = placed.qualifications().stream().collect(Collectors.toMap(Qualification::crebo, Function.identity()));
    }

    @Test
    void everySuccessorTheDataNamesHolds() {
        assertThat(placed.notes()).isEmpty();
        long named = placed.qualifications().stream()
                .filter(q -> q.succession().successor() != null)
                .count();
        assertThat(placed.qualifications())
                .filteredOn(q -> q.lineage().successor() != null)
                .hasSize((int) named);
    }

    @Test
    void theApothekersassistentCodesAreOneLineageShownByTheNewestWithTheContentOfTheBestDescribed() {
        Lineage lapsed = byCrebo.get("25471").lineage();
        // 27141 has neither level nor file, and agrees with the one group of its name.
        assertThat(lapsed.members()).containsExactly("25471", "25650", "27141");
        assertThat(lapsed.id()).isEqualTo("27141");
        // The newest has no content; of the two with work processes, the one with the most describes it.
        long lapsedProcesses = byCrebo.get("25471").workProcesses().count();
        long validProcesses = byCrebo.get("25650").workProcesses().count();
        assertThat(lapsed.described()).isEqualTo(lapsedProcesses >= validProcesses ? "25471" : "25650");
        assertThat(byCrebo.get("27141").coverageBasis()).isEqualTo(Qualification.CoverageBasis.NONE);
        assertThat(lapsed.status()).isEqualTo(Status.LAPSED);
        assertThat(byCrebo.get("25650").lineage().status()).isEqualTo(Status.CURRENT);
        assertThat(byCrebo.get("27141").lineage().status()).isEqualTo(Status.CURRENT);
    }

    @Test
    void medewerkerFacilitaireDienstverleningIsOneLineageAndItsLevel3NamesakeAnother() {
        assertThat(byCrebo.get("25499").lineage().members()).containsExactly("25499", "25959");
        assertThat(byCrebo.get("25499").lineage().id()).isEqualTo("25959");
        assertThat(byCrebo.get("25609").lineage().members()).doesNotContain("25499");
    }

    @Test
    void aftersalesmanagerShowsItsSuccessorManagerMobiliteitsbranche() {
        Lineage aftersales = byCrebo.get("25218").lineage();
        assertThat(aftersales.successor()).isEqualTo("25713");
        assertThat(aftersales.status()).isEqualTo(Status.INTAKE_ENDED);
        assertThat(aftersales.intakeUntil()).isEqualTo(LocalDate.of(2022, 8, 1));
        assertThat(aftersales.id()).isEqualTo("25713");
        assertThat(byCrebo.get("25713").lineage().predecessors()).contains("25218", "25240");
    }

    @Test
    void logistiekMedewerkerIsShownByTheCodeWithContent() {
        Lineage lineage = byCrebo.get("25371").lineage();
        assertThat(lineage.id()).isEqualTo("25774");
        assertThat(lineage.described()).isEqualTo("25774");
        assertThat(byCrebo.get("25774").coverageBasis()).isNotEqualTo(Qualification.CoverageBasis.NONE);
    }

    @Test
    void everyLineageIsShownByOneOfItsOwnCodesAndAllMembersAgreeOnIt() {
        for (Qualification q : placed.qualifications()) {
            Lineage lineage = q.lineage();
            assertThat(lineage.members()).contains(q.crebo(), lineage.id(), lineage.described());
            assertThat(byCrebo.get(lineage.id()).lineage().members()).isEqualTo(lineage.members());
        }
    }
}
