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
import nl.skillsmap.testing.FullData;
import nl.skillsmap.testing.QualityReport;
import nl.skillsmap.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the real compiled dataset and checks the counts its quality report (mbo/QUALITY.md, section 1) states, so
 * a reader that drops or duplicates records, or loses a part, shows up here.
 */
@FullData
class CompiledMboDataTest {

    private static List<Qualification> qualifications;
    private static List<Elective> electives;
    private static QualityReport report;

    @BeforeAll
    static void readRealFiles() {
        qualifications = new QualificationJsonlReader(SharedData.data("mbo/kwalificaties.jsonl")).read();
        electives = new ElectiveJsonlReader(SharedData.data("mbo/keuzedelen.jsonl")).read();
        report = QualityReport.ofSharedData();
    }

    @Test
    void readsEveryQualificationWithTheReportedContent() {
        assertThat(qualifications).hasSize(report.size("kwalificaties (lines in kwalificaties.jsonl)"));
        assertThat(qualifications)
                .filteredOn(q -> !q.coreTasks().isEmpty())
                .hasSize(report.size("... with core tasks, total"));
        assertThat(qualifications)
                .filteredOn(q -> !q.skills().isEmpty())
                .hasSize(report.size("kwalificaties with skills"));
        assertThat(qualifications)
                .filteredOn(q -> q.description() != null)
                .hasSize(report.size("kwalificaties with a description"));
        assertThat(qualifications)
                .filteredOn(q -> !q.certificates().isEmpty())
                .hasSize(report.size("kwalificaties with mbo-certificaten"));
        assertThat(qualifications)
                .filteredOn(q -> !q.electives().isEmpty())
                .hasSize(report.size("kwalificaties with electives"));
        assertThat(qualifications)
                .filteredOn(q -> q.level() == null)
                .hasSize(report.size("kwalificaties with level null"));
        assertThat(qualifications)
                .filteredOn(q -> q.dossier() == null)
                .hasSize(report.size("kwalificaties with dossier null"));
    }

    @Test
    void everyWorkProcessHasAnIdUniqueInTheWholeStructure() {
        List<String> ids = qualifications.stream()
                .flatMap(Qualification::workProcesses)
                .map(WorkProcess::id)
                .toList();
        assertThat(ids)
                .hasSize(report.size("werkprocessen in the output, total"))
                .doesNotHaveDuplicates();
    }

    @Test
    void workProcessesAreAttributedToTheSourceTheirCoreTasksCameFrom() {
        Map<Quality, Long> byQuality = qualifications.stream()
                .flatMap(Qualification::workProcesses)
                .collect(Collectors.groupingBy(wp -> wp.provenance().quality(), Collectors.counting()));
        assertThat(byQuality)
                .containsOnly(
                        Map.entry(Quality.OFFICIAL, report.count("... from SBB XML")),
                        Map.entry(Quality.TRANSCRIBED, report.count("... from beroepen-app")),
                        Map.entry(Quality.MINED, report.count("... mined from OERs (code + title)")));

        Map<String, Long> qualificationsBySource = qualifications.stream()
                .flatMap(q -> q.workProcesses().limit(1))
                .collect(Collectors.groupingBy(wp -> family(wp.provenance()), Collectors.counting()));
        // Every qualification the report counts as having core tasks is attributed to the source they came from,
        // except those whose core tasks carry no work process at all.
        long withoutWorkProcesses = qualifications.stream()
                .filter(q ->
                        !q.coreTasks().isEmpty() && q.workProcesses().findAny().isEmpty())
                .count();
        assertThat(qualificationsBySource).containsOnlyKeys("sbb-kd-xml-2016", "beroepen-app", "oer");
        assertThat(qualificationsBySource.get("sbb-kd-xml-2016"))
                .isEqualTo(report.count("... with core tasks from the official SBB XML"));
        assertThat(qualificationsBySource.get("beroepen-app"))
                .isLessThanOrEqualTo(report.count("... with core tasks from beroepen-app"));
        assertThat(qualificationsBySource.get("oer")).isLessThanOrEqualTo(report.count("... with core tasks mined"));
        assertThat(qualificationsBySource.values().stream()
                                .mapToLong(Long::longValue)
                                .sum()
                        + withoutWorkProcesses)
                .isEqualTo(report.count("... with core tasks, total"));
    }

    @Test
    void onlyTheOfficialExportGivesWorkProcessDescriptions() {
        assertThat(qualifications.stream().flatMap(Qualification::workProcesses).filter(wp -> wp.description() != null))
                .hasSize(204)
                .allSatisfy(wp -> assertThat(wp.provenance().quality()).isEqualTo(Quality.OFFICIAL));
    }

    @Test
    void sourcesWhoseContributionLostAreNotListedAsProvenance() {
        Map<String, Qualification> byCrebo =
                qualifications.stream().collect(Collectors.toMap(Qualification::crebo, Function.identity()));
        // 25168 lists three colleges whose mined core tasks lost to beroepen-app.
        assertThat(byCrebo.get("25168").provenance())
                .extracting(Provenance::source)
                .doesNotContain("oer:rijn_ijssel", "oer:talland", "oer:utrecht")
                .contains("beroepen-app", "regeling-2015");
    }

    @Test
    void readsEveryElective() {
        assertThat(electives)
                .hasSize(report.size("keuzedelen (keuzedelen.jsonl)"))
                .extracting(Elective::code)
                .doesNotHaveDuplicates();
        assertThat(electives).filteredOn(e -> e.title() != null).hasSize(report.size("... with a title"));
        assertThat(electives)
                .filteredOn(e -> !e.mentionedWith().isEmpty())
                .hasSize(report.size("... tied to at least one crebo"));
        assertThat(electives).allSatisfy(e -> assertThat(e.certificate()).isNull());
    }

    private static String family(Provenance provenance) {
        return provenance.source().startsWith("oer:") ? "oer" : provenance.source();
    }
}
