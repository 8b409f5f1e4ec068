package nl.skillsmap.api;

import static nl.skillsmap.api.ApiResponses.fieldNames;
import static nl.skillsmap.api.ApiResponses.header;
import static nl.skillsmap.api.ApiResponses.json;
import static nl.skillsmap.api.ApiResponses.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.http.HttpRequest;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureCorpus;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(FixtureIndex.class)
class MatchApiTest {

    private static final String SANDRA = """
            {"activities": ["inkoop en voorraadbeleid", "contact met klanten", "kassa en geldafhandeling"]}""";

    private static SkillsmapIndex index;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
    }

    private static Response post(io.javalin.testtools.HttpClient client, String body, String contentType) {
        return client.request(
                "/api/v1/match",
                request ->
                        request.post(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType));
    }

    @Test
    void activitiesFindTheRetailQualificationsWithEvidence() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response response = post(client, SANDRA, "application/json");

            assertThat(response.code()).isEqualTo(200);
            assertThat(header(response, "Content-Type")).startsWith("application/json");
            JsonNode body = json(response);
            assertThat(fieldNames(body)).containsExactly("understood", "qualifications", "occupations");
            assertThat(texts(body.get("understood"), "input"))
                    .containsExactly("inkoop en voorraadbeleid", "contact met klanten", "kassa en geldafhandeling");
            assertThat(texts(body.get("qualifications"), "crebo"))
                    .contains(FixtureCorpus.SALES, FixtureCorpus.SHOP_MANAGER);
            JsonNode first = body.get("qualifications").get(0);
            assertThat(fieldNames(first))
                    .contains("crebo", "name", "coverageBasis", "coverage", "score", "coreTasks", "shared", "missing");
            assertThat(first.get("shared")
                            .get(0)
                            .get("evidence")
                            .get(0)
                            .get("how")
                            .asText())
                    .isNotBlank();
        });
    }

    @Test
    void aJsonContentTypeWithACharsetIsJson() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            assertThat(post(client, SANDRA, "application/json; charset=utf-8").code())
                    .isEqualTo(200);
        });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {}                                              | activities
            {"activitys": ["kassa"]}                        | activitys
            {"activities": "kassa"}                         | activities
            {"activities": ["kassa"], "levels": [2, "x"]}   | levels[1]
            {"activities": ["kassa"], "levels": [7]}        | levels[0]
            {"activities": ["kassa"], "limit": 0}           | limit
            {"activities": ["kassa", ""]}                   | activities[1]
            {"activities": ["kassa"                         | body
            null                                            | body
            [1, 2]                                          | body
            """)
    void aBodyOfTheWrongShapeIsA400NamingTheField(String body, String field) {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response response = post(client, body, "application/json");

            assertThat(response.code()).isEqualTo(400);
            assertThat(header(response, "Content-Type")).startsWith(ProblemDetails.CONTENT_TYPE);
            JsonNode problem = json(response);
            assertThat(texts(problem.get("errors"), "field")).containsExactly(field);
            assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/match");
        });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"activities": [1, 2]}                                  | activities[0] | must be a string
            {"activities": ["kassa"], "limit": "5"}                 | limit         | must be a whole number
            {"activities": ["kassa"], "levels": [1.9]}              | levels[0]     | must be a whole number
            {"activities": ["kassa"], "limit": true}                | limit         | must be a whole number
            {"activities": ["kassa"]} x                             | body          | is not valid JSON
            {"activities": ["kassa"]} {}                            | body          | has more content
            {"activities": ["kassa"], "activities": ["kas"]}        | activities    | is given twice
            {"activities": ["kassa"], "limit": NaN}                 | body          | is not valid JSON
            """)
    void nothingIsGuessedFromAStrayValueOrKey(String body, String field, String message) {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response response = post(client, body, "application/json");

            assertThat(response.code()).isEqualTo(400);
            JsonNode problem = json(response);
            assertThat(texts(problem.get("errors"), "field")).containsExactly(field);
            assertThat(problem.get("errors").get(0).get("message").asText())
                    .startsWith(message)
                    .doesNotContain("Jackson", "JsonReadFeature", "`", "enable");
        });
    }

    @Test
    void aSyntaxErrorSaysWhereAndWhatWithoutQuotingTheBody() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode problem = json(post(client, "{\"activities\": [\"kassa\"", "application/json"));

            assertThat(problem.get("errors").get(0).get("message").asText())
                    .startsWith("is not valid JSON at line 1, column ")
                    .contains("end-of-input")
                    .doesNotContain("Source", "(", "\n");
        });
    }

    @Test
    void anEmptyBodyIsA400() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response response = post(client, "", "application/json");

            assertThat(response.code()).isEqualTo(400);
            assertThat(texts(json(response).get("errors"), "field")).containsExactly("body");
        });
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            for (String contentType : new String[] {
                "text/plain",
                "application/x-www-form-urlencoded",
                "application/jsonx",
                "application/json-patch+json",
                "application/json; charset=latin1"
            }) {
                Response response = post(client, SANDRA, contentType);

                assertThat(response.code()).as(contentType).isEqualTo(415);
                assertThat(header(response, "Content-Type")).startsWith(ProblemDetails.CONTENT_TYPE);
                assertThat(json(response).get("detail").asText()).contains("application/json");
            }
        });
    }

    @Test
    void aBodyOver64KibIsA413() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            String big = "{\"activities\": [\"" + "a".repeat(SkillsmapApp.MAX_BODY_BYTES) + "\"]}";

            // Answered while the client still sends, a refusal can be lost to a reset connection now and then;
            // every one of many tries must get its 413.
            for (int i = 0; i < 200; i++) {
                assertThat(post(client, big, "application/json").code())
                        .as("try %d", i)
                        .isEqualTo(413);
            }
            Response response = post(client, big, "application/json");

            assertThat(response.code()).isEqualTo(413);
            assertThat(header(response, "Content-Type")).startsWith(ProblemDetails.CONTENT_TYPE);
            assertThat(json(response).get("detail").asText()).contains(Integer.toString(SkillsmapApp.MAX_BODY_BYTES));
        });
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            String padding = " ".repeat(SkillsmapApp.MAX_BODY_BYTES - SANDRA.length() - 10);

            assertThat(post(client, SANDRA + padding, "application/json").code())
                    .isEqualTo(200);
        });
    }

    @Test
    void getOnMatchIsA405() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response response = client.get("/api/v1/match");

            assertThat(response.code()).isEqualTo(405);
            assertThat(header(response, "Allow")).isEqualTo("POST");
        });
    }
}
