package nl.skillsmap.source.mbo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.skillsmap.model.Elective;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Provenance.Quality;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.WorkProcess;
import nl.skillsmap.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the real compiled dataset and checks the counts its quality report (mbo/QUALITY.md, section 1) states, so
 * a reader that drops or duplicates records, or loses a part, shows up here.
 */
class CompiledMboDataTest {

    private static List<Qualification> qualifications;
    private static List<Elective> electives;

    @BeforeAll
    static void readRealFiles() {
        qualifications = new QualificationJsonlReader(SharedData.data("mbo/kwalificaties.jsonl")).read();
        electives = new ElectiveJsonlReader(SharedData.data("mbo/keuzedelen.jsonl")).read();
    }

    @Test
    void readsEveryQualificationWithTheReportedContent() {
        assertThat(qualifications).hasSize(1116);
        assertThat(qualifications).filteredOn(q -> !q.coreTasks().isEmpty()).hasSize(214);
        assertThat(qualifications).filteredOn(q -> !q.skills().isEmpty()).hasSize(243);
        assertThat(qualifications).filteredOn(q -> q.description() != null).hasSize(315);
        assertThat(qualifications).filteredOn(q -> !q.certificates().isEmpty()).hasSize(9);
        assertThat(qualifications).filteredOn(q -> !q.electives().isEmpty()).hasSize(32);
        assertThat(qualifications).filteredOn(q -> q.level() == null).hasSize(79);
        assertThat(qualifications).filteredOn(q -> q.dossier() == null).hasSize(79);
    }

    @Test
    void everyWorkProcessHasAnIdUniqueInTheWholeStructure() {
        List<String> ids = qualifications.stream().flatMap(Qualification::workProcesses).map(WorkProcess::id).toList();
        assertThat(ids).hasSize(2268).doesNotHaveDuplicates();
    }

    @Test
    void workProcessesAreAttributedToTheSourceTheirCoreTasksCameFrom() {
        Map<Quality, Long> byQuality = qualifications.stream().flatMap(Qualification::workProcesses)
                .collect(Collectors.groupingBy(wp -> wp.provenance().quality(), Collectors.counting()));
        // 204 from the SBB XML, 637 from beroepen-app, 1427 mined from school documents.
        assertThat(byQuality).containsOnly(
                Map.entry(Quality.OFFICIAL, 204L), Map.entry(Quality.TRANSCRIBED, 637L), Map.entry(Quality.MINED, 1427L));

        Map<String, Long> qualificationsBySource = qualifications.stream()
                .flatMap(q -> q.workProcesses().limit(1))
                .collect(Collectors.groupingBy(wp -> family(wp.provenance()), Collectors.counting()));
        // 14 + 60 + 140 have core tasks; three beroepen-app records have core tasks without work processes.
        assertThat(qualificationsBySource).containsOnly(
                Map.entry("sbb-kd-xml-2016", 14L), Map.entry("beroepen-app", 57L), Map.entry("oer", 140L));
        assertThat(qualifications)
                .filteredOn(q -> !q.coreTasks().isEmpty() && q.workProcesses().findAny().isEmpty())
                .extracting(Qualification::crebo)
                .containsExactlyInAnyOrder("25047", "25358", "25080");
    }

    @Test
    void onlyTheOfficialExportGivesWorkProcessDescriptions() {
        assertThat(qualifications.stream().flatMap(Qualification::workProcesses).filter(wp -> wp.description() != null))
                .hasSize(204)
                .allSatisfy(wp -> assertThat(wp.provenance().quality()).isEqualTo(Quality.OFFICIAL));
    }

    @Test
    void sourcesWhoseContributionLostAreNotListedAsProvenance() {
        Map<String, Qualification> byCrebo = qualifications.stream()
                .collect(Collectors.toMap(Qualification::crebo, Function.identity()));
        // 25168 lists three colleges whose mined core tasks lost to beroepen-app.
        assertThat(byCrebo.get("25168").provenance()).extracting(Provenance::source)
                .doesNotContain("oer:rijn_ijssel", "oer:talland", "oer:utrecht")
                .contains("beroepen-app", "regeling-2015");
    }

    @Test
    void readsEveryElective() {
        assertThat(electives).hasSize(109).extracting(Elective::code).doesNotHaveDuplicates();
        assertThat(electives).filteredOn(e -> e.title() != null).hasSize(83);
        assertThat(electives).filteredOn(e -> !e.mentionedWith().isEmpty()).hasSize(107);
        assertThat(electives).allSatisfy(e -> assertThat(e.certificate()).isNull());
    }

    private static String family(Provenance provenance) {
        return provenance.source().startsWith("oer:") ? "oer" : provenance.source();
    }
}
