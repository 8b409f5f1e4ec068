package nl.skillsmap.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.Skill;
import nl.skillsmap.testing.FullData;
import nl.skillsmap.testing.QualityReport;
import nl.skillsmap.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default data directory read whole: counts that agree with mbo/QUALITY.md and the ESCO files. */
@FullData
class DataDirectoryRealDataTest {

    private static Corpus corpus;
    private static final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void read() {
        corpus = new DataDirectory(SharedData.root().resolve("data")).load(progress::add);
    }

    @Test
    void everyQualificationAndWorkProcessOfTheCompiledDatasetIsThereOnce() {
        QualityReport report = QualityReport.ofSharedData();
        assertThat(corpus.qualifications()).hasSize(report.size("kwalificaties (lines in kwalificaties.jsonl)"));
        assertThat(corpus.qualifications().stream()
                        .mapToLong(q -> q.workProcesses().count())
                        .sum())
                .isEqualTo(report.count("werkprocessen in the output, total"));
        assertThat(corpus.qualifications().stream().filter(q -> !q.coreTasks().isEmpty()))
                .hasSize(report.size("... with core tasks, total"));
        assertThat(corpus.qualifications().stream().filter(q -> !q.skills().isEmpty()))
                .hasSize(report.size("kwalificaties with skills"));
        assertThat(corpus.electives()).hasSize(report.size("keuzedelen (keuzedelen.jsonl)"));
    }

    @Test
    void theOfficialXmlWinsForItsFourteenQualifications() {
        List<Qualification> official = corpus.qualifications().stream()
                .filter(q -> q.workProcesses()
                        .anyMatch(wp -> wp.provenance().quality() == Provenance.Quality.OFFICIAL
                                && wp.provenance().source().equals("sbb-kd-xml")))
                .toList();
        assertThat(official).hasSize(14);
        assertThat(official.stream().mapToLong(q -> q.workProcesses().count()).sum())
                .isEqualTo(204);
        assertThat(corpus.notes())
                .filteredOn(n -> n.contains("sbb-kd-xml wins"))
                .hasSize(14);
        // The compiled record still contributes what the XML lacks.
        assertThat(official).allSatisfy(q -> assertThat(q.learningPaths()).isNotEmpty());
    }

    @Test
    void escoOccupationsAndSkillsAreAllThereWithQualificationSkillsAdded() {
        assertThat(corpus.occupations()).hasSize(3007);
        long escoSkills = corpus.skills().stream()
                .filter(s -> s.provenance().source().equals("esco"))
                .count();
        assertThat(escoSkills).isEqualTo(13896);
        assertThat(corpus.skills()).extracting(Skill::uri).doesNotHaveDuplicates();
        assertThat(corpus.skills().stream().filter(s -> s.provenance().source().equals("competentnl")))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.uri()).startsWith("https://linkeddata.competentnl.nl/"));
    }

    @Test
    void theCreboRegisterIsReadWithEveryCode() {
        assertThat(corpus.register()).hasSize(4288);
        assertThat(corpus.register())
                .contains(new nl.skillsmap.model.RegisterEntry(
                        "10021",
                        "Magazijnmedewerker",
                        2,
                        nl.skillsmap.model.RegisterEntry.Kind.HISTORIC_PROGRAMME,
                        "23309"));
        assertThat(progress).anySatisfy(l -> assertThat(l).contains("crebo-crosswalk.csv", "4288 codes"));
    }

    @Test
    void progressNamesEachPartRead() {
        assertThat(progress)
                .anySatisfy(l -> assertThat(l).contains("SBB XML", "14 qualifications"))
                .anySatisfy(l -> assertThat(l).contains("3007 occupations", "13896 skills"));
    }
}
