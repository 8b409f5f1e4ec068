package nl.skillsmap.search.compare;

import static nl.skillsmap.search.testing.FixtureCorpus.COOK;
import static nl.skillsmap.search.testing.FixtureCorpus.FIRST_SALES;
import static nl.skillsmap.search.testing.FixtureCorpus.LOGISTICS;
import static nl.skillsmap.search.testing.FixtureCorpus.SALES;
import static nl.skillsmap.search.testing.FixtureCorpus.SHOP_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.skillsmap.search.NotFoundException;
import nl.skillsmap.search.ValidationException;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.match.How;
import nl.skillsmap.search.match.WorkProcessRef;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Comparing two qualifications, the parts several share, and the work that recurs everywhere. */
@ExtendWith(FixtureIndex.class)
class QualificationRelationsTest {

    static final List<String> BASIS_PART = List.of(
            "Ontvangt en controleert goederen",
            "Controleert de voorraad en doet bestelvoorstellen",
            "Onderhoudt contact met klanten",
            "Handelt de kassa en de geldafhandeling af");

    static SkillsmapIndex index;
    static CompareService compare;
    static CommonService common;
    static BroadElementsService broad;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
        compare = new CompareService(index);
        common = new CommonService(index);
        broad = new BroadElementsService(index);
    }

    @Test
    void theBasisPartOfOneDossierCarriesOverInFullToAnotherQualificationOfIt() {
        CompareResponse response = compare.compare(SALES, FIRST_SALES);

        CompareResponse.CoreTaskComparison basis = response.coreTasks().getFirst();
        assertThat(basis.part()).isEqualTo("basis");
        assertThat(basis.matched()).isEqualTo(basis.total()).isEqualTo(4);
        assertThat(basis.remaining()).isEmpty();
        assertThat(basis.carriedOver())
                .extracting(CompareResponse.CarriedOver::title)
                .containsExactlyElementsOf(BASIS_PART);
        assertThat(basis.carriedOver().getFirst().evidence().getFirst()).satisfies(e -> {
            assertThat(e.how()).isEqualTo(How.HELD_QUALIFICATION);
            assertThat(e.strength()).isEqualTo(1.0);
            assertThat(e.via().id()).isEqualTo(SALES + "-B1-K1-W1");
        });
    }

    @Test
    void theProfilePartOfTheOtherQualificationRemains() {
        CompareResponse response = compare.compare(SALES, FIRST_SALES);

        CompareResponse.CoreTaskComparison profile = response.coreTasks().get(1);
        assertThat(profile.part()).isEqualTo("profiel");
        assertThat(profile.carriedOver()).isEmpty();
        assertThat(profile.remaining())
                .extracting(WorkProcessRef::title)
                .containsExactly("Stelt de inkoop van artikelen samen", "Begeleidt nieuwe collega's");
        assertThat(response.coverage().matched()).isEqualTo(4);
        assertThat(response.coverage().total()).isEqualTo(6);
    }

    @Test
    void similarWorkInAnotherDossierCarriesOverWithItsSimilarityAsStrength() {
        CompareResponse response = compare.compare(LOGISTICS, SALES);

        CompareResponse.CoreTaskComparison basis = response.coreTasks().getFirst();
        assertThat(basis.carriedOver()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Ontvangt en controleert goederen");
            assertThat(c.evidence()).singleElement().satisfies(e -> {
                assertThat(e.via().title()).isEqualTo("Ontvangt goederen en controleert de pakbon");
                assertThat(e.strength()).isBetween(0.45, 0.99);
            });
        });
        assertThat(response.coverage().matched()).isEqualTo(1);
    }

    @Test
    void comparingWithAnUnknownQualificationIsNotFoundAndWithoutOneIsInvalid() {
        assertThatThrownBy(() -> compare.compare(SALES, "99999"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("99999");
        assertThatThrownBy(() -> compare.compare(" ", SALES))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> compare.compare(SALES + "\" OR *:*", SALES)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theThreeQualificationsOfOneDossierHaveItsBasisPartInCommon() {
        CommonResponse response = common.common(List.of(SALES, FIRST_SALES, SHOP_MANAGER));

        List<CommonResponse.CommonPart> sharedByAll =
                response.common().stream().filter(p -> p.sharedBy().size() == 3).toList();
        assertThat(sharedByAll).extracting(CommonResponse.CommonPart::title).containsExactlyElementsOf(BASIS_PART);
        assertThat(response.common().subList(0, 4)).isEqualTo(sharedByAll);
        assertThat(sharedByAll.getFirst().sharedBy()).containsExactly(SALES, FIRST_SALES, SHOP_MANAGER);
        assertThat(sharedByAll.getFirst().coreTask().code()).isEqualTo("B1-K1");
        assertThat(sharedByAll.getFirst().workProcesses())
                .extracting(CommonResponse.CommonWorkProcess::id)
                .containsExactly(SALES + "-B1-K1-W1", FIRST_SALES + "-B1-K1-W1", SHOP_MANAGER + "-B1-K1-W1");
    }

    @Test
    void workThatIsOnlySimilarIsNotCountedAsACommonPart() {
        CommonResponse response = common.common(List.of(LOGISTICS, COOK));

        assertThat(response.qualifications()).extracting(q -> q.crebo()).containsExactly(LOGISTICS, COOK);
        assertThat(response.common())
                .as("'Beheert de voorraad' in the warehouse and in the kitchen are similar," + " not the same part")
                .isEmpty();
    }

    @Test
    void commonNeedsTwoToTenDifferentQualifications() {
        assertThatThrownBy(() -> common.common(List.of(SALES, SALES)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("crebo"));
        assertThatThrownBy(() -> common.common(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> common.common(List.of(SALES, "nope"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void broadElementsAreWorkThatRecursInSeveralQualificationsWidestFirst() {
        List<BroadElementsResponse.BroadElement> elements =
                broad.broadElements(null, null).elements();

        assertThat(elements).isNotEmpty().allSatisfy(e -> {
            assertThat(e.qualificationCount()).isGreaterThanOrEqualTo(2);
            assertThat(e.domainCount()).isEqualTo(e.domains().size());
        });
        assertThat(elements)
                .isSortedAccordingTo((a, b) -> a.domainCount() != b.domainCount()
                        ? Integer.compare(b.domainCount(), a.domainCount())
                        : Integer.compare(b.qualificationCount(), a.qualificationCount()));
        assertThat(elements)
                .extracting(BroadElementsResponse.BroadElement::title)
                .containsAll(BASIS_PART);
        assertThat(elements)
                .filteredOn(e -> e.title().equals("Onderhoudt contact met klanten"))
                .singleElement()
                .satisfies(e -> assertThat(e.workProcesses())
                        .extracting(BroadElementsResponse.ElementWorkProcess::crebo)
                        .containsExactly(SALES, FIRST_SALES, SHOP_MANAGER));
    }

    @Test
    void broadElementsCanBeLimitedToOneDomainAndInNumber() {
        assertThat(broad.broadElements("transport, scheepvaart en logistiek", null)
                        .elements())
                .allSatisfy(e -> assertThat(e.workProcesses())
                        .extracting(BroadElementsResponse.ElementWorkProcess::crebo)
                        .contains(LOGISTICS));
        assertThat(broad.broadElements("Handel en ondernemerschap", 2).elements())
                .hasSize(2);
        assertThat(broad.broadElements("Onbekend domein", null).elements()).isEmpty();
        assertThatThrownBy(() -> broad.broadElements(null, 0))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }
}
