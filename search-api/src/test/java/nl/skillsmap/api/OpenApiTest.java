package nl.skillsmap.api;

import static nl.skillsmap.api.ApiResponses.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.skillsmap.index.DocType;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.match.How;
import nl.skillsmap.search.match.Overview;
import nl.skillsmap.search.match.OverviewRequest;
import nl.skillsmap.search.testing.FixtureCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiTest {

    private static final Set<String> HTTP_METHODS =
            Set.of("get", "post", "put", "patch", "delete", "head", "options", "trace");

    @TempDir
    static Path dir;

    private static SkillsmapIndex index;

    @BeforeAll
    static void openFixtureIndex() throws IOException {
        index = SkillsmapIndex.open(FixtureCorpus.buildIndex(dir));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void theDescriptionIsServedAsOpenApi31() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response response = client.get("/api/v1/openapi.yaml");

            assertThat(response.code()).isEqualTo(200);
            assertThat(header(response, "Content-Type")).startsWith("application/yaml");
            JsonNode openApi = yaml(response.body().string());
            assertThat(openApi.get("openapi").asText()).isEqualTo("3.1.0");
            assertThat(openApi.get("servers").get(0).get("url").asText()).isEqualTo(SkillsmapApp.API);
        });
    }

    @Test
    void everyRouteIsDescribedAndEveryDescribedOperationIsARoute() {
        Javalin app = SkillsmapApp.create(index, ApiConfig.defaults());
        JavalinTest.test(app, (server, client) -> {
            Set<String> described =
                    operations(yaml(client.get("/api/v1/openapi.yaml").body().string()));

            assertThat(routes(server))
                    .isEqualTo(described)
                    .contains(
                            "POST /match",
                            "GET /search",
                            "GET /suggest",
                            "GET /qualifications/{crebo}",
                            "GET /occupations/{id}",
                            "GET /compare",
                            "GET /common",
                            "GET /broad-elements",
                            "GET /health",
                            "GET /openapi.yaml");
        });
    }

    @Test
    void theDocumentedBoundsAreTheEnforcedOnes() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode search = yaml(client.get("/api/v1/openapi.yaml").body().string())
                    .get("paths")
                    .get("/search")
                    .get("get");
            JsonNode q = parameter(search, "q");
            assertThat(q.get("schema").get("maxLength").asInt())
                    .isEqualTo(nl.skillsmap.search.text.SearchRequest.MAX_QUERY_LENGTH);
            JsonNode offset = parameter(search, "offset");
            assertThat(offset.get("schema").get("maximum").asInt())
                    .isEqualTo(nl.skillsmap.search.text.SearchRequest.MAX_OFFSET);
            assertThat(client.get("/api/v1/search?q=a&offset="
                                    + offset.get("schema").get("maximum").asInt())
                            .code())
                    .isEqualTo(200);
            assertThat(client.get("/api/v1/search?q=a&offset="
                                    + (offset.get("schema").get("maximum").asInt() + 1))
                            .code())
                    .isEqualTo(400);
        });
    }

    @Test
    void theDescribedExpansionOfAMatchIsTheOneItTakes() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode match = yaml(client.get("/api/v1/openapi.yaml").body().string())
                    .get("paths")
                    .get("/match")
                    .get("post");
            JsonNode expand = parameter(match, "expand");
            assertThat(expand.get("in").asText()).isEqualTo("query");
            assertThat(values(expand.get("schema").get("enum"))).containsExactly(MatchController.EXPAND_MISSING);
            assertThat(match.get("responses").has("304")).isTrue();

            String body = "{\"activities\": [\"kassa\"]}";
            for (JsonNode value : expand.get("schema").get("enum")) {
                assertThat(client.request(
                                        "/api/v1/match?expand=" + value.asText(),
                                        r -> r.header("Content-Type", "application/json")
                                                .post(HttpRequest.BodyPublishers.ofString(body)))
                                .code())
                        .isEqualTo(200);
            }
        });
    }

    @Test
    void theOverviewsDocumentedFieldsLimitsAndStatusesAreTheServicesOwn() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode schemas = yaml(client.get("/api/v1/openapi.yaml").body().string())
                    .get("components")
                    .get("schemas");
            JsonNode request = schemas.get("OverviewRequest").get("properties");

            Set<String> documented = new TreeSet<>();
            request.fieldNames().forEachRemaining(documented::add);
            assertThat(documented)
                    .isEqualTo(Arrays.stream(OverviewRequest.class.getRecordComponents())
                            .map(RecordComponent::getName)
                            .collect(Collectors.toSet()));
            for (String corrections : List.of("removed", "added")) {
                assertThat(request.get(corrections).get("maxItems").asInt()).isEqualTo(OverviewRequest.MAX_CORRECTIONS);
            }
            assertThat(values(schemas.get("Overview")
                            .get("properties")
                            .get("coreTasks")
                            .get("items")
                            .get("properties")
                            .get("workProcesses")
                            .get("items")
                            .get("properties")
                            .get("status")
                            .get("enum")))
                    .containsExactlyInAnyOrder(Overview.WorkProcessLine.SHARED, Overview.WorkProcessLine.NOT_YET);
            Set<String> answered = new TreeSet<>();
            schemas.get("Overview").get("properties").fieldNames().forEachRemaining(answered::add);
            assertThat(answered)
                    .isEqualTo(Arrays.stream(Overview.class.getRecordComponents())
                            .map(RecordComponent::getName)
                            .collect(Collectors.toSet()));
        });
    }

    @Test
    void theDescribedValuesOfTypeAndHowAreTheCodesOwn() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode schemas = yaml(client.get("/api/v1/openapi.yaml").body().string())
                    .get("components")
                    .get("schemas");

            assertThat(values(schemas.get("HitType").get("enum")))
                    .isEqualTo(Arrays.stream(DocType.values()).map(DocType::key).collect(Collectors.toSet()));
            assertThat(values(schemas.get("How").get("enum")))
                    .isEqualTo(Arrays.stream(How.values()).map(How::key).collect(Collectors.toSet()));
        });
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** "METHOD /path" for every operation, paths relative to the server URL. */
    private static Set<String> operations(JsonNode openApi) {
        Set<String> operations = new TreeSet<>();
        openApi.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                    if (HTTP_METHODS.contains(method)) {
                        operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        return operations;
    }

    /** "METHOD /path" for every endpoint of the route table under the API base path. */
    private static Set<String> routes(Javalin app) {
        Set<String> routes = new TreeSet<>();
        app.unsafe.internalRouter.allHttpHandlers().forEach(parsed -> {
            Endpoint endpoint = parsed.endpoint;
            if (endpoint.method.isHttpMethod() && endpoint.path.startsWith(SkillsmapApp.API + "/")) {
                routes.add(endpoint.method.name() + " " + endpoint.path.substring(SkillsmapApp.API.length()));
            }
        });
        return routes;
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.get("parameters")) {
            if (name.equals(parameter.path("name").asText())) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    private static JsonNode yaml(String text) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(text);
    }
}
