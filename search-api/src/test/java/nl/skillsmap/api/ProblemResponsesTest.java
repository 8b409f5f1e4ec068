package nl.skillsmap.api;

import static nl.skillsmap.api.ApiResponses.fieldNames;
import static nl.skillsmap.api.ApiResponses.header;
import static nl.skillsmap.api.ApiResponses.json;
import static nl.skillsmap.api.ApiResponses.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureCorpus;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(FixtureIndex.class)
class ProblemResponsesTest {

    @TempDir
    static Path dir;

    private static SkillsmapIndex index;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/search                          | q
            /api/v1/search?q=                       | q
            /api/v1/search?q=%20%20                 | q
            /api/v1/search?q=a&limit=0              | limit
            /api/v1/search?q=a&limit=101            | limit
            /api/v1/search?q=a&limit=ten            | limit
            /api/v1/search?q=a&offset=-1            | offset
            /api/v1/search?q=a&offset=10001         | offset
            /api/v1/search?q=a&type=person          | type
            /api/v1/search?q=a&level=5              | level
            /api/v1/search?q=a&level=two            | level
            /api/v1/search?q=a&domain=              | domain
            /api/v1/search?q=a&lineage=every        | lineage
            /api/v1/search?q=a&current=yes          | current
            /api/v1/suggest                         | q
            /api/v1/suggest?q=vo&limit=21           | limit
            /api/v1/suggest?q=vo&type=person        | type
            """)
    void invalidParametersAreNamedInA400(String path, String field) {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response response = client.get(path);

            assertThat(response.code()).isEqualTo(400);
            assertThat(header(response, "Content-Type")).startsWith(ProblemDetails.CONTENT_TYPE);
            JsonNode problem = json(response);
            assertThat(fieldNames(problem)).containsExactly("type", "title", "status", "detail", "instance", "errors");
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("title").asText()).isEqualTo("Bad Request");
            assertThat(problem.get("instance").asText()).isEqualTo(path.replaceFirst("\\?.*", ""));
            assertThat(texts(problem.get("errors"), "field")).containsExactly(field);
            assertThat(problem.get("errors").get(0).get("message").asText())
                    .isNotBlank()
                    .doesNotContain("_FAILED");
            assertThat(problem.get("detail").asText()).contains(field);
        });
    }

    @Test
    void aWrongValueIsRepeatedInTheMessageCutShort() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode problem = json(client.get("/api/v1/search?q=a&limit=" + "9x".repeat(500)));

            assertThat(problem.get("errors").get(0).get("message").asText())
                    .isEqualTo("must be a whole number, not '" + "9x".repeat(20) + "…'");
        });
    }

    @Test
    void aQueryLongerThan200CharactersIsRejected() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            assertThat(client.get("/api/v1/search?q=" + "a".repeat(200)).code()).isEqualTo(200);

            JsonNode problem = json(client.get("/api/v1/search?q=" + "a".repeat(201)));
            assertThat(problem.get("errors").get(0).get("message").asText())
                    .isEqualTo("must have at most 200 characters");
        });
    }

    @Test
    void everyInvalidParameterIsReportedAtOnce() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode problem = json(client.get("/api/v1/search?limit=0&offset=20000"));

            assertThat(texts(problem.get("errors"), "field")).containsExactlyInAnyOrder("q", "limit", "offset");
        });
    }

    @Test
    void valuesOfTheWrongTypeAreReportedTogetherBeforeAnyOtherCheck() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode problem = json(client.get("/api/v1/search?q=kassa&limit=ten&type=nothing&current=yes"));

            assertThat(texts(problem.get("errors"), "field")).containsExactlyInAnyOrder("limit", "type", "current");
            assertThat(texts(problem.get("errors"), "message")).contains("must be a whole number, not 'ten'");
        });
    }

    @Test
    void anUnknownPathIsA404Problem() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response response = client.get("/api/v1/nothing-here");

            assertThat(response.code()).isEqualTo(404);
            assertThat(header(response, "Content-Type")).startsWith(ProblemDetails.CONTENT_TYPE);
            JsonNode problem = json(response);
            assertThat(problem.get("title").asText()).isEqualTo("Not Found");
            assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/nothing-here");
            assertThat(problem.has("errors")).isFalse();
        });
    }

    @Test
    void aWrongMethodIsA405ThatSaysWhichMethodsAreAllowed() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response response = client.request(
                    "/api/v1/search?q=a", request -> request.post(HttpRequest.BodyPublishers.ofString("{}")));

            assertThat(response.code()).isEqualTo(405);
            assertThat(header(response, "Allow")).isEqualTo("GET");
            assertThat(header(response, "Content-Type")).startsWith(ProblemDetails.CONTENT_TYPE);
            assertThat(json(response).get("detail").asText()).isEqualTo("POST is not allowed on /api/v1/search.");
        });
    }

    @Test
    void anUnexpectedFailureIsA500WithoutInternals() throws IOException {
        SkillsmapIndex closed = SkillsmapIndex.open(FixtureCorpus.buildIndex(dir.resolve("closed")));
        var app = SkillsmapApp.create(closed, ApiConfig.defaults());
        closed.close();
        JavalinTest.test(app, (server, client) -> {
            Response response = client.get("/api/v1/search?q=voorraad");

            assertThat(response.code()).isEqualTo(500);
            assertThat(header(response, "Content-Type")).startsWith(ProblemDetails.CONTENT_TYPE);
            JsonNode problem = json(response);
            assertThat(problem.get("detail").asText()).isEqualTo("The server could not answer this request.");
            assertThat(response.body().string()).doesNotContain("Exception", "lucene", "nl.skillsmap", "\tat ");
        });
    }
}
