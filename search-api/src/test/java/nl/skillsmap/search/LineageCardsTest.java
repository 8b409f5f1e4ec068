package nl.skillsmap.search;

import static nl.skillsmap.search.testing.FixtureCorpus.FIRST_SALES;
import static nl.skillsmap.search.testing.FixtureCorpus.SALES;
import static nl.skillsmap.search.testing.FixtureCorpus.SHOP_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.model.Succession;
import nl.skillsmap.model.Succession.List2022;
import nl.skillsmap.model.WorkProcess;
import nl.skillsmap.search.compare.CompareResponse;
import nl.skillsmap.search.compare.CompareService;
import nl.skillsmap.search.compare.LineageFollow;
import nl.skillsmap.search.detail.DetailService;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.match.MatchRequest;
import nl.skillsmap.search.match.MatchResponse.QualificationMatch;
import nl.skillsmap.search.match.MatchService;
import nl.skillsmap.search.suggest.SuggestService;
import nl.skillsmap.search.suggest.Suggestion;
import nl.skillsmap.search.testing.FixtureCorpus;
import nl.skillsmap.search.text.SearchFilter;
import nl.skillsmap.search.text.SearchHit;
import nl.skillsmap.search.text.SearchRequest;
import nl.skillsmap.search.text.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One card per qualification, on the fixture changed into lineages: Verkoper 25153 (valid in 2015, not listed
 * since) has a twin 25501 on the 2022 list without content of its own; Eerste verkoper 25154's intake ended and
 * Retailspecialist 25800 replaces it with the same work; Manager winkel is valid.
 */
class LineageCardsTest {

    private static final String SALES_NOW = "25501";
    private static final String RETAIL_SPECIALIST = "25800";
    private static final String STOCK = "voorraad controleren en bestelvoorstellen doen";
    /**
     * Kok 25180's successor, known only by a description and a skill that cooking does not name: ranked by its
     * description, it shares no work itself.
     */
    private static final String COOK_NOW = "25181";
    /** Valid in 2015, on no list since, no other code: lapsed, and its own card. */
    private static final String PIANO = "25060";

    @TempDir
    static Path dir;

    private static SkillsmapIndex index;
    private static MatchService match;

    @BeforeAll
    static void buildLineageFixture() throws IOException {
        Corpus fixture = FixtureCorpus.corpus();
        List<Qualification> qualifications = new ArrayList<>();
        for (Qualification q : fixture.qualifications()) {
            qualifications.add(
                    switch (q.crebo()) {
                        case SALES -> q.withSuccession(new Succession(LocalDate.of(2015, 8, 1), null, null, null));
                        case FIRST_SALES ->
                            q.withSuccession(new Succession(
                                    LocalDate.of(2015, 8, 1),
                                    RETAIL_SPECIALIST,
                                    LocalDate.of(2022, 8, 1),
                                    List2022.INTAKE_ENDED));
                        case SHOP_MANAGER -> q.withSuccession(listedValid());
                        case FixtureCorpus.COOK ->
                            q.withSuccession(new Succession(
                                    LocalDate.of(2015, 8, 1),
                                    COOK_NOW,
                                    LocalDate.of(2022, 8, 1),
                                    List2022.INTAKE_ENDED));
                        default -> q;
                    });
            if (q.crebo().equals(SALES)) {
                qualifications.add(new Qualification(
                        SALES_NOW,
                        q.name(),
                        q.level(),
                        q.dossier(),
                        q.domain(),
                        null,
                        List.of(),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        q.provenance(),
                        listedValid(),
                        null));
            }
            if (q.crebo().equals(FIRST_SALES)) {
                qualifications.add(sameWorkAs(q, RETAIL_SPECIALIST, "Retailspecialist"));
            }
            if (q.crebo().equals(FixtureCorpus.COOK)) {
                qualifications.add(new Qualification(
                        COOK_NOW,
                        "Zelfstandig werkend kok",
                        q.level(),
                        q.dossier(),
                        q.domain(),
                        null,
                        List.of(),
                        "Een zelfstandig werkend kok bereidt maaltijden volgens recept.",
                        List.of(),
                        List.of(new SkillRef(FixtureCorpus.SKILL_ORDERS, null, "essential", null)),
                        List.of(),
                        List.of(),
                        q.provenance(),
                        listedValid(),
                        null));
            }
        }
        Qualification cook = fixture.qualifications().stream()
                .filter(q -> q.crebo().equals(FixtureCorpus.COOK))
                .findFirst()
                .orElseThrow();
        qualifications.add(new Qualification(
                PIANO,
                "Pianotechnicus",
                3,
                null,
                null,
                null,
                List.of(),
                null,
                cook.coreTasks().stream()
                        .map(ct -> new CoreTask(
                                ct.code(),
                                ct.title(),
                                ct.part(),
                                ct.workProcesses().stream()
                                        .map(wp -> new WorkProcess(
                                                PIANO + wp.id().substring(5),
                                                wp.code(),
                                                wp.title(),
                                                null,
                                                null,
                                                null,
                                                wp.provenance()))
                                        .toList(),
                                ct.knowledge()))
                        .toList(),
                List.of(),
                List.of(),
                List.of(),
                cook.provenance(),
                new Succession(LocalDate.of(2015, 8, 1), null, null, null),
                null));
        IndexLocation location = FixtureCorpus.buildIndex(
                dir,
                new Corpus(qualifications, fixture.electives(), fixture.skills(), fixture.occupations(), List.of()));
        index = SkillsmapIndex.open(location);
        match = new MatchService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void aMatchShowsEachQualificationOnceByItsCurrentCode() {
        List<QualificationMatch> cards =
                match.match(MatchRequest.ofActivities(STOCK)).qualifications();

        assertThat(cards)
                .extracting(QualificationMatch::crebo)
                .contains(SALES_NOW, RETAIL_SPECIALIST, SHOP_MANAGER)
                .doesNotContain(SALES, FIRST_SALES)
                .doesNotHaveDuplicates();
        QualificationMatch specialist = card(cards, RETAIL_SPECIALIST);
        assertThat(specialist.lineage().formerCodes())
                .extracting(LineageSummary.Code::crebo)
                .containsExactly(FIRST_SALES);
        assertThat(specialist.lineage().contentFrom()).isNull();
    }

    @Test
    void aCurrentCodeWithoutContentShowsItsLineagesContentAndSaysWhose() {
        QualificationMatch sales =
                card(match.match(MatchRequest.ofActivities(STOCK)).qualifications(), SALES_NOW);

        assertThat(sales.lineage().status()).isEqualTo("current");
        assertThat(sales.lineage().contentFrom().crebo()).isEqualTo(SALES);
        assertThat(sales.shared())
                .extracting(s -> s.id())
                .allMatch(id -> id.startsWith(SALES + "-"))
                .isNotEmpty();
        assertThat(sales.coverage().total()).isEqualTo(6);
    }

    @Test
    void aCurrentCodeThatSharesNoWorkShowsTheWorkItsFormerCodeShares() {
        String cooking = "maaltijden bereiden volgens recept";
        List<QualificationMatch> codes =
                match.match(request(cooking, LineageSelection.ALL, null)).qualifications();
        assertThat(card(codes, COOK_NOW).shared()).isEmpty();
        assertThat(card(codes, FixtureCorpus.COOK).shared()).isNotEmpty();

        QualificationMatch cook =
                card(match.match(MatchRequest.ofActivities(cooking)).qualifications(), COOK_NOW);

        assertThat(cook.lineage().contentFrom().crebo()).isEqualTo(FixtureCorpus.COOK);
        assertThat(cook.shared()).extracting(s -> s.title()).contains("Bereidt maaltijden volgens recept");
    }

    @Test
    void everyCodeCanBeAskedForEachWithItsOwnStatus() {
        List<QualificationMatch> codes =
                match.match(request(STOCK, LineageSelection.ALL, null)).qualifications();

        // The current Verkoper has no content of its own, so only its older code can be ranked.
        assertThat(codes)
                .extracting(QualificationMatch::crebo)
                .contains(SALES, FIRST_SALES, RETAIL_SPECIALIST, SHOP_MANAGER)
                .doesNotContain(SALES_NOW);
        QualificationMatch replaced = card(codes, FIRST_SALES);
        assertThat(card(codes, SALES).lineage().status()).isEqualTo("lapsed");
        assertThat(card(codes, SALES).lineage().contentFrom()).isNull();
        assertThat(replaced.lineage().status()).isEqualTo("intakeEnded");
        assertThat(replaced.lineage().intakeUntil()).isEqualTo("2022-08-01");
        assertThat(replaced.lineage().successor().crebo()).isEqualTo(RETAIL_SPECIALIST);
    }

    @Test
    void theCurrentFilterKeepsOnlyCurrentQualifications() {
        List<QualificationMatch> all =
                match.match(request(STOCK + "; orders verzamelen", null, null)).qualifications();
        List<QualificationMatch> current =
                match.match(request(STOCK + "; orders verzamelen", null, true)).qualifications();

        assertThat(all).extracting(q -> q.lineage().status()).contains("unknown");
        assertThat(current).isNotEmpty().extracting(q -> q.lineage().status()).containsOnly("current");
    }

    @Test
    void holdingACodeWithoutContentHoldsItsLineagesWorkAndOffersNoneOfItsCodes() {
        List<QualificationMatch> cards = match.match(
                        new MatchRequest(null, null, null, SALES_NOW, null, null, null, null))
                .qualifications();

        assertThat(cards).isNotEmpty().extracting(QualificationMatch::crebo).doesNotContain(SALES, SALES_NOW);
        assertThat(cards).anySatisfy(card -> assertThat(card.shared()).isNotEmpty());
    }

    @Test
    void searchShowsOneHitPerQualificationAndTheCurrentCodeIsFoundByAFormerName() {
        SearchService search = new SearchService(index);
        SearchFilter qualifications = new SearchFilter(Set.of(DocType.QUALIFICATION), Set.of(), Set.of());

        List<SearchHit> hits = search.search(new SearchRequest("verkoper", qualifications, 20, 0))
                .hits();
        List<SearchHit> every = search.search(new SearchRequest(
                        "verkoper",
                        new SearchFilter(
                                Set.of(DocType.QUALIFICATION), Set.of(), Set.of(), new LineageSelection(true, false)),
                        20,
                        0))
                .hits();

        assertThat(hits).extracting(SearchHit::id).containsExactlyInAnyOrder(SALES_NOW, RETAIL_SPECIALIST);
        assertThat(every).extracting(SearchHit::id).contains(SALES, FIRST_SALES, SALES_NOW);
        SearchHit specialist = hits.stream()
                .filter(h -> h.id().equals(RETAIL_SPECIALIST))
                .findFirst()
                .orElseThrow();
        assertThat(specialist.lineage().formerCodes())
                .extracting(LineageSummary.Code::name)
                .containsExactly("Eerste verkoper");
    }

    @Test
    void searchAskedForCurrentQualificationsLeavesOutOthersButNotOtherKindsOfHits() {
        SearchService search = new SearchService(index);
        SearchFilter currentOnly = new SearchFilter(Set.of(), Set.of(), Set.of(), new LineageSelection(false, true));

        List<SearchHit> all = search.search(new SearchRequest("goederen", SearchFilter.NONE, 20, 0))
                .hits();
        List<SearchHit> current =
                search.search(new SearchRequest("goederen", currentOnly, 20, 0)).hits();

        // Logistiek medewerker is on no list of the fixture: its status is unknown.
        assertThat(all).extracting(SearchHit::id).contains(FixtureCorpus.LOGISTICS);
        assertThat(current).extracting(SearchHit::id).doesNotContain(FixtureCorpus.LOGISTICS);
        assertThat(current).extracting(SearchHit::type).contains(DocType.WORK_PROCESS.key());
    }

    @Test
    void theDiplomaPickerOffersOneEntryPerQualificationNamingTheFormerNameItWasFoundBy() {
        SuggestService suggest = new SuggestService(index);

        assertThat(suggest.suggest("verkoper", 8, Set.of(DocType.QUALIFICATION)).suggestions())
                .extracting(Suggestion::id, Suggestion::text)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(SALES_NOW, "Verkoper"),
                        org.assertj.core.groups.Tuple.tuple(
                                RETAIL_SPECIALIST, "Retailspecialist (voorheen Eerste verkoper)"));
    }

    @Test
    void aLapsedQualificationWithoutSuccessorIsMarkedInThePickerAndOnItsCard() {
        assertThat(new SuggestService(index)
                        .suggest("piano", 8, Set.of(DocType.QUALIFICATION))
                        .suggestions())
                .extracting(Suggestion::text)
                .containsExactly("Pianotechnicus (vervallen)");
        QualificationMatch card = card(
                match.match(MatchRequest.ofActivities("maaltijden bereiden volgens recept"))
                        .qualifications(),
                PIANO);
        assertThat(card.lineage().status()).isEqualTo("lapsed");
        assertThat(card.lineage().successor()).isNull();
        assertThat(card.lineage().current()).isNull();
    }

    @Test
    void comparingWithACodeNoLongerOfferedComparesWithItsSuccessorAndSaysSo() {
        CompareResponse compared = new CompareService(index).compare(SALES, FIRST_SALES);

        assertThat(compared.to().crebo()).isEqualTo(RETAIL_SPECIALIST);
        assertThat(compared.followed())
                .containsExactly(new LineageFollow.Followed(FIRST_SALES, RETAIL_SPECIALIST, LineageFollow.CURRENT));
        assertThat(compared.coverage().matched()).isPositive();

        CompareResponse fromCatalogueEntry = new CompareService(index).compare(SALES_NOW, SHOP_MANAGER);
        assertThat(fromCatalogueEntry.from().crebo()).isEqualTo(SALES);
        assertThat(fromCatalogueEntry.followed())
                .containsExactly(new LineageFollow.Followed(SALES_NOW, SALES, LineageFollow.CONTENT));
    }

    @Test
    void theDetailOfAReplacedCodeNamesItsStatusSuccessorAndCurrentCode() {
        LineageSummary replaced =
                new DetailService(index).qualification(FIRST_SALES).lineage();
        LineageSummary successor =
                new DetailService(index).qualification(RETAIL_SPECIALIST).lineage();

        assertThat(replaced.status()).isEqualTo("intakeEnded");
        assertThat(replaced.successor().crebo()).isEqualTo(RETAIL_SPECIALIST);
        assertThat(replaced.current().crebo()).isEqualTo(RETAIL_SPECIALIST);
        assertThat(successor.status()).isEqualTo("current");
        assertThat(successor.current()).isNull();
        assertThat(successor.formerCodes())
                .extracting(LineageSummary.Code::crebo)
                .containsExactly(FIRST_SALES);
    }

    private static MatchRequest request(String activities, String lineage, Boolean current) {
        return new MatchRequest(
                List.of(activities.split("; ")), null, null, null, null, null, null, null, lineage, current);
    }

    private static QualificationMatch card(List<QualificationMatch> cards, String crebo) {
        return cards.stream()
                .filter(q -> q.crebo().equals(crebo))
                .findFirst()
                .orElseThrow(() -> new AssertionError(crebo + " not among "
                        + cards.stream().map(QualificationMatch::crebo).toList()));
    }

    private static Succession listedValid() {
        return new Succession(null, null, null, List2022.VALID);
    }

    /** A code with the same work as {@code q} under its own ids, on the 2022 list. */
    private static Qualification sameWorkAs(Qualification q, String crebo, String name) {
        List<CoreTask> coreTasks = q.coreTasks().stream()
                .map(ct -> new CoreTask(
                        ct.code(),
                        ct.title(),
                        ct.part(),
                        ct.workProcesses().stream()
                                .map(wp -> new WorkProcess(
                                        crebo + wp.id().substring(q.crebo().length()),
                                        wp.code(),
                                        wp.title(),
                                        wp.description(),
                                        wp.result(),
                                        wp.behaviour(),
                                        wp.provenance()))
                                .toList(),
                        ct.knowledge()))
                .toList();
        return new Qualification(
                crebo,
                name,
                q.level(),
                q.dossier(),
                q.domain(),
                q.sectorChamber(),
                q.learningPaths(),
                q.description(),
                coreTasks,
                q.skills(),
                q.electives(),
                q.certificates(),
                q.provenance(),
                listedValid(),
                null);
    }
}
