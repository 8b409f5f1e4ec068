package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The occupations offered to a person who names their job rank by how much of that job they share, not by whether
 * they need one of its skills: beside the fixture's shop assistant (stock, customers, till) stand a stock checker who
 * needs only the stock skill, so that one skill is all of its work, and a delicatessen seller of the same ISCO group
 * who needs all three and more.
 */
class KinOccupationsTest {

    private static final String STOCK_CHECKER = "http://data.europa.eu/esco/occupation/stock-checker";
    private static final String DELI_SELLER = "http://data.europa.eu/esco/occupation/deli-seller";

    @TempDir
    static Path dir;

    private static MatchResponse heldShopAssistant;
    private static MatchResponse namedShopAssistant;

    @BeforeAll
    static void match() throws IOException {
        Corpus corpus = FixtureCorpus.withOccupations(
                FixtureCorpus.occupation(
                        STOCK_CHECKER,
                        "voorraadcontroleur",
                        "4321",
                        List.of(),
                        List.of(FixtureCorpus.SKILL_STOCK),
                        List.of()),
                FixtureCorpus.occupation(
                        DELI_SELLER,
                        "verkoper delicatessen",
                        "5223",
                        List.of(),
                        List.of(
                                FixtureCorpus.SKILL_STOCK,
                                FixtureCorpus.SKILL_CUSTOMERS,
                                FixtureCorpus.SKILL_TILL,
                                FixtureCorpus.SKILL_HYGIENE),
                        List.of()));
        try (SkillsmapIndex index = SkillsmapIndex.open(FixtureCorpus.buildIndex(dir, corpus))) {
            MatchService service = new MatchService(index);
            heldShopAssistant =
                    service.match(new MatchRequest(null, null, null, null, "shop-assistant", null, null, null));
            namedShopAssistant = service.match(MatchRequest.ofActivities("ik werk als winkelmedewerker"));
        }
    }

    @Test
    void theOccupationSharingMostOfTheJobRanksFirstNotTheOneWhoseOnlySkillItShares() {
        for (MatchResponse response : List.of(heldShopAssistant, namedShopAssistant)) {
            List<String> ranked = response.occupations().stream()
                    .map(MatchResponse.OccupationMatch::uri)
                    .toList();
            assertThat(ranked).doesNotContain(FixtureCorpus.SHOP_ASSISTANT).startsWith(DELI_SELLER);
            // The stock checker still shares work, so it is still offered, below.
            assertThat(ranked).contains(STOCK_CHECKER);
        }
    }

    @Test
    void theKinshipIsEvidenceNamingTheSkillsTheJobsShare() {
        MatchResponse.OccupationMatch deli = heldShopAssistant.occupations().getFirst();

        assertThat(deli.coverage()).isEqualTo(Coverage.of(3, 4));
        assertThat(deli.profileEvidence())
                .filteredOn(e -> e.how() == How.RELATED_OCCUPATION)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.input()).isEqualTo("shop-assistant");
                    assertThat(e.strength()).isEqualTo(1.0);
                    assertThat(e.matchedTerms())
                            .containsExactlyInAnyOrder("voorraad beheren", "klanten adviseren", "kassa bedienen");
                });
        MatchResponse.OccupationMatch checker = heldShopAssistant.occupations().stream()
                .filter(o -> o.uri().equals(STOCK_CHECKER))
                .findFirst()
                .orElseThrow();
        assertThat(checker.score()).isLessThan(deli.score());
    }
}
