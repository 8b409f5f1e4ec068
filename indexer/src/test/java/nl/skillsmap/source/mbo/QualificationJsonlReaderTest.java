package nl.skillsmap.source.mbo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.skillsmap.model.Certificate;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Part;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Provenance.Quality;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.Qualification.ElectiveRef;
import nl.skillsmap.model.QualificationFile;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.model.Succession;
import nl.skillsmap.model.WorkProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Maps a small hand-written sample of the compiled format, one situation per record. */
class QualificationJsonlReaderTest {

    private static Map<String, Qualification> byCrebo;
    private static List<Qualification> read;

    @BeforeAll
    static void readSample() throws URISyntaxException {
        Path sample = Path.of(QualificationJsonlReaderTest.class
                .getResource("kwalificaties-sample.jsonl")
                .toURI());
        read = new QualificationJsonlReader(sample).read();
        byCrebo = read.stream().collect(Collectors.toMap(Qualification::crebo, Function.identity()));
    }

    @Test
    void readsEveryRecordInFileOrderAndSkipsTheBlankLine() {
        assertThat(read).extracting(Qualification::crebo).containsExactly("25001", "25498", "25656", "27146");
    }

    @Test
    void readsTheCatalogueFields() {
        Qualification afval = byCrebo.get("25001");
        assertThat(afval.name()).isEqualTo("Allround medewerker afvalbeheer");
        assertThat(afval.level()).isEqualTo(2);
        assertThat(afval.dossier())
                .isEqualTo(new QualificationFile("23001", "Afval, Milieu, Beheer & Onderhoud Openbare Ruimte"));
        assertThat(afval.domain()).isEqualTo("Afbouw, hout en onderhoud");
        assertThat(afval.sectorChamber()).isEqualTo("Techniek en gebouwde omgeving");
        assertThat(afval.learningPaths()).containsExactly("BOL", "BBL");
        assertThat(afval.description()).isNull();
    }

    @Test
    void readsWhatTheCreboListOf2022SaysOfACode() {
        assertThat(byCrebo.get("25001").succession())
                .isEqualTo(new Succession(
                        LocalDate.of(2015, 8, 1), "25656", LocalDate.of(2022, 8, 1), Succession.List2022.INTAKE_ENDED));
        assertThat(byCrebo.get("25656").succession())
                .isEqualTo(new Succession(null, null, null, Succession.List2022.VALID));
        // A record without the fields is on neither list and names no successor.
        assertThat(byCrebo.get("27146").succession()).isEqualTo(Succession.UNKNOWN);
        assertThat(byCrebo.get("27146").lineage()).isNull();
    }

    @Test
    void numbersWorkProcessesByPositionWhenTheSourceGivesNoCodes() {
        Qualification afval = byCrebo.get("25001");
        assertThat(afval.workProcesses())
                .extracting(WorkProcess::id, WorkProcess::code, WorkProcess::title)
                .containsExactly(
                        tuple("25001-K1-W1", null, "Bereidt de werkzaamheden voor"),
                        tuple("25001-K1-W2", null, "Zamelt afval in"),
                        tuple("25001-K2-W1", null, "Verwijdert afval uit het openbaar gebied"));
        assertThat(afval.coreTasks()).extracting(CoreTask::part).containsOnly(Part.UNKNOWN);
    }

    @Test
    void usesTheOfficialCodeInTheIdAndThePartTheRecordStates() {
        Qualification helpende = byCrebo.get("25498");
        assertThat(helpende.coreTasks())
                .extracting(CoreTask::code, CoreTask::part)
                .containsExactly(tuple("B1-K1", Part.BASIS), tuple("P2-K1", Part.PROFILE));
        WorkProcess first = helpende.workProcesses().findFirst().orElseThrow();
        assertThat(first.id()).isEqualTo("25498-B1-K1-W1");
        assertThat(first.code()).isEqualTo("B1-K1-W1");
        assertThat(first.description()).isEqualTo("De beroepsbeoefenaar ontvangt werkopdrachten.");
        assertThat(first.result()).isEqualTo("De werkzaamheden zijn voorbereid.");
        assertThat(first.behaviour()).isEqualTo("Werkt zorgvuldig.");
    }

    @Test
    void derivesThePartFromTheCodePrefixWhenTheRecordGivesNone() {
        assertThat(byCrebo.get("25656").coreTasks())
                .extracting(CoreTask::code, CoreTask::title, CoreTask::part)
                .containsExactly(
                        tuple("B1-K1", null, Part.BASIS), tuple("P1-K1", "Zorgt voor de zorgvrager", Part.PROFILE));
    }

    @Test
    void workProcessesCarryTheProvenanceOfTheSourceWhoseCoreTasksWereUsed() {
        // oer:utrecht is listed first and provides core tasks too, but they lost (used: false) to the SBB export.
        assertThat(byCrebo.get("25498").workProcesses())
                .extracting(WorkProcess::provenance)
                .containsOnly(new Provenance("sbb-kd-xml-2016", "2755_Dienstverlening.xml", Quality.OFFICIAL));
    }

    @Test
    void aSourceWhoseCoreTasksLostDoesNotLendThemItsProvenance() {
        // beroepen-app would outrank mined documents, but only its description was kept (coreTasksUsed: false).
        assertThat(byCrebo.get("25656").workProcesses())
                .extracting(WorkProcess::provenance)
                .containsOnly(new Provenance("oer:rijn_ijssel", "rijn-ijssel-vig.md", Quality.MINED));
    }

    @Test
    void listsTheUsedSourcesMostAuthoritativeFirst() {
        assertThat(byCrebo.get("25498").provenance())
                .containsExactly(
                        new Provenance("regeling-2015", null, Quality.OFFICIAL),
                        new Provenance("sbb-kd-xml-2016", "2755_Dienstverlening.xml", Quality.OFFICIAL),
                        new Provenance("oer:talland", "talland-Helpende.md", Quality.MINED));
        assertThat(byCrebo.get("25001").provenance())
                .extracting(Provenance::source, Provenance::quality)
                .containsExactly(
                        tuple("regeling-2015", Quality.OFFICIAL),
                        tuple("beroepen-app", Quality.TRANSCRIBED),
                        tuple("cedanl-crebo-crosswalk", Quality.COMPILED));
    }

    @Test
    void namesEveryFileOfASourceThatReadSeveral() {
        assertThat(byCrebo.get("25656").provenance())
                .containsExactly(
                        new Provenance("beroepen-app", null, Quality.TRANSCRIBED),
                        new Provenance("oer:rijn_ijssel", "rijn-ijssel-vig.md", Quality.MINED),
                        new Provenance("oer:utrecht", "utrecht-vig-2023.md, utrecht-vig-2024.md", Quality.MINED));
    }

    @Test
    void mapsSkillsElectivesAndCertificates() {
        Qualification helpende = byCrebo.get("25498");
        assertThat(helpende.skills())
                .containsExactly(new SkillRef(
                        "https://linkeddata.competentnl.nl/id/humancapability/072570C444",
                        "Gereedschappen en apparaten gebruiken",
                        "humancapability",
                        "essentieel"));
        assertThat(helpende.electives())
                .containsExactly(
                        new ElectiveRef("K0067", "Mensen met niet aangeboren hersenletsel"),
                        new ElectiveRef("K0137", null));
        assertThat(helpende.certificates())
                .containsExactly(new Certificate(
                        "Basis voor deskundige zorg",
                        "mbo-certificaat",
                        "mbo-certificaat ‘Basis voor deskundige zorg’",
                        new Provenance("oer:talland", "talland-Helpende.md", Quality.MINED)));
    }

    @Test
    void keepsACatalogueEntryWithUnknownLevelAndDossier() {
        Qualification entry = byCrebo.get("27146");
        assertThat(entry.level()).isNull();
        assertThat(entry.dossier()).isNull();
        assertThat(entry.coverageBasis()).isEqualTo(Qualification.CoverageBasis.NONE);
    }
}
