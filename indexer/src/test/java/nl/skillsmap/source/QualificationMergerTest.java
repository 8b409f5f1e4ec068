package nl.skillsmap.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Part;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.QualificationFile;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.model.WorkProcess;
import org.junit.jupiter.api.Test;

class QualificationMergerTest {

    private static final Provenance XML = new Provenance("sbb-kd-xml", "2755.xml", Provenance.Quality.OFFICIAL);
    private static final Provenance OER =
            new Provenance("oer:talland", "kwalificaties.jsonl", Provenance.Quality.MINED);

    @Test
    void theOfficialSourceKeepsItsCoreTasksAndBorrowsOnlyWhatItLacks() {
        Qualification official = qualification(
                "25499",
                "Medewerker facilitaire dienstverlening",
                2,
                null,
                List.of(),
                XML,
                "Bereidt werkzaamheden voor en stemt af");
        Qualification compiled = qualification(
                "25499",
                "Medewerker facilitaire dienstverlening",
                2,
                "Zorg en welzijn",
                List.of(new SkillRef("u:1", "plannen", "humancapability", "essentieel")),
                OER,
                "Bereidt werkzaamheden voor en uit stemt af");

        QualificationMerger.Merged merged = new QualificationMerger()
                .merge(List.of(
                        new QualificationMerger.Sourced("sbb-kd-xml", List.of(official)),
                        new QualificationMerger.Sourced("compiled", List.of(compiled))));

        Qualification q = merged.qualifications().getFirst();
        assertThat(q.workProcesses().map(WorkProcess::title)).containsExactly("Bereidt werkzaamheden voor en stemt af");
        assertThat(q.domain()).isEqualTo("Zorg en welzijn");
        assertThat(q.skills()).extracting(SkillRef::uri).containsExactly("u:1");
        assertThat(q.provenance()).containsExactly(XML, OER);
        assertThat(merged.notes())
                .singleElement()
                .asString()
                .contains("25499", "sbb-kd-xml wins", "core tasks of compiled");
    }

    @Test
    void theOutcomeDoesNotDependOnTheOrderRecordsArriveInWithinASource() {
        Qualification a = qualification("25002", "B", 3, null, List.of(), OER, "Doet iets");
        Qualification b = qualification("25001", "A", 2, null, List.of(), OER, "Doet iets anders");

        QualificationMerger.Merged one =
                new QualificationMerger().merge(List.of(new QualificationMerger.Sourced("compiled", List.of(a, b))));
        QualificationMerger.Merged two =
                new QualificationMerger().merge(List.of(new QualificationMerger.Sourced("compiled", List.of(b, a))));

        assertThat(one).isEqualTo(two);
        assertThat(one.qualifications()).extracting(Qualification::crebo).containsExactly("25001", "25002");
        assertThat(one.notes()).isEmpty();
    }

    @Test
    void aDifferingNameOrLevelOfTheLosingSourceIsNamedInTheNotes() {
        Qualification official = qualification("25153", "Verkoper", 2, null, List.of(), XML, "Verkoopt");
        Qualification compiled = qualification("25153", "Verkoper detailhandel", 3, null, List.of(), OER, "Verkoopt");

        QualificationMerger.Merged merged = new QualificationMerger()
                .merge(List.of(
                        new QualificationMerger.Sourced("sbb-kd-xml", List.of(official)),
                        new QualificationMerger.Sourced("compiled", List.of(compiled))));

        assertThat(merged.qualifications().getFirst().name()).isEqualTo("Verkoper");
        assertThat(merged.qualifications().getFirst().level()).isEqualTo(2);
        assertThat(merged.notes().getFirst()).contains("name \"Verkoper detailhandel\"", "level 3");
    }

    private static Qualification qualification(
            String crebo,
            String name,
            Integer level,
            String domain,
            List<SkillRef> skills,
            Provenance provenance,
            String wpTitle) {
        WorkProcess wp = new WorkProcess(crebo + "-B1-K1-W1", "B1-K1-W1", wpTitle, null, null, null, provenance);
        CoreTask ct = new CoreTask("B1-K1", "Kerntaak", Part.BASIS, List.of(wp), List.of());
        return new Qualification(
                crebo,
                name,
                level,
                new QualificationFile("23189", "Dienstverlening"),
                domain,
                null,
                List.of(),
                null,
                List.of(ct),
                skills,
                List.of(),
                List.of(),
                List.of(provenance));
    }
}
