package nl.skillsmap.source.sbb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Part;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.WorkProcess;
import nl.skillsmap.testing.FullData;
import nl.skillsmap.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four real SBB exports against the counts of the data report and, independently, against the converted text
 * of the same 14 qualifications in {@code mbo/kwalificaties.jsonl}.
 */
@FullData
class SbbXmlRealExportTest {

    private static List<SbbDossier> dossiers;
    private static List<Qualification> qualifications;

    @BeforeAll
    static void readTheExports() {
        SbbXmlDirectoryReader directory = new SbbXmlDirectoryReader(SharedData.data("sbb-xml"));
        dossiers = directory.files().stream()
                .flatMap(file -> new SbbXmlReader(file).readDossiers().stream())
                .toList();
        qualifications = directory.read();
    }

    @Test
    void theFourDossiersHoldFourteenQualifications() {
        assertThat(dossiers)
                .extracting(dossier -> dossier.file().crebo())
                .containsExactly("23183", "23185", "23189", "23181");
        assertThat(qualifications).hasSize(14);
        assertThat(qualifications).extracting(Qualification::crebo).doesNotHaveDuplicates();
    }

    @Test
    void basisWorkProcessesAreCountedOncePerDossierAndOncePerQualification() {
        Set<String> distinct = qualifications.stream()
                .flatMap(q -> q.workProcesses().map(wp -> q.dossier().crebo() + " " + wp.code()))
                .collect(Collectors.toSet());
        List<WorkProcess> rows =
                qualifications.stream().flatMap(Qualification::workProcesses).toList();

        assertThat(distinct).hasSize(111);
        assertThat(rows).hasSize(204);
        assertThat(rows).extracting(WorkProcess::id).doesNotHaveDuplicates();
    }

    @Test
    void theDossiersDeclare340KnowledgeAndSkillItems() {
        assertThat(dossiers.stream()
                        .mapToInt(dossier -> dossier.knowledgeItems().size())
                        .sum())
                .isEqualTo(340);
    }

    @Test
    void everyCoreTaskListsItsOwnDossiersItemsOnceEach() {
        for (SbbDossier dossier : dossiers) {
            Set<String> declared = dossier.knowledgeItems().stream()
                    .map(SbbDossier.KnowledgeItem::title)
                    .collect(Collectors.toSet());
            for (Qualification qualification : dossier.qualifications()) {
                for (CoreTask coreTask : qualification.coreTasks()) {
                    assertThat(coreTask.knowledge())
                            .as(qualification.crebo() + " " + coreTask.code())
                            .isNotEmpty()
                            .doesNotHaveDuplicates()
                            .allMatch(declared::contains);
                }
            }
        }
    }

    @Test
    void aProfilesAdditionalKnowledgeReachesOnlyThatProfile() {
        // Dossier 23183 adds items to basis kerntaak B1-K2 per profiel, each its own.
        List<String> childcare = coreTask("25486", "B1-K2").knowledge();
        List<String> specialised = coreTask("25484", "B1-K2").knowledge();

        assertThat(childcare)
                .contains("heeft algemene kennis van het werkveld kinderopvang")
                .doesNotContain(
                        "heeft brede en specialistische kennis van het werkveld in relatie tot haar " + "werzaamheden");
        assertThat(specialised)
                .contains(
                        "heeft brede en specialistische kennis van het werkveld in relatie tot haar " + "werzaamheden")
                .doesNotContain("heeft algemene kennis van het werkveld kinderopvang");
        assertThat(childcare).hasSize(8);
    }

    @Test
    void everythingCarriesOfficialProvenanceWithTheFileName() {
        Provenance dienstverlening =
                new Provenance("sbb-kd-xml", "2755_Dienstverlening.xml", Provenance.Quality.OFFICIAL);

        Qualification facilitair = qualification("25499");
        assertThat(facilitair.provenance()).containsExactly(dienstverlening);
        assertThat(facilitair.workProcesses())
                .extracting(WorkProcess::provenance)
                .containsOnly(dienstverlening);
        assertThat(facilitair.sectorChamber()).isEqualTo("Sectorkamer zorg, welzijn en sport");
        assertThat(facilitair.certificates()).isEmpty();
    }

    @Test
    void qualificationsEqualTheirConvertedCounterpartsInTheCompiledDataset() throws IOException {
        Map<String, JsonNode> compiled = compiledQualifications();
        for (Qualification qualification : qualifications) {
            JsonNode expected = compiled.get(qualification.crebo());
            assertThat(expected)
                    .as("crebo %s in kwalificaties.jsonl", qualification.crebo())
                    .isNotNull();
            String crebo = qualification.crebo();

            assertThat(qualification.name())
                    .as(crebo + " name")
                    .isEqualTo(expected.get("name").asText());
            assertThat(qualification.level())
                    .as(crebo + " level")
                    .isEqualTo(expected.get("level").asInt());
            assertThat(qualification.dossier().crebo())
                    .isEqualTo(expected.get("dossier").get("crebo").asText());
            assertThat(qualification.dossier().name())
                    .isEqualTo(expected.get("dossier").get("name").asText());
            assertThat(qualification.domain())
                    .as(crebo + " domain")
                    .isEqualTo(expected.get("domain").asText());
            assertThat(qualification.description())
                    .as(crebo + " description")
                    .isEqualTo(expected.get("description").asText());
            assertThat(coreTaskRows(qualification))
                    .as(crebo + " core tasks")
                    .containsExactlyElementsOf(coreTaskRows(expected.get("coreTasks")));
            assertThat(workProcessRows(qualification))
                    .as(crebo + " work processes")
                    .containsExactlyElementsOf(workProcessRows(expected.get("coreTasks")));
        }
    }

    @Test
    void basisTextAddedForOneProfileIsAppendedOnANewLineForThatQualificationOnly() {
        // B1-K2-W2 of dossier 23183 has additions for profielen 2 and 3 (25484, 25485), none for profiel 1 (25486).
        String childcare = workProcess("25486", "B1-K2-W2").description();
        String specialised = workProcess("25484", "B1-K2-W2").description();

        assertThat(specialised).startsWith(childcare + "\n").hasSizeGreaterThan(childcare.length() + 1);
    }

    private record CoreTaskRow(String code, String title, String part) {}

    private record WorkProcessRow(String code, String title, String description, String result, String behaviour) {}

    private static List<CoreTaskRow> coreTaskRows(Qualification qualification) {
        return qualification.coreTasks().stream()
                .map(ct -> new CoreTaskRow(ct.code(), ct.title(), ct.part() == Part.BASIS ? "basis" : "profiel"))
                .toList();
    }

    private static List<CoreTaskRow> coreTaskRows(JsonNode coreTasks) {
        List<CoreTaskRow> rows = new ArrayList<>();
        coreTasks.forEach(ct -> rows.add(new CoreTaskRow(text(ct, "code"), text(ct, "title"), text(ct, "part"))));
        return rows;
    }

    private static List<WorkProcessRow> workProcessRows(Qualification qualification) {
        return qualification
                .workProcesses()
                .map(wp -> new WorkProcessRow(wp.code(), wp.title(), wp.description(), wp.result(), wp.behaviour()))
                .toList();
    }

    private static List<WorkProcessRow> workProcessRows(JsonNode coreTasks) {
        List<WorkProcessRow> rows = new ArrayList<>();
        coreTasks.forEach(ct -> ct.get("workProcesses")
                .forEach(wp -> rows.add(new WorkProcessRow(
                        text(wp, "code"),
                        text(wp, "title"),
                        text(wp, "description"),
                        text(wp, "result"),
                        text(wp, "behaviour")))));
        return rows;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, JsonNode> compiledQualifications() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> byCrebo = new HashMap<>();
        Path file = SharedData.data("mbo/kwalificaties.jsonl");
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode record = json.readTree(line);
                byCrebo.put(record.get("crebo").asText(), record);
            }
        }
        return byCrebo;
    }

    private static Qualification qualification(String crebo) {
        return qualifications.stream()
                .filter(q -> q.crebo().equals(crebo))
                .findFirst()
                .orElseThrow();
    }

    private static CoreTask coreTask(String crebo, String code) {
        return qualification(crebo).coreTasks().stream()
                .filter(ct -> code.equals(ct.code()))
                .findFirst()
                .orElseThrow();
    }

    private static WorkProcess workProcess(String crebo, String code) {
        return qualification(crebo)
                .workProcesses()
                .filter(wp -> code.equals(wp.code()))
                .findFirst()
                .orElseThrow();
    }
}
