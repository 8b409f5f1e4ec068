package nl.skillsmap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.QualificationFile;
import nl.skillsmap.model.RegisterEntry;
import nl.skillsmap.model.RegisterEntry.Kind;
import org.junit.jupiter.api.Test;

class FormerNamesTest {

    private static final List<RegisterEntry> LOGISTICS = List.of(
            new RegisterEntry("10021", "Magazijnmedewerker", 2, Kind.HISTORIC_PROGRAMME, "23309"),
            new RegisterEntry("10011", "Groepsleider Magazijn", 3, Kind.HISTORIC_PROGRAMME, "23309"),
            new RegisterEntry("90250", "Logistiek medewerker", 2, Kind.HISTORIC_PROGRAMME, "23309"),
            new RegisterEntry("23309", "Logistiek", null, Kind.QUALIFICATION_FILE, "23309"),
            new RegisterEntry("25373", "Parts-/baliemedewerker", 2, Kind.QUALIFICATION, "23309"),
            new RegisterEntry("25774", "Logistiek medewerker", 2, Kind.QUALIFICATION, "23309"),
            new RegisterEntry("10024", "Orderpicker", 1, Kind.HISTORIC_PROGRAMME, "23301"));

    @Test
    void theNamesOfTheSameFileAndLevelAreFormerNamesButTheQualificationsOwnIsNot() {
        FormerNames names = new FormerNames(LOGISTICS);

        assertThat(names.of(qualification("25774", "Logistiek medewerker", 2, "23309")))
                .containsExactly("Magazijnmedewerker", "Parts-/baliemedewerker");
        assertThat(names.of(qualification("25373", "Parts-/baliemedewerker", 2, "23309")))
                .containsExactly("Magazijnmedewerker", "Logistiek medewerker");
    }

    @Test
    void aQualificationMissingFromTheRegisterUsesItsOwnFileAndLevel() {
        assertThat(new FormerNames(LOGISTICS).of(qualification("25775", "Logistiek teamleider", 3, "23309")))
                .containsExactly("Groepsleider Magazijn");
        assertThat(new FormerNames(LOGISTICS).of(qualification("25999", "Iets anders", 2, null)))
                .isEmpty();
    }

    @Test
    void aFileWithMoreQualificationsOfOneLevelThanTheLimitGivesNoNames() {
        List<RegisterEntry> entry = new ArrayList<>(
                List.of(new RegisterEntry("10024", "Orderpicker", 1, Kind.HISTORIC_PROGRAMME, "23301")));
        for (int i = 0; i < FormerNames.MAX_QUALIFICATIONS_PER_LEVEL; i++) {
            entry.add(new RegisterEntry("2574" + i, "Assistent " + i, 1, Kind.QUALIFICATION, "23301"));
        }
        assertThat(new FormerNames(entry).of(qualification("25740", "Assistent 0", 1, "23301")))
                .contains("Orderpicker");

        entry.add(new RegisterEntry("25749", "Assistent verkoop", 1, Kind.QUALIFICATION, "23301"));
        assertThat(new FormerNames(entry).of(qualification("25740", "Assistent 0", 1, "23301")))
                .isEmpty();
    }

    static Qualification qualification(String crebo, String name, int level, String file) {
        Provenance compiled = new Provenance("compiled", "x.jsonl", Provenance.Quality.COMPILED);
        return new Qualification(
                crebo,
                name,
                level,
                file == null ? null : new QualificationFile(file, "Logistiek"),
                null,
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(compiled));
    }
}
