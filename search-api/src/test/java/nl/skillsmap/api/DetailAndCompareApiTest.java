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
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureCorpus;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FixtureIndex.class)
class DetailAndCompareApiTest {

    private static SkillsmapIndex index;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
    }

    @Test
    void aQualificationIsShownInFull() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode body = json(client.get("/api/v1/qualifications/" + FixtureCorpus.SALES));

            assertThat(body.get("crebo").asText()).isEqualTo(FixtureCorpus.SALES);
            assertThat(body.get("name").asText()).isEqualTo("Verkoper");
            assertThat(fieldNames(body))
                    .contains(
                            "crebo",
                            "name",
                            "level",
                            "domain",
                            "dossier",
                            "coreTasks",
                            "skills",
                            "electives",
                            "certificates",
                            "sources");
            assertThat(texts(body.get("coreTasks"), "code")).containsExactly("B1-K1", "P1-K1");
        });
    }

    @Test
    void anUnknownCreboIsA404Problem() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response response = client.get("/api/v1/qualifications/99999");

            assertThat(response.code()).isEqualTo(404);
            assertThat(header(response, "Content-Type")).startsWith(ProblemDetails.CONTENT_TYPE);
            JsonNode problem = json(response);
            assertThat(problem.get("detail").asText()).contains("qualification", "99999");
            assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/qualifications/99999");
        });
    }

    @Test
    void anOccupationIsFoundByItsIdOrByItsWholeEncodedUri() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode byId = json(client.get("/api/v1/occupations/shop-assistant"));
            assertThat(byId.get("uri").asText()).isEqualTo(FixtureCorpus.SHOP_ASSISTANT);
            assertThat(byId.get("label").asText()).isEqualTo("winkelmedewerker");

            Response byUri = client.get(
                    "/api/v1/occupations/" + URLEncoder.encode(FixtureCorpus.SHOP_ASSISTANT, StandardCharsets.UTF_8));
            assertThat(byUri.code()).isEqualTo(200);
            assertThat(json(byUri).get("uri").asText()).isEqualTo(FixtureCorpus.SHOP_ASSISTANT);

            assertThat(client.get("/api/v1/occupations/astronaut").code()).isEqualTo(404);
        });
    }

    @Test
    void compareSaysWhatCarriesOver() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode body = json(
                    client.get("/api/v1/compare?from=" + FixtureCorpus.SALES + "&to=" + FixtureCorpus.SHOP_MANAGER));

            assertThat(body.get("from").get("crebo").asText()).isEqualTo(FixtureCorpus.SALES);
            assertThat(body.get("to").get("crebo").asText()).isEqualTo(FixtureCorpus.SHOP_MANAGER);
            assertThat(fieldNames(body.get("coverage"))).containsExactly("matched", "total", "fraction");
            assertThat(body.get("coverage").get("matched").asInt()).isPositive();
        });
    }

    @Test
    void compareNeedsTwoKnownCrebos() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response missing = client.get("/api/v1/compare?from=" + FixtureCorpus.SALES);
            assertThat(missing.code()).isEqualTo(400);
            assertThat(texts(json(missing).get("errors"), "field")).containsExactly("to");

            assertThat(client.get("/api/v1/compare?from=" + FixtureCorpus.SALES + "&to=99999")
                            .code())
                    .isEqualTo(404);
        });
    }

    @Test
    void commonListsWorkSharedByTheGivenQualifications() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode body = json(
                    client.get("/api/v1/common?crebo=" + FixtureCorpus.SALES + "&crebo=" + FixtureCorpus.FIRST_SALES));

            assertThat(texts(body.get("qualifications"), "crebo"))
                    .containsExactly(FixtureCorpus.SALES, FixtureCorpus.FIRST_SALES);
            assertThat(body.get("common")).isNotEmpty();

            Response one = client.get("/api/v1/common?crebo=" + FixtureCorpus.SALES);
            assertThat(one.code()).isEqualTo(400);
            assertThat(texts(json(one).get("errors"), "field")).containsExactly("crebo");
        });
    }

    @Test
    void broadElementsAreLimited() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode body = json(client.get("/api/v1/broad-elements?limit=1"));
            assertThat(body.get("elements")).hasSize(1);
            assertThat(fieldNames(body.get("elements").get(0)))
                    .contains("title", "qualificationCount", "domainCount", "domains", "workProcesses");

            for (String limit : new String[] {"0", "101", "many"}) {
                Response response = client.get("/api/v1/broad-elements?limit=" + limit);
                assertThat(response.code()).as(limit).isEqualTo(400);
                assertThat(texts(json(response).get("errors"), "field")).containsExactly("limit");
            }
        });
    }
}
