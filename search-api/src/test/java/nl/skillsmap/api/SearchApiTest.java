package nl.skillsmap.api;

import static nl.skillsmap.api.ApiResponses.fieldNames;
import static nl.skillsmap.api.ApiResponses.header;
import static nl.skillsmap.api.ApiResponses.json;
import static nl.skillsmap.api.ApiResponses.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureCorpus;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FixtureIndex.class)
class SearchApiTest {

    private static SkillsmapIndex index;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
    }

    @Test
    void searchAnswersInTheContractShape() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response response = client.get("/api/v1/search?q=voorraad");

            assertThat(response.code()).isEqualTo(200);
            assertThat(header(response, "Content-Type")).startsWith("application/json");
            JsonNode body = json(response);
            assertThat(fieldNames(body)).containsExactly("query", "total", "offset", "limit", "hits", "facets");
            assertThat(body.get("query").asText()).isEqualTo("voorraad");
            assertThat(body.get("total").asInt()).isEqualTo(7);
            assertThat(body.get("limit").asInt()).isEqualTo(20);

            JsonNode retail = hit(body, FixtureCorpus.SALES + "-B1-K1-W2");
            assertThat(fieldNames(retail))
                    .containsExactly(
                            "type", "id", "title", "snippet", "score", "level", "domain", "qualification", "coreTask");
            assertThat(fieldNames(retail.get("snippet"))).containsExactly("text", "marks");
            assertThat(retail.get("snippet").get("text").asText())
                    .isEqualTo("Controleert de voorraad en doet bestelvoorstellen");
            assertThat(retail.get("snippet").get("marks").toString()).isEqualTo("[[15,23]]");
            assertThat(fieldNames(retail.get("qualification"))).containsExactly("crebo", "name", "level");
            assertThat(retail.get("qualification").get("name").asText()).isEqualTo("Verkoper");
            assertThat(fieldNames(retail.get("coreTask"))).containsExactly("code", "title");

            // A skill has no level, domain, qualification or core task: those fields are left out.
            assertThat(fieldNames(hit(body, FixtureCorpus.SKILL_STOCK)))
                    .containsExactly("type", "id", "title", "snippet", "score");

            JsonNode facets = body.get("facets");
            assertThat(fieldNames(facets)).containsExactly("type", "level", "domain");
            assertThat(fieldNames(facets.get("type").get(0))).containsExactly("value", "count");
            assertThat(texts(facets.get("type"), "value")).containsExactly("workProcess", "skill");
        });
    }

    @Test
    void repeatedFiltersAndPagingComeFromTheQueryString() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode all = json(client.get("/api/v1/search?q=voorraad&type=workProcess&level=2&level=4"));
            assertThat(all.get("total").asInt()).isEqualTo(5);
            assertThat(texts(all.get("hits"), "type")).containsOnly("workProcess");
            assertThat(texts(all.get("hits"), "level")).containsOnly("2", "4");

            JsonNode page = json(
                    client.get("/api/v1/search?q=voorraad&type=workProcess&level=2&level=4" + "&limit=2&offset=2"));
            assertThat(page.get("total").asInt()).isEqualTo(5);
            assertThat(texts(page.get("hits"), "id"))
                    .isEqualTo(texts(all.get("hits"), "id").subList(2, 4));
        });
    }

    @Test
    void aDomainWithCommasAndSpacesIsOneValue() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode body = json(
                    client.get("/api/v1/search?q=voorraad&domain=" + encode("Transport, scheepvaart en logistiek")));

            assertThat(texts(body.get("hits"), "id")).containsExactly(FixtureCorpus.LOGISTICS + "-B1-K1-W2");
        });
    }

    @Test
    void queryTextWithSyntaxIsSearchedAsWords() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            List<String> plain =
                    texts(json(client.get("/api/v1/search?q=voorraad")).get("hits"), "id");

            for (String hostile : List.of("\"voorraad\"", "voorraad*", "(voorraad)", "+voorraad")) {
                Response response = client.get("/api/v1/search?q=" + encode(hostile));
                assertThat(response.code()).as(hostile).isEqualTo(200);
                assertThat(texts(json(response).get("hits"), "id")).as(hostile).isEqualTo(plain);
            }
            for (String hostile : List.of("title:*", "*:*", "{!lucene}", "[a TO z]", "\\", "%", "<script>")) {
                assertThat(client.get("/api/v1/search?q=" + encode(hostile)).code())
                        .as(hostile)
                        .isEqualTo(200);
            }
        });
    }

    @Test
    void suggestCompletesWordStarts() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode body = json(client.get("/api/v1/suggest?q=voorr"));

            assertThat(fieldNames(body)).containsExactly("query", "suggestions");
            JsonNode first = body.get("suggestions").get(0);
            assertThat(fieldNames(first)).containsExactly("text", "type", "id");
            assertThat(first.get("text").asText()).isEqualTo("voorraad beheren");
            assertThat(first.get("type").asText()).isEqualTo("skill");
            assertThat(texts(body.get("suggestions"), "text"))
                    .contains("Controleert de voorraad en doet bestelvoorstellen");
            assertThat(json(client.get("/api/v1/suggest?q=vo&limit=2")).get("suggestions"))
                    .hasSize(2);
            assertThat(json(client.get("/api/v1/suggest?q=v")).get("suggestions"))
                    .isEmpty();
            // "voorr" suggests a skill first; asked for work processes only, none of another type comes back.
            assertThat(texts(
                            json(client.get("/api/v1/suggest?q=voorr&type=workProcess"))
                                    .get("suggestions"),
                            "type"))
                    .isNotEmpty()
                    .containsOnly("workProcess");
        });
    }

    @Test
    void healthNamesTheIndexBeingServed() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode body = json(client.get("/api/v1/health"));

            assertThat(fieldNames(body)).containsExactly("status", "indexVersion", "builtAt", "counts");
            assertThat(body.get("status").asText()).isEqualTo("ok");
            IndexSnapshot served = index.acquire();
            try {
                assertThat(body.get("indexVersion").asText()).isEqualTo(served.version());
                assertThat(body.get("builtAt").asText())
                        .isEqualTo(served.manifest().builtAt().toString());
            } finally {
                index.release(served);
            }
            assertThat(body.get("counts").get("workProcess").asInt()).isEqualTo(27);
            assertThat(body.get("counts").get("qualification").asInt()).isEqualTo(7);
        });
    }

    private static JsonNode hit(JsonNode body, String id) {
        for (JsonNode hit : body.get("hits")) {
            if (hit.get("id").asText().equals(id)) {
                return hit;
            }
        }
        throw new AssertionError("no hit " + id + " in " + body);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
