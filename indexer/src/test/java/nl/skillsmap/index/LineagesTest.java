package nl.skillsmap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Lineage;
import nl.skillsmap.model.Lineage.Status;
import nl.skillsmap.model.Part;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.QualificationFile;
import nl.skillsmap.model.RegisterEntry;
import nl.skillsmap.model.RegisterEntry.Kind;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.model.Succession;
import nl.skillsmap.model.Succession.List2022;
import nl.skillsmap.model.WorkProcess;
import org.junit.jupiter.api.Test;

class LineagesTest {

    private static final LocalDate AUGUST_2015 = LocalDate.of(2015, 8, 1);
    private static final LocalDate AUGUST_2022 = LocalDate.of(2022, 8, 1);

    @Test
    void aChainOfSuccessorsIsOneLineageShownByItsLastCode() {
        Map<String, Lineage> placed = lineages(List.of(
                code("25218", "Aftersalesmanager Mobiliteitsbranche", 4, "23101")
                        .withSuccession(ended("25713")),
                code("25240", "Verkoopmanager Mobiliteitsbranche", 4, "23108").withSuccession(ended("25713")),
                code("25713", "Manager mobiliteitsbranche", 4, "23292").withSuccession(valid()),
                code("25800", "Iets anders", 4, "23292").withSuccession(valid())));

        Lineage manager = placed.get("25713");
        assertThat(manager.members()).containsExactly("25218", "25240", "25713");
        assertThat(manager.id()).isEqualTo("25713");
        assertThat(manager.status()).isEqualTo(Status.CURRENT);
        assertThat(manager.predecessors()).containsExactly("25218", "25240");
        Lineage aftersales = placed.get("25218");
        assertThat(aftersales.id()).isEqualTo("25713");
        assertThat(aftersales.status()).isEqualTo(Status.INTAKE_ENDED);
        assertThat(aftersales.intakeUntil()).isEqualTo(AUGUST_2022);
        assertThat(aftersales.successor()).isEqualTo("25713");
        assertThat(placed.get("25800").members()).containsExactly("25800");
    }

    @Test
    void twinsOfOneNameLevelAndCurrentFileAreOneLineageThoughTheirRecordsNameDifferentFiles() {
        // The register gives the 2015 code and its revision the same current file; their records do not.
        List<RegisterEntry> register = List.of(
                new RegisterEntry("25471", "Apothekersassistent", 4, Kind.QUALIFICATION, "23265"),
                new RegisterEntry("25650", "Apothekersassistent", 4, Kind.QUALIFICATION, "23265"),
                new RegisterEntry("25060", "Pianotechnicus", 3, Kind.QUALIFICATION, "23270"),
                new RegisterEntry("25663", "Pianotechnicus", 4, Kind.QUALIFICATION, "23270"),
                new RegisterEntry("25500", "Kok", 2, Kind.QUALIFICATION, "23180"),
                new RegisterEntry("25501", "Kok", 2, Kind.QUALIFICATION, "23999"));
        Map<String, Lineage> placed = Lineages.place(
                        List.of(
                                code("25471", "Apothekersassistent", 4, "23178").withSuccession(in2015()),
                                code("25650", "apothekersassistent ", 4, "23265")
                                        .withSuccession(valid()),
                                code("25060", "Pianotechnicus", 3, "23270").withSuccession(valid()),
                                code("25663", "Pianotechnicus", 4, "23270").withSuccession(valid()),
                                code("25500", "Kok", 2, "23180").withSuccession(valid()),
                                code("25501", "Kok", 2, "23999").withSuccession(valid())),
                        register)
                .qualifications()
                .stream()
                .collect(Collectors.toMap(Qualification::crebo, Qualification::lineage));

        assertThat(placed.get("25471").members()).containsExactly("25471", "25650");
        assertThat(placed.get("25471").status()).isEqualTo(Status.LAPSED);
        assertThat(placed.get("25650").predecessors()).containsExactly("25471");
        // Another level or another current file is another qualification.
        assertThat(placed.get("25060").members()).containsExactly("25060");
        assertThat(placed.get("25500").members()).containsExactly("25500");
    }

    @Test
    void aCodeWithoutALevelJoinsTheOneTwinItAgreesWithButNotTwoThatDiffer() {
        Map<String, Lineage> placed = lineages(List.of(
                code("25180", "Kok", 2, "23180").withSuccession(valid()),
                code("25181", "Kok", 3, "23180").withSuccession(valid()),
                code("27060", "Kok", null, null),
                code("25300", "Instrumentmaker", 3, "23361").withSuccession(valid()),
                code("27090", "Instrumentmaker", null, null)));

        assertThat(placed.get("27060").members()).containsExactly("27060");
        assertThat(placed.get("25180").members()).containsExactly("25180");
        assertThat(placed.get("27090").members()).containsExactly("25300", "27090");
    }

    @Test
    void aCodeNewerThanAListedTwinIsCurrentAndShownAndAnOlderUnlistedOneHasLapsed() {
        Map<String, Lineage> placed = lineages(List.of(
                code("25003", "Dekvloerenlegger", 2, "23376").withSuccession(valid()),
                code("25943", "Dekvloerenlegger", 2, "23376"),
                code("25100", "Machinist hijswerk", 3, "23040"),
                code("25558", "Machinist hijswerk", 3, "23040").withSuccession(valid()),
                code("26001", "Crossover zorg en techniek", 3, "23500"),
                code("27005", "Decoratieschilder", 4, "23403")));

        assertThat(placed.get("25943").status()).isEqualTo(Status.CURRENT);
        assertThat(placed.get("25003").id()).isEqualTo("25943");
        assertThat(placed.get("25100").status()).isEqualTo(Status.LAPSED);
        assertThat(placed.get("25100").id()).isEqualTo("25558");
        assertThat(placed.get("26001").status()).isEqualTo(Status.UNKNOWN);
        assertThat(placed.get("27005").status()).isEqualTo(Status.CURRENT);
    }

    @Test
    void withoutTheListEveryStatusIsUnknown() {
        Map<String, Lineage> placed = lineages(List.of(
                code("25003", "Dekvloerenlegger", 2, "23376"),
                code("25943", "Dekvloerenlegger", 2, "23376"),
                code("27005", "Decoratieschilder", 4, "23403")));

        assertThat(placed.values()).extracting(Lineage::status).containsOnly(Status.UNKNOWN);
        assertThat(placed.get("25003").id()).isEqualTo("25943");
    }

    @Test
    void theBestDescribedCodeIsTheCurrentOneWhenItHasContentElseTheOneWithTheMost() {
        Map<String, Lineage> logistics = lineages(List.of(
                code("25371", "Logistiek medewerker", 2, "23309").withSuccession(ended("25774")),
                withSkills(code("25774", "Logistiek medewerker", 2, "23309").withSuccession(valid()), 21)));
        assertThat(logistics.get("25371").described()).isEqualTo("25774");

        Map<String, Lineage> withoutContent = lineages(List.of(
                withWorkProcesses(code("25014", "Uitvoerder", 4, "23378").withSuccession(ended("25773")), 5),
                withWorkProcesses(code("25015", "Uitvoerder", 4, "23378").withSuccession(in2015()), 3),
                withSkills(code("25773", "Uitvoerder", 4, "23378").withSuccession(valid()), 10)));
        assertThat(withoutContent.get("25773").id()).isEqualTo("25773");
        assertThat(withoutContent.get("25773").described()).isEqualTo("25014");
    }

    @Test
    void aSuccessorThatIsUnknownOrTheCodeItselfIsLeftOutWithANoteNamingTheRecord() {
        Lineages.Placed placed = Lineages.place(
                List.of(
                        code("25001", "Timmerman", 2, "23001").withSuccession(ended("29999")),
                        code("25002", "Metselaar", 2, "23001").withSuccession(ended("25002")),
                        code("25003", "Stukadoor", 2, "23001").withSuccession(ended("25004")),
                        code("25004", "Stukadoor nieuw", 2, "23001").withSuccession(valid())),
                List.of());

        assertThat(placed.notes())
                .containsExactly(
                        "crebo 25001 (Timmerman): successor 29999 is not a known qualification; link left out",
                        "crebo 25002 (Metselaar): successor 25002 is the code itself; link left out");
        Map<String, Lineage> lineages = byCrebo(placed);
        assertThat(lineages.get("25001").successor()).isNull();
        assertThat(lineages.get("25001").members()).containsExactly("25001");
        assertThat(lineages.get("25002").successor()).isNull();
        assertThat(lineages.get("25003").successor()).isEqualTo("25004");
        assertThat(placed.summary()).endsWith("2 successor links left out");
    }

    @Test
    void aSuccessorThatLeadsBackToTheCodeIsLeftOutWithANoteAndTheRestOfTheChainKept() {
        Lineages.Placed placed = Lineages.place(
                List.of(
                        code("25001", "Eerste", 2, "23001").withSuccession(ended("25002")),
                        code("25002", "Tweede", 2, "23001").withSuccession(ended("25003")),
                        code("25003", "Derde", 2, "23001").withSuccession(ended("25001"))),
                List.of());

        assertThat(placed.notes())
                .containsExactly("crebo 25003 (Derde): successor 25001 leads back to it "
                        + "(25003 -> 25001 -> 25002 -> 25003), a cycle; link left out");
        Map<String, Lineage> lineages = byCrebo(placed);
        assertThat(lineages.get("25001").successor()).isEqualTo("25002");
        assertThat(lineages.get("25002").successor()).isEqualTo("25003");
        assertThat(lineages.get("25003").successor()).isNull();
        assertThat(lineages.get("25003").members()).containsExactly("25001", "25002", "25003");
    }

    @Test
    void theSummaryCountsLineagesAndCodesPerStatus() {
        Lineages.Placed placed = Lineages.place(
                List.of(
                        code("25218", "Aftersalesmanager", 4, "23101").withSuccession(ended("25713")),
                        code("25713", "Manager mobiliteitsbranche", 4, "23292").withSuccession(valid()),
                        code("25400", "Oud", 2, "23200").withSuccession(in2015()),
                        code("26001", "Crossover", 3, "23500")),
                List.of());

        assertThat(placed.summary())
                .isEqualTo("lineages: 3 lineages of 4 codes (1 current, 1 intake ended, "
                        + "1 lapsed, 1 unknown); 0 successor links left out");
    }

    private static Map<String, Lineage> lineages(List<Qualification> qualifications) {
        return byCrebo(Lineages.place(qualifications, List.of()));
    }

    private static Map<String, Lineage> byCrebo(Lineages.Placed placed) {
        return placed.qualifications().stream()
                .collect(Collectors.toMap(
                        Qualification::crebo, Qualification::lineage, (a, b) -> a, java.util.TreeMap::new));
    }

    private static Succession valid() {
        return new Succession(null, null, null, List2022.VALID);
    }

    private static Succession ended(String successor) {
        return new Succession(AUGUST_2015, successor, AUGUST_2022, List2022.INTAKE_ENDED);
    }

    private static Succession in2015() {
        return new Succession(AUGUST_2015, null, null, null);
    }

    static Qualification code(String crebo, String name, Integer level, String file) {
        Provenance compiled = new Provenance("compiled", "x.jsonl", Provenance.Quality.COMPILED);
        return new Qualification(
                crebo,
                name,
                level,
                file == null ? null : new QualificationFile(file, "Dossier"),
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

    private static Qualification withSkills(Qualification q, int count) {
        List<SkillRef> skills = IntStream.range(0, count)
                .mapToObj(i -> new SkillRef(
                        "https://competentnl/" + q.crebo() + "/" + i,
                        "Vaardigheid " + i,
                        "humancapability",
                        "essentieel"))
                .toList();
        return new Qualification(
                q.crebo(),
                q.name(),
                q.level(),
                q.dossier(),
                null,
                null,
                List.of(),
                null,
                List.of(),
                skills,
                List.of(),
                List.of(),
                q.provenance(),
                q.succession(),
                null);
    }

    private static Qualification withWorkProcesses(Qualification q, int count) {
        List<WorkProcess> processes = IntStream.range(0, count)
                .mapToObj(i -> new WorkProcess(
                        q.crebo() + "-B1-K1-W" + (i + 1),
                        "B1-K1-W" + (i + 1),
                        "Werkproces " + i,
                        null,
                        null,
                        null,
                        q.provenance().getFirst()))
                .toList();
        return new Qualification(
                q.crebo(),
                q.name(),
                q.level(),
                q.dossier(),
                null,
                null,
                List.of(),
                null,
                List.of(new CoreTask("B1-K1", "Kerntaak", Part.BASIS, processes, List.of())),
                List.of(),
                List.of(),
                List.of(),
                q.provenance(),
                q.succession(),
                null);
    }
}
