package nl.skillsmap.search.match;

import static nl.skillsmap.search.testing.FixtureCorpus.CATALOGUE_ONLY;
import static nl.skillsmap.search.testing.FixtureCorpus.COOK;
import static nl.skillsmap.search.testing.FixtureCorpus.FIRST_SALES;
import static nl.skillsmap.search.testing.FixtureCorpus.LOGISTICS;
import static nl.skillsmap.search.testing.FixtureCorpus.SALES;
import static nl.skillsmap.search.testing.FixtureCorpus.SHOP_MANAGER;
import static nl.skillsmap.search.testing.FixtureCorpus.SKILLS_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.model.WorkProcess;
import nl.skillsmap.search.ValidationException;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.match.MatchResponse.QualificationMatch;
import nl.skillsmap.search.testing.FixtureCorpus;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FixtureIndex.class)
class MatchServiceTest {

    /** Sandra, 45, shop worker: buying, stock, customers, the till. */
    static final MatchRequest SANDRA =
            MatchRequest.ofActivities("inkoop en voorraadbeleid", "contact met klanten", "kassa en geldafhandeling");

    static final String TILL_SYSTEMS = "https://linkeddata.competentnl.nl/id/knowledge-area/kassasystemen";
    static final String CUSTOMER_FOCUS = "https://linkeddata.competentnl.nl/id/human-capability/klantgericht";

    static SkillsmapIndex index;
    static MatchService service;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
        service = new MatchService(index);
    }

    @Test
    void sandrasWorkRanksTheRetailQualificationsFirstWithTheManagerWhoSetsStockPolicyOnTop() {
        List<String> ranked = crebos(service.match(SANDRA));

        assertThat(ranked.subList(0, 3)).containsExactlyInAnyOrder(SALES, FIRST_SALES, SHOP_MANAGER);
        assertThat(ranked.getFirst()).isEqualTo(SHOP_MANAGER);
    }

    @Test
    void theSharedWorkIsAboutPurchasingStockCustomersAndTheTill() {
        assertThat(titles(qualification(service.match(SANDRA), SHOP_MANAGER).shared()))
                .containsExactly(
                        "Onderhoudt contact met klanten",
                        "Handelt de kassa en de geldafhandeling af",
                        "Stelt het voorraadbeleid en de inkoop op");
    }

    @Test
    void eachSharedWorkProcessSaysWhichInputMatchedItHowAndThroughWhichWords() {
        MatchResponse.SharedPart customers =
                shared(qualification(service.match(SANDRA), SALES), "Onderhoudt contact met klanten");

        assertThat(customers.evidence()).singleElement().satisfies(e -> {
            assertThat(e.input()).isEqualTo("contact met klanten");
            assertThat(e.how()).isEqualTo(How.EXACT);
            assertThat(e.matchedTerms()).containsExactly("contact", "klanten");
            assertThat(e.strength()).isBetween(SameWork.SHARED, 1.0);
            assertThat(e.via()).isNull();
        });
    }

    @Test
    void aWorkProcessSayingOnlyPartOfAPhraseIsLessSurelyTheSameWork() {
        Map<String, Double> certainty = new HashMap<>();
        Catalogue catalogue = catalogue();
        service.candidates("inkoop en voorraadbeleid")
                .forEach(c -> certainty.merge(
                        catalogue.workProcess(c.id()).orElseThrow().title(),
                        SameWork.certainty(c.signals()),
                        Math::max));

        assertThat(certainty.get("Stelt de inkoop van artikelen samen"))
                .isLessThan(certainty.get("Stelt het voorraadbeleid en de inkoop op"));
    }

    @Test
    void coverageCountsMatchedWorkProcessesAgainstAllOfTheQualification() {
        for (QualificationMatch match : service.match(SANDRA).qualifications().stream()
                .filter(m -> m.coverageBasis().equals("workProcesses"))
                .toList()) {
            int missing = match.missing().stream()
                    .mapToInt(g -> g.workProcesses().size())
                    .sum();
            assertThat(match.coverage().matched()).isEqualTo(match.shared().size());
            assertThat(match.coverage().total())
                    .isEqualTo(match.shared().size() + missing)
                    .isEqualTo(workProcessCount(match.crebo()));
            assertThat(match.coverage().fraction())
                    .isEqualTo(Evidence.round((double) match.coverage().matched()
                            / match.coverage().total()));
        }
        assertThat(qualification(service.match(SANDRA), SHOP_MANAGER).coverage())
                .isEqualTo(Coverage.of(3, 7));
    }

    @Test
    void coverageIsAlsoCountedPerCoreTask() {
        QualificationMatch manager = qualification(service.match(SANDRA), SHOP_MANAGER);

        assertThat(manager.coreTasks())
                .containsExactly(
                        new MatchResponse.CoreTaskCoverage(
                                "B1-K1", "Verkoopt en beheert de winkel", "basis", 2, 4, 0.5),
                        new MatchResponse.CoreTaskCoverage("P3-K1", "Voert profieltaken uit", "profiel", 1, 3, 0.333));
    }

    @Test
    void whatIsStillMissingIsGroupedByCoreTask() {
        QualificationMatch manager = qualification(service.match(SANDRA), SHOP_MANAGER);

        assertThat(manager.missing()).extracting(g -> g.coreTask().code()).containsExactly("B1-K1", "P3-K1");
        assertThat(manager.missing().get(1).workProcesses())
                .extracting(WorkProcessRef::title)
                .containsExactly("Stuurt medewerkers aan", "Maakt een ondernemingsplan");
    }

    @Test
    void certificatesAndCertificateElectivesAreOfferedWithTheGap() {
        MatchResponse sandra = service.match(SANDRA);

        assertThat(qualification(sandra, SHOP_MANAGER).certificates())
                .containsExactly(
                        new MatchResponse.CertificateOption(
                                "Leidinggeven in de retail",
                                "certificate",
                                null,
                                "Je hebt recht op het mbo-certificaat 'Leidinggeven in de retail'",
                                true),
                        new MatchResponse.CertificateOption(
                                "Ondernemerschap",
                                "elective",
                                "K0080",
                                "Keuzedeel K0080 leidt tot een mbo-certificaat",
                                true));
        assertThat(qualification(sandra, SALES).certificates()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("K0022");
            assertThat(c.certificate())
                    .as("not known whether it leads to a certificate")
                    .isNull();
            assertThat(c.evidence()).startsWith("Onbekend");
        });
    }

    @Test
    void aQualificationWithNothingMissingOffersNoCertificates() {
        List<String> all = workProcessIds(SHOP_MANAGER);
        MatchResponse response = service.match(new MatchRequest(null, all, null, null, null, null, null, null));

        QualificationMatch manager = qualification(response, SHOP_MANAGER);
        assertThat(manager.coverage()).isEqualTo(Coverage.of(7, 7));
        assertThat(manager.missing()).isEmpty();
        assertThat(manager.certificates()).isEmpty();
    }

    @Test
    void equalScoreAndCoverageAreOrderedByCreboEveryTime() {
        MatchRequest oneChosen =
                new MatchRequest(null, List.of(SALES + "-B1-K1-W3"), null, null, null, null, null, null);

        List<QualificationMatch> ranked = service.match(oneChosen).qualifications();

        assertThat(ranked).extracting(QualificationMatch::crebo).containsExactly(SALES, FIRST_SALES, SHOP_MANAGER);
        assertThat(ranked.get(0).score()).isEqualTo(ranked.get(1).score());
        assertThat(ranked.get(0).coverage().fraction())
                .isEqualTo(ranked.get(1).coverage().fraction());
        for (int i = 0; i < 3; i++) {
            assertThat(service.match(oneChosen)).isEqualTo(service.match(oneChosen));
        }
    }

    @Test
    void aChosenWorkProcessReachesTheSameWorkInOtherQualificationsAsSimilarWork() {
        String chosen = SALES + "-B1-K1-W3";
        MatchResponse response =
                service.match(new MatchRequest(null, List.of(chosen), null, null, null, null, null, null));

        assertThat(shared(qualification(response, SALES), "Onderhoudt contact met klanten")
                        .evidence())
                .singleElement()
                .extracting(Evidence::how)
                .isEqualTo(How.CHOSEN);
        assertThat(shared(qualification(response, FIRST_SALES), "Onderhoudt contact met klanten")
                        .evidence())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.how()).isEqualTo(How.SIMILAR_WORK_PROCESS);
                    assertThat(e.via()).isEqualTo(new Via(chosen, "Onderhoudt contact met klanten", SALES));
                    assertThat(e.strength()).isEqualTo(1.0);
                });
    }

    @Test
    void aHeldQualificationCountsAllItsWorkElsewhereAndIsNotOfferedBack() {
        MatchResponse response = service.match(new MatchRequest(null, null, null, SALES, null, null, null, null));

        assertThat(crebos(response)).doesNotContain(SALES).contains(FIRST_SALES, SHOP_MANAGER);
        QualificationMatch next = qualification(response, FIRST_SALES);
        assertThat(next.coreTasks().getFirst())
                .extracting(MatchResponse.CoreTaskCoverage::matched, MatchResponse.CoreTaskCoverage::total)
                .containsExactly(4, 4);
        assertThat(next.shared().getFirst().evidence().getFirst()).satisfies(e -> {
            assertThat(e.how()).isEqualTo(How.HELD_QUALIFICATION);
            assertThat(e.input()).isEqualTo(SALES);
            assertThat(e.via().crebo()).isEqualTo(SALES);
        });
        assertThat(response.understood()).singleElement().satisfies(u -> {
            assertThat(u.kind()).isEqualTo(InputKind.QUALIFICATION);
            assertThat(u.workProcesses()).hasSize(workProcessCount(SALES));
        });
    }

    @Test
    void theSameWorkInOtherWordsIsFoundInOtherDossiers() {
        List<String> ranked = crebos(service.match(MatchRequest.ofActivities("voorraad")));

        assertThat(ranked).contains(LOGISTICS, COOK, SALES, FIRST_SALES, SHOP_MANAGER);
    }

    @Test
    void aQualificationKnownOnlyBySkillsCountsItsSkills() {
        MatchResponse response =
                service.match(new MatchRequest(null, null, List.of(TILL_SYSTEMS), null, null, null, null, null));

        QualificationMatch skillsOnly = qualification(response, SKILLS_ONLY);
        assertThat(skillsOnly.coverageBasis()).isEqualTo("skills");
        assertThat(skillsOnly.coverage()).isEqualTo(Coverage.of(1, 2));
        assertThat(skillsOnly.shared()).extracting(MatchResponse.SharedPart::id).containsExactly(TILL_SYSTEMS);
        assertThat(skillsOnly.missing())
                .singleElement()
                .satisfies(g -> assertThat(g.workProcesses())
                        .extracting(WorkProcessRef::id)
                        .containsExactly(CUSTOMER_FOCUS));
    }

    @Test
    void anActivityMatchesTheSkillsOfASkillsOnlyQualificationByTheirLabels() {
        QualificationMatch skillsOnly =
                qualification(service.match(MatchRequest.ofActivities("kassasystemen")), SKILLS_ONLY);

        assertThat(skillsOnly.shared()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Kassasystemen");
            assertThat(s.evidence().getFirst().how()).isEqualTo(How.EXACT);
        });
    }

    @Test
    void aQualificationWhoseProfileSaysThePhraseRanksWithThatEvidenceButCountsNothingForIt() {
        QualificationMatch contactCentre =
                qualification(service.match(MatchRequest.ofActivities("gesprekken voeren")), FixtureCorpus.SKILLS_ONLY);

        assertThat(contactCentre.coverage().matched()).isZero();
        assertThat(contactCentre.shared()).isEmpty();
        assertThat(contactCentre.profileEvidence()).singleElement().satisfies(e -> {
            assertThat(e.input()).isEqualTo("gesprekken voeren");
            assertThat(e.how()).isEqualTo(How.QUALIFICATION_PROFILE);
            assertThat(e.matchedTerms()).containsExactly("gesprekken");
        });
        assertThat(contactCentre.score()).isPositive();
    }

    @Test
    void severalActivitiesAreAlsoMatchedTogetherAgainstWholeQualifications() {
        QualificationMatch contactCentre = qualification(
                service.match(MatchRequest.ofActivities("gesprekken voeren", "klanten te woord staan")),
                FixtureCorpus.SKILLS_ONLY);

        assertThat(contactCentre.profileEvidence())
                .extracting(e -> e.input())
                .contains("gesprekken voeren; klanten te woord staan");
        assertThat(service.match(MatchRequest.ofActivities("gesprekken voeren")).qualifications())
                .flatExtracting(QualificationMatch::profileEvidence)
                .extracting(e -> e.input())
                .containsOnly("gesprekken voeren");
    }

    @Test
    void aPhraseThatReachesNoQualificationAddsNothingNotEvenTwiceTheOtherPhrase() {
        Map<String, Double> alone = scores(service.match(MatchRequest.ofActivities("voorraad beheren")));

        assertThat(scores(service.match(MatchRequest.ofActivities("voorraad beheren", "qwzx vrrkt"))))
                .isEqualTo(alone);
        assertThat(scores(service.match(MatchRequest.ofActivities("voorraad beheren", "en de met"))))
                .isEqualTo(alone);
    }

    private static Map<String, Double> scores(MatchResponse response) {
        Map<String, Double> scores = new java.util.LinkedHashMap<>();
        response.qualifications().forEach(q -> scores.put(q.crebo(), q.score()));
        return scores;
    }

    @Test
    void closenessInMeaningRanksWholeQualificationsAndNamesTheirOwnClosestWords() {
        MatchResponse response = service.match(SANDRA);
        List<Evidence> meaning = new ArrayList<>();
        for (QualificationMatch q : response.qualifications()) {
            String own = ownText(q.crebo());
            for (Evidence e : q.profileEvidence()) {
                if (e.how() == How.SIMILAR_MEANING) {
                    meaning.add(e);
                    assertThat(e.strength()).isBetween(MatchPolicy.MIN_MEANING_SIMILARITY, 1.0);
                    assertThat(e.matchedTerms())
                            .hasSizeLessThanOrEqualTo(MatchPolicy.MEANING_WORDS_SHOWN)
                            .allSatisfy(word -> assertThat(own).contains(word));
                }
            }
        }
        assertThat(meaning).isNotEmpty();
        assertThat(meaning).extracting(Evidence::input).containsAnyElementsOf(SANDRA.activities());
        assertThat(meaning)
                .as("some meaning evidence names the qualification's closest words")
                .anySatisfy(e -> assertThat(e.matchedTerms()).isNotEmpty());
    }

    @Test
    void wordsTheSemanticSpaceDoesNotKnowGiveNoMeaningEvidence() {
        MatchResponse response = service.match(MatchRequest.ofActivities("kassa en geldafhandeling", "qwzx vrrkt"));
        List<String> inputs = response.qualifications().stream()
                .flatMap(q -> q.profileEvidence().stream())
                .filter(e -> e.how() == How.SIMILAR_MEANING)
                .map(Evidence::input)
                .toList();
        assertThat(inputs).contains("kassa en geldafhandeling").doesNotContain("qwzx vrrkt");
    }

    @Test
    void aCatalogueEntryIsNeverRankedAsCovered() {
        MatchRequest request =
                new MatchRequest(List.of("bakker", "brood bakken"), null, null, null, null, null, null, null);

        assertThat(crebos(service.match(request))).doesNotContain(CATALOGUE_ONLY);
    }

    @Test
    void levelAndDomainFiltersKeepOnlyWhatWasAskedFor() {
        MatchRequest levelTwo = new MatchRequest(List.of("voorraad"), null, null, null, null, List.of(2), null, null);
        MatchRequest logistics = new MatchRequest(
                List.of("voorraad"),
                null,
                null,
                null,
                null,
                null,
                List.of("transport, scheepvaart en logistiek"),
                null);

        assertThat(service.match(levelTwo).qualifications())
                .extracting(QualificationMatch::level)
                .isNotEmpty()
                .containsOnly(2);
        assertThat(crebos(service.match(logistics))).containsExactly(LOGISTICS);
    }

    @Test
    void theLimitCutsBothLists() {
        MatchRequest one = new MatchRequest(SANDRA.activities(), null, null, null, null, null, null, 1);

        MatchResponse response = service.match(one);

        assertThat(response.qualifications())
                .extracting(QualificationMatch::crebo)
                .containsExactly(SHOP_MANAGER);
        assertThat(response.occupations()).hasSizeLessThanOrEqualTo(1);
        // Three occupations share these skills (see the ranking test); a limit of 1 keeps the first.
        MatchResponse skills = service.match(
                new MatchRequest(List.of("kassa bedienen", "voorraad beheren"), null, null, null, null, null, null, 1));
        assertThat(skills.occupations())
                .extracting(MatchResponse.OccupationMatch::uri)
                .containsExactly(FixtureCorpus.SHOP_ASSISTANT);
    }

    @Test
    void understoodSaysWhatEachPhraseResolvedToSoItCanBeCorrected() {
        List<MatchResponse.Understood> understood = service.match(SANDRA).understood();

        assertThat(understood)
                .extracting(MatchResponse.Understood::input)
                .containsExactlyElementsOf(SANDRA.activities());
        assertThat(understood).extracting(MatchResponse.Understood::kind).containsOnly(InputKind.ACTIVITY);
        assertThat(understood.get(1).workProcesses())
                .extracting(MatchResponse.UnderstoodWorkProcess::title)
                .containsOnly("Onderhoudt contact met klanten")
                .hasSize(3);
        assertThat(understood.get(2).workProcesses())
                .extracting(MatchResponse.UnderstoodWorkProcess::crebo)
                .containsExactlyInAnyOrder(SALES, FIRST_SALES, SHOP_MANAGER);
    }

    @Test
    void aSkillIsResolvedOnlyWhenThePhraseNamesIt() {
        List<MatchResponse.Understood> understood = service.match(
                        MatchRequest.ofActivities("klanten adviseren", "klanten", "kassa en geldafhandeling"))
                .understood();

        assertThat(understood.get(0).skills())
                .extracting(MatchResponse.UnderstoodSkill::uri)
                .containsExactly(FixtureCorpus.SKILL_CUSTOMERS);
        assertThat(understood.get(0).skills().getFirst().how()).isEqualTo(How.EXACT);
        assertThat(understood.get(1).skills())
                .as("'klanten' alone leaves what is done for them unsaid: a word many skills share is no evidence")
                .isEmpty();
        assertThat(understood.get(2).skills())
                .as("'kassa bedienen' says only the lesser half of the phrase")
                .isEmpty();
    }

    @Test
    void occupationsRankByTheEssentialSkillsThePersonHas() {
        MatchResponse response = service.match(MatchRequest.ofActivities("kassa bedienen", "voorraad beheren"));

        MatchResponse.OccupationMatch first = response.occupations().getFirst();
        assertThat(first.uri()).isEqualTo(FixtureCorpus.SHOP_ASSISTANT);
        assertThat(first.id()).isEqualTo("shop-assistant");
        assertThat(first.sharedSkills())
                .extracting(MatchResponse.SharedSkill::uri)
                .containsExactly(FixtureCorpus.SKILL_STOCK, FixtureCorpus.SKILL_TILL);
        assertThat(first.missingSkills())
                .containsExactly(new MatchResponse.SkillLabel(FixtureCorpus.SKILL_CUSTOMERS, "klanten adviseren"));
        assertThat(first.coverage()).isEqualTo(Coverage.of(2, 3));
        assertThat(response.occupations())
                .extracting(MatchResponse.OccupationMatch::uri)
                .containsExactly(
                        FixtureCorpus.SHOP_ASSISTANT, FixtureCorpus.WAREHOUSE_WORKER, FixtureCorpus.COOK_OCCUPATION);
    }

    @Test
    void anOccupationCountsItsEssentialSkillsAsHeldAndItsWorkIsFoundInQualifications() {
        MatchResponse response =
                service.match(new MatchRequest(null, null, null, null, "shop-assistant", null, null, null));

        assertThat(response.occupations())
                .extracting(MatchResponse.OccupationMatch::uri)
                .doesNotContain(FixtureCorpus.SHOP_ASSISTANT)
                .contains(FixtureCorpus.WAREHOUSE_WORKER, FixtureCorpus.COOK_OCCUPATION);
        assertThat(crebos(response)).contains(SALES, FIRST_SALES, SHOP_MANAGER);
        assertThat(response.understood()).singleElement().satisfies(u -> {
            assertThat(u.kind()).isEqualTo(InputKind.OCCUPATION);
            assertThat(u.skills())
                    .extracting(MatchResponse.UnderstoodSkill::label)
                    .containsExactly("voorraad beheren", "klanten adviseren", "kassa bedienen");
        });
    }

    @Test
    void concurrentRequestsGetTheSameAnswerAsOneAtATime() throws Exception {
        MatchResponse alone = service.match(SANDRA);
        MatchRequest held = new MatchRequest(null, null, null, SALES, null, null, null, null);
        MatchResponse heldAlone = service.match(held);

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> service.match(SANDRA).equals(alone)));
                answers.add(pool.submit(() -> service.match(held).equals(heldAlone)));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        }
    }

    @Test
    void somethingGivenTwiceCountsOnce() {
        String chosen = SALES + "-B1-K1-W3";
        MatchResponse once =
                service.match(new MatchRequest(List.of("kassa"), List.of(chosen), null, null, null, null, null, null));
        MatchResponse twice = service.match(new MatchRequest(
                List.of("kassa", "Kassa"), List.of(chosen, chosen), null, null, null, null, null, null));

        assertThat(twice.qualifications()).isEqualTo(once.qualifications());
        assertThatThrownBy(() -> service.match(
                        new MatchRequest(null, List.of(chosen, chosen, "nope"), null, null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("workProcesses[2]"));
    }

    @Test
    void anUnknownIdIsReportedAgainstItsField() {
        assertThatThrownBy(() -> service.match(new MatchRequest(
                        null, List.of(SALES + "-B1-K1-W3", "25153-X"), null, null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("workProcesses[1]"));
        assertThatThrownBy(() -> service.match(new MatchRequest(null, null, null, "99999", null, null, null, null)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("qualification"));
        assertThatThrownBy(() -> service.match(new MatchRequest(null, null, null, null, "nobody", null, null, null)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("occupation"));
    }

    static List<String> crebos(MatchResponse response) {
        return response.qualifications().stream().map(QualificationMatch::crebo).toList();
    }

    /** A qualification's name, core tasks, work processes and skills, lower case. */
    private static String ownText(String crebo) {
        Qualification q = catalogue().qualification(crebo).orElseThrow();
        return Stream.of(
                        Stream.of(q.name()),
                        q.coreTasks().stream().map(CoreTask::title),
                        q.workProcesses().map(WorkProcess::title),
                        q.skills().stream().map(SkillRef::label))
                .flatMap(x -> x)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
    }

    /** The catalogue of the snapshot being served (the fixture index is never rebuilt under these tests). */
    private static Catalogue catalogue() {
        IndexSnapshot snapshot = index.acquire();
        try {
            return snapshot.catalogue();
        } finally {
            index.release(snapshot);
        }
    }

    static QualificationMatch qualification(MatchResponse response, String crebo) {
        return response.qualifications().stream()
                .filter(q -> q.crebo().equals(crebo))
                .findFirst()
                .orElseThrow(() -> new AssertionError(crebo + " not among " + crebos(response)));
    }

    static MatchResponse.SharedPart shared(QualificationMatch match, String title) {
        return match.shared().stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("'" + title + "' not shared in " + match.crebo()));
    }

    static List<String> titles(List<MatchResponse.SharedPart> shared) {
        return shared.stream().map(MatchResponse.SharedPart::title).toList();
    }

    static Qualification fixture(String crebo) {
        return FixtureCorpus.corpus().qualifications().stream()
                .filter(q -> q.crebo().equals(crebo))
                .findFirst()
                .orElseThrow();
    }

    static int workProcessCount(String crebo) {
        return fixture(crebo).coreTasks().stream()
                .mapToInt(ct -> ct.workProcesses().size())
                .sum();
    }

    static List<String> workProcessIds(String crebo) {
        return fixture(crebo).coreTasks().stream()
                .map(CoreTask::workProcesses)
                .flatMap(List::stream)
                .map(WorkProcess::id)
                .toList();
    }
}
