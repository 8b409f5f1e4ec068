package nl.skillsmap.source.sbb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.skillsmap.model.Certificate;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Part;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.QualificationFile;
import nl.skillsmap.model.WorkProcess;
import org.junit.jupiter.api.Test;

/** The reader on {@code sbb-xml/two-dossiers.xml}, a small export whose every expected value can be read off it. */
class SbbXmlReaderTest {

    private static final Path EXPORT = fixture("two-dossiers.xml");

    private final List<Qualification> qualifications = new SbbXmlReader(EXPORT).read();

    @Test
    void everyProfielAndCreboIsOneQualificationInDocumentOrder() {
        QualificationFile care = new QualificationFile("23901", "Proefdossier zorg");
        QualificationFile entree = new QualificationFile("23902", "Entree proef");

        assertThat(qualifications)
                .extracting(Qualification::crebo, Qualification::name, Qualification::level, Qualification::dossier)
                .containsExactly(
                        tuple("25901", "Helpende voeding", 2, care),
                        tuple("25902", "Begeleider activiteiten", 3, care),
                        tuple("25903", "Assistent proef", 1, entree));
    }

    @Test
    void codesFollowTheChapterNumbersNotTheDocumentOrder() {
        // Profiel 501 is chapter 2 although it comes first; its werkprocessen and those of the basis are
        // written out of order, and chapter 10 must sort after chapter 2.
        assertThat(codes(qualification("25901")))
                .containsExactly("B1-K1", "B1-K1-W1", "B1-K1-W2", "B1-K1-W10", "P2-K1", "P2-K1-W1", "P2-K1-W2");
        assertThat(codes(qualification("25902")))
                .containsExactly(
                        "B1-K1", "B1-K1-W1", "B1-K1-W2", "B1-K1-W10", "P1-K1", "P1-K1-W1", "P1-K2", "P1-K2-W1");
    }

    @Test
    void everyProfielGetsTheBasisPartFollowedByItsOwn() {
        assertThat(qualification("25902").coreTasks())
                .extracting(CoreTask::code, CoreTask::title, CoreTask::part)
                .containsExactly(
                        tuple("B1-K1", "Biedt basiszorg", Part.BASIS),
                        tuple("P1-K1", "Begeleidt activiteiten", Part.PROFILE),
                        tuple("P1-K2", "Evalueert activiteiten", Part.PROFILE));
    }

    @Test
    void workProcessIdsJoinCreboAndCode() {
        assertThat(qualification("25901").workProcesses())
                .extracting(WorkProcess::id)
                .containsExactly(
                        "25901-B1-K1-W1", "25901-B1-K1-W2", "25901-B1-K1-W10", "25901-P2-K1-W1", "25901-P2-K1-W2");
    }

    @Test
    void escapedHtmlBecomesPlainTextWithOneLinePerListItem() {
        assertThat(workProcess("25902", "B1-K1-W2").description())
                .isEqualTo("Ze helpt de cliënt bij:\nwassen & aankleden;\neten en drinken.");
    }

    @Test
    void xmlReferencesOutsideCdataAreResolvedByTheParser() {
        assertThat(workProcess("25901", "P2-K1-W2").description()).isEqualTo("Ze deelt uit & ruimt op.");
    }

    @Test
    void plainTextKeepsBulletLinesAndOneBlankLineBetweenParagraphs() {
        WorkProcess reports = workProcess("25902", "B1-K1-W10");
        assertThat(reports.behaviour())
                .isEqualTo("De beroepsbeoefenaar:\n- rapporteert tijdig;\n- rapporteert volledig.");
        assertThat(workProcess("25902", "B1-K1-W2").behaviour())
                .isEqualTo("De beroepsbeoefenaar werkt hygiënisch.\n\nZe is geduldig.");
        assertThat(reports.result()).as("empty CDATA").isNull();
        assertThat(workProcess("25902", "P1-K1-W1").description())
                .as("no element at all")
                .isNull();
    }

    @Test
    void aBasisAdditionForOneProfielIsAppendedOnANewLineForThatProfielOnly() {
        WorkProcess withAddition = workProcess("25901", "B1-K1-W2");
        WorkProcess without = workProcess("25902", "B1-K1-W2");

        assertThat(withAddition.description()).isEqualTo(without.description() + "\nZe let op de voeding.");
        assertThat(withAddition.behaviour()).isEqualTo(without.behaviour() + "\n- vraagt naar wensen;");
        assertThat(withAddition.result()).isEqualTo(without.result()).isEqualTo("De cliënt is verzorgd.");
    }

    @Test
    void knowledgeItemsAreResolvedOncePerCoreTaskWithTheProfielsOwnAdditions() {
        // B1-K1 refers to item 11 twice and to items 12 and 13, which share one text; profiel 502 adds item 14.
        assertThat(coreTask("25901", "B1-K1").knowledge())
                .containsExactly("kan hygiënisch werken", "heeft basiskennis van voeding");
        assertThat(coreTask("25902", "B1-K1").knowledge())
                .containsExactly("kan hygiënisch werken", "heeft basiskennis van voeding", "kan een zorgplan lezen");
        assertThat(coreTask("25902", "P1-K2").knowledge()).containsExactly("kan activiteiten begeleiden");
    }

    @Test
    void theDossierListsAllItsKnowledgeItemsReferredToOrNot() {
        List<SbbDossier> dossiers = new SbbXmlReader(EXPORT).readDossiers();

        assertThat(dossiers.getFirst().knowledgeItems())
                .extracting(SbbDossier.KnowledgeItem::id)
                .containsExactly("11", "12", "13", "14", "15");
        assertThat(dossiers.getFirst().knowledgeItems().getFirst().title()).isEqualTo("kan hygiënisch werken");
        assertThat(dossiers.get(1).knowledgeItems()).isEmpty();
    }

    @Test
    void domainAndSectorChamberAreResolvedFromTheListsOfTheExport() {
        Qualification care = qualification("25901");
        assertThat(care.domain()).isEqualTo("Zorg en welzijn");
        assertThat(care.sectorChamber()).isEqualTo("Sectorkamer zorg, welzijn en sport");

        Qualification entree = qualification("25903");
        assertThat(entree.domain()).as("a domein without crebo stands for none").isNull();
        assertThat(entree.sectorChamber()).isNull();
    }

    @Test
    void descriptionIsTheTyperingVanHetBeroep() {
        assertThat(qualification("25901").description())
                .isEqualTo("De helpende voeding werkt in de keuken van een zorginstelling.");
        assertThat(qualification("25902").description()).isNull();
    }

    @Test
    void certificatesAreReadFromChildElementsOrFromLinesOfText() {
        assertThat(qualification("25901").certificates())
                .extracting(Certificate::title, Certificate::evidence)
                .containsExactly(
                        tuple("Certificaat Sociale hygiëne", "Certificaat Sociale hygiëne"),
                        tuple("Certificaat Voedselveiligheid", "Certificaat Voedselveiligheid"));
        assertThat(qualification("25902").certificates())
                .extracting(Certificate::title, Certificate::evidence)
                .containsExactly(
                        tuple("Certificaat Bedrijfshulpverlening", "- Certificaat Bedrijfshulpverlening"),
                        tuple("Certificaat Reanimatie", "- Certificaat Reanimatie"));
        assertThat(qualification("25903").certificates()).isEmpty();
    }

    @Test
    void everyRecordNamesTheOfficialSourceAndTheFile() {
        Provenance expected = new Provenance("sbb-kd-xml", "two-dossiers.xml", Provenance.Quality.OFFICIAL);

        assertThat(qualifications).allSatisfy(q -> assertThat(q.provenance()).containsExactly(expected));
        assertThat(qualifications)
                .flatExtracting(
                        q -> q.workProcesses().map(WorkProcess::provenance).toList())
                .containsOnly(expected);
        assertThat(qualifications)
                .flatExtracting(Qualification::certificates)
                .extracting(Certificate::provenance)
                .containsOnly(expected);
    }

    @Test
    void theExportHasNoLearningPathsSkillsOrElectives() {
        assertThat(qualifications).allSatisfy(q -> {
            assertThat(q.learningPaths()).isEmpty();
            assertThat(q.skills()).isEmpty();
            assertThat(q.electives()).isEmpty();
        });
    }

    private static List<String> codes(Qualification qualification) {
        return qualification.coreTasks().stream()
                .flatMap(ct -> Stream.concat(
                        Stream.of(ct.code()), ct.workProcesses().stream().map(WorkProcess::code)))
                .toList();
    }

    private Qualification qualification(String crebo) {
        return qualifications.stream()
                .filter(q -> q.crebo().equals(crebo))
                .findFirst()
                .orElseThrow();
    }

    private CoreTask coreTask(String crebo, String code) {
        return qualification(crebo).coreTasks().stream()
                .filter(ct -> ct.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private WorkProcess workProcess(String crebo, String code) {
        return qualification(crebo)
                .workProcesses()
                .filter(wp -> wp.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    static Path fixture(String name) {
        URL resource = SbbXmlReaderTest.class.getResource("/sbb-xml/" + name);
        if (resource == null) {
            throw new IllegalStateException("missing test resource sbb-xml/" + name);
        }
        try {
            return Path.of(resource.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
