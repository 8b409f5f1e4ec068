package nl.skillsmap.search.detail;

import static nl.skillsmap.search.testing.FixtureCorpus.FIRST_SALES;
import static nl.skillsmap.search.testing.FixtureCorpus.SALES;
import static nl.skillsmap.search.testing.FixtureCorpus.SHOP_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.skillsmap.search.NotFoundException;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.related.RelatedOccupation;
import nl.skillsmap.search.testing.FixtureCorpus;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FixtureIndex.class)
class DetailServiceTest {

    static SkillsmapIndex index;
    static DetailService details;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
        details = new DetailService(index);
    }

    @Test
    void aQualificationShowsItsCoreTasksWorkProcessesAndTheSameWorkElsewhere() {
        QualificationDetail sales = details.qualification(SALES);

        assertThat(sales.name()).isEqualTo("Verkoper");
        assertThat(sales.dossier().name()).isEqualTo("Verkoop en retail");
        assertThat(sales.coverageBasis()).isEqualTo("workProcesses");
        assertThat(sales.coreTasks())
                .extracting(QualificationDetail.CoreTaskDetail::part)
                .containsExactly("basis", "profiel");
        QualificationDetail.WorkProcessDetail customers =
                sales.coreTasks().getFirst().workProcesses().get(2);
        assertThat(customers.title()).isEqualTo("Onderhoudt contact met klanten");
        assertThat(customers.similar()).extracting(s -> s.crebo()).containsExactlyInAnyOrder(FIRST_SALES, SHOP_MANAGER);
        assertThat(customers.similar())
                .allSatisfy(s -> assertThat(s.similarity()).isEqualTo(1.0));
    }

    @Test
    void aQualificationListsItsElectivesCertificatesAndSources() {
        QualificationDetail manager = details.qualification(SHOP_MANAGER);

        assertThat(manager.electives())
                .containsExactly(new QualificationDetail.ElectiveDetail("K0080", "Ondernemerschap", true));
        assertThat(manager.certificates())
                .extracting(QualificationDetail.CertificateDetail::title)
                .containsExactly("Leidinggeven in de retail");
        assertThat(manager.sources())
                .extracting(QualificationDetail.SourceDetail::quality)
                .containsExactly("official");
    }

    @Test
    void anUnknownQualificationIsNotFound() {
        assertThatThrownBy(() -> details.qualification("99999"))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("qualification"));
    }

    @Test
    void anOccupationIsFoundByItsIdOrFullUriWithItsSkillsByLabel() {
        OccupationDetail byId = details.occupation("shop-assistant");

        assertThat(details.occupation(FixtureCorpus.SHOP_ASSISTANT)).isEqualTo(byId);
        assertThat(byId.label()).isEqualTo("winkelmedewerker");
        assertThat(byId.essentialSkills())
                .extracting(OccupationDetail.SkillLabel::label)
                .containsExactly("voorraad beheren", "klanten adviseren", "kassa bedienen");
        assertThat(byId.optionalSkills())
                .extracting(OccupationDetail.SkillLabel::label)
                .containsExactly("orders verzamelen");
    }

    @Test
    void anOccupationListsTheQualificationsThatShareItsWork() {
        OccupationDetail shopAssistant = details.occupation("shop-assistant");

        assertThat(shopAssistant.relatedQualifications())
                .extracting(OccupationDetail.RelatedQualification::crebo)
                .contains(SALES, FIRST_SALES, SHOP_MANAGER);
        assertThat(shopAssistant.relatedQualifications())
                .isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void anOccupationListsTheOccupationsThatShareItsSkillsNotItself() {
        OccupationDetail shopAssistant = details.occupation("shop-assistant");

        assertThat(shopAssistant.relatedOccupations())
                .extracting(RelatedOccupation::uri)
                .doesNotContain(FixtureCorpus.SHOP_ASSISTANT)
                .contains(FixtureCorpus.WAREHOUSE_WORKER);
        assertThat(shopAssistant.relatedOccupations())
                .extracting(RelatedOccupation::uri, RelatedOccupation::sharedSkillCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FixtureCorpus.WAREHOUSE_WORKER, 2),
                        org.assertj.core.groups.Tuple.tuple(FixtureCorpus.COOK_OCCUPATION, 1));
        assertThat(shopAssistant.relatedOccupations())
                .isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void anUnknownOccupationIsNotFound() {
        assertThatThrownBy(() -> details.occupation("http://data.europa.eu/esco/occupation/none"))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("occupation"));
    }
}
