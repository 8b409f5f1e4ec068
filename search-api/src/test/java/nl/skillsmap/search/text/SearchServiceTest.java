package nl.skillsmap.search.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.skillsmap.index.DocType;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureCorpus;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(FixtureIndex.class)
class SearchServiceTest {

    private static SkillsmapIndex index;
    private static SearchService search;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
        search = new SearchService(index);
    }

    @Test
    void findsTheRetailWorkProcessesForVoorraadWithTheWordMarked() {
        SearchResult result = search.search(SearchRequest.of("voorraad"));

        List<SearchHit> retail = result.hits().stream()
                .filter(h -> h.title().equals("Controleert de voorraad en doet bestelvoorstellen"))
                .toList();
        assertThat(retail)
                .extracting(SearchHit::id)
                .containsExactly(
                        FixtureCorpus.SALES + "-B1-K1-W2",
                        FixtureCorpus.FIRST_SALES + "-B1-K1-W2",
                        FixtureCorpus.SHOP_MANAGER + "-B1-K1-W2");
        SearchHit first = retail.getFirst();
        assertThat(first.type()).isEqualTo("workProcess");
        assertThat(MarkedText.of(first.snippet())).isEqualTo("Controleert de [voorraad] en doet bestelvoorstellen");
        assertThat(first.qualification()).isEqualTo(new SearchHit.QualificationRef(FixtureCorpus.SALES, "Verkoper", 2));
        assertThat(first.coreTask()).isEqualTo(new SearchHit.CoreTaskRef("B1-K1", "Verkoopt en beheert de winkel"));
        assertThat(first.level()).isEqualTo(2);
        assertThat(first.domain()).isEqualTo("Handel en ondernemerschap");
        assertThat(result.hits())
                .allSatisfy(h -> assertThat(h.snippet().marks()).isNotEmpty());
    }

    @Test
    void facetsCountEveryHitByTypeLevelAndDomain() {
        SearchResult result = search.search(new SearchRequest("voorraad", SearchFilter.NONE, 1, 0));

        assertThat(result.hits()).hasSize(1);
        // Six work processes (three retail, the retail "voorraadbeleid" by its compound part, logistics, kitchen)
        // and the ESCO skill "voorraad beheren".
        assertThat(result.total()).isEqualTo(7);
        assertThat(facet(result.facets().type())).isEqualTo(Map.of("workProcess", 6, "skill", 1));
        assertThat(facet(result.facets().level())).isEqualTo(Map.of("2", 3, "3", 1, "4", 2));
        assertThat(facet(result.facets().domain()))
                .isEqualTo(Map.of(
                        "Handel en ondernemerschap",
                        4,
                        "Horeca en bakkerij",
                        1,
                        "Transport, scheepvaart en logistiek",
                        1));
        assertThat(result.facets().type())
                .extracting(SearchResult.FacetValue::value)
                .containsExactly("workProcess", "skill");
    }

    @Test
    void filtersCombineAcrossDimensionsAndFacetsKeepTheAlternativesOfTheirOwnDimension() {
        SearchFilter level2Retail =
                new SearchFilter(Set.of(DocType.WORK_PROCESS), Set.of(2), Set.of("Handel en ondernemerschap"));

        SearchResult result = search.search(new SearchRequest("voorraad", level2Retail, 20, 0));

        assertThat(result.hits()).extracting(SearchHit::id).containsExactly(FixtureCorpus.SALES + "-B1-K1-W2");
        assertThat(result.total()).isEqualTo(1);
        // Levels counted without the level filter: retail stock work at levels 2, 3 and twice at 4.
        assertThat(facet(result.facets().level())).isEqualTo(Map.of("2", 1, "3", 1, "4", 2));
        // Domains counted without the domain filter: level-2 work processes in three domains.
        assertThat(facet(result.facets().domain()))
                .containsOnlyKeys(
                        "Handel en ondernemerschap", "Horeca en bakkerij", "Transport, scheepvaart en logistiek");
        assertThat(facet(result.facets().type())).isEqualTo(Map.of("workProcess", 1));
    }

    @Test
    void aCompoundIsFoundByItsParts() {
        SearchHit hit = search.search(SearchRequest.of("voorraad")).hits().stream()
                .filter(h -> h.id().equals(FixtureCorpus.SHOP_MANAGER + "-P3-K1-W1"))
                .findFirst()
                .orElseThrow();

        assertThat(hit.title()).isEqualTo("Stelt het voorraadbeleid en de inkoop op");
        assertThat(MarkedText.of(hit.snippet())).isEqualTo("Stelt het [voorraadbeleid] en de inkoop op");
    }

    @Test
    void aTypedCompoundNoTextUsesIsFoundByThePartTheTextsUse() {
        // "voorraadrooster": the texts say "voorraad", never "rooster"; the Dutch dictionary vouches for the rest.
        List<String> found = ids(search.search(new SearchRequest("voorraadrooster", SearchFilter.NONE, 100, 0)));

        assertThat(found)
                .isNotEmpty()
                .isSubsetOf(ids(search.search(new SearchRequest("voorraad", SearchFilter.NONE, 100, 0))));
    }

    @Test
    void aTypeFilterKeepsOnlyThatType() {
        SearchResult skills = search.search(
                new SearchRequest("voorraad", new SearchFilter(Set.of(DocType.SKILL), Set.of(), Set.of()), 20, 0));

        assertThat(skills.hits()).extracting(SearchHit::id).containsExactly(FixtureCorpus.SKILL_STOCK);
        assertThat(facet(skills.facets().type())).isEqualTo(Map.of("workProcess", 6, "skill", 1));
    }

    @Test
    void pagesFollowOneDeterministicRanking() {
        List<String> all = ids(search.search(new SearchRequest("beheert", SearchFilter.NONE, 100, 0)));
        assertThat(all).hasSizeGreaterThan(6);

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 4) {
            SearchResult page = search.search(new SearchRequest("beheert", SearchFilter.NONE, 4, offset));
            assertThat(page.total()).isEqualTo(all.size());
            paged.addAll(ids(page));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(search.search(new SearchRequest("beheert", SearchFilter.NONE, 4, all.size()))
                        .hits())
                .isEmpty();
    }

    @Test
    void equalScoresAreOrderedById() {
        SearchResult result = search.search(SearchRequest.of("voorraad"));
        for (int i = 1; i < result.hits().size(); i++) {
            SearchHit previous = result.hits().get(i - 1);
            SearchHit hit = result.hits().get(i);
            assertThat(hit.score()).isLessThanOrEqualTo(previous.score());
            if (hit.score() == previous.score()) {
                assertThat(hit.id()).isGreaterThan(previous.id());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"voorraad\"",
                "voorraad*",
                "+voorraad",
                "(voorraad)",
                "voorraad^",
                "~voorraad",
                "-voorraad",
                "VOORRAAD!",
                "voorraad?"
            })
    void queryOperatorsAreTextAndDoNotChangeTheQuery(String decorated) {
        assertThat(ids(search.search(SearchRequest.of(decorated))))
                .isEqualTo(ids(search.search(SearchRequest.of("voorraad"))));
    }

    @Test
    void booleanOperatorsAreWords() {
        assertThat(ids(search.search(SearchRequest.of("voorraad OR kassa"))))
                .isEqualTo(ids(search.search(SearchRequest.of("voorraad or kassa"))));
        assertThat(ids(search.search(SearchRequest.of("voorraad AND NOT kassa"))))
                .isEqualTo(ids(search.search(SearchRequest.of("voorraad and not kassa"))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "title:voorraad",
                "type:skill",
                "id:*",
                "*",
                "?",
                "\"",
                "\"unbalanced",
                "(",
                ")",
                "[a TO z]",
                "{!lucene}x",
                "/regex.*/",
                "\\",
                "AND",
                "OR NOT",
                "&&",
                "||",
                "~",
                "^",
                ":",
                "<script>",
                "' OR 1=1 --",
                "\u0000",
                "\uD83D\uDE00",
                "voorraad\u00A0kassa"
            })
    void hostileInputIsSearchedAsTextWithoutFailing(String hostile) {
        assertThatCode(() -> search.search(SearchRequest.of(hostile))).doesNotThrowAnyException();
        // Read as text, the syntax characters only separate words: the same hits as the words alone.
        String words = hostile.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (!words.isEmpty()) {
            assertThat(ids(search.search(SearchRequest.of(hostile))))
                    .isEqualTo(ids(search.search(SearchRequest.of(words))));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "id:*",
                "*",
                "?",
                "*:*",
                "[a TO z]",
                "/regex.*/",
                "\\",
                "OR NOT",
                "&&",
                "~",
                "<script>",
                "\uD83D\uDE00"
            })
    void querySyntaxMatchesNothingRatherThanEverything(String syntax) {
        assertThat(search.search(SearchRequest.of(syntax)).total()).isZero();
    }

    @Test
    void aFieldPrefixDoesNotRestrictTheSearchToThatField() {
        // Were "type:" syntax, this would list every skill; as text it is one unknown word.
        assertThat(search.search(SearchRequest.of("type:skill")).total()).isZero();
    }

    @Test
    void textWithoutAnySearchableWordFindsNothing() {
        SearchResult result = search.search(SearchRequest.of("*** ???"));
        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
        assertThat(result.facets().type()).isEmpty();
    }

    @Test
    void snippetsArePlainTextWithMarkedRanges() {
        SearchHit hit = search.search(SearchRequest.of("collega's")).hits().getFirst();

        assertThat(hit.title()).isEqualTo("Begeleidt nieuwe collega's");
        assertThat(hit.snippet())
                .isEqualTo(new Snippet("Begeleidt nieuwe collega's", List.of(new Snippet.Mark(17, 26))));
    }

    @Test
    void aBodyMatchIsShownFromTheBody() {
        SearchHit hit = search.search(new SearchRequest("gesprekken", SearchFilter.NONE, 20, 0))
                .hits()
                .getFirst();

        assertThat(hit.id()).isEqualTo(FixtureCorpus.SKILLS_ONLY);
        assertThat(MarkedText.of(hit.snippet())).isEqualTo("Voert [gesprekken] met klanten.");
    }

    @Test
    void electivesNameAQualificationTheyAreOfferedWith() {
        SearchHit hit = search.search(SearchRequest.of("ondernemerschap")).hits().stream()
                .filter(h -> h.type().equals("elective"))
                .findFirst()
                .orElseThrow();

        assertThat(hit.id()).isEqualTo("K0080");
        assertThat(hit.qualification())
                .isEqualTo(new SearchHit.QualificationRef(FixtureCorpus.SHOP_MANAGER, "Manager winkel", 4));
    }

    private static Map<String, Integer> facet(List<SearchResult.FacetValue> values) {
        return values.stream()
                .collect(Collectors.toMap(SearchResult.FacetValue::value, SearchResult.FacetValue::count));
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }
}
