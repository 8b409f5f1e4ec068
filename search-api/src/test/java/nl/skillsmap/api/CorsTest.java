package nl.skillsmap.api;

import static nl.skillsmap.api.ApiResponses.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FixtureIndex.class)
class CorsTest {

    private static final String EMBEDDING_SITE = "https://www.s-bb.nl";
    private static final String OTHER_SITE = "https://evil.example";

    private static SkillsmapIndex index;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
    }

    private static Javalin appAllowing(String... origins) {
        return SkillsmapApp.create(index, ApiConfig.defaults().withCorsOrigins(List.of(origins)));
    }

    @Test
    void anAllowedOriginMayReadTheResponse() {
        JavalinTest.test(appAllowing(EMBEDDING_SITE, "http://localhost:3000"), (server, client) -> {
            Response response = client.get("/api/v1/search?q=voorraad", r -> r.header("Origin", EMBEDDING_SITE));

            assertThat(response.code()).isEqualTo(200);
            assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo(EMBEDDING_SITE);
            assertThat(header(response, "Vary")).contains("Origin");
        });
    }

    @Test
    void anotherOriginGetsNoCorsHeader() {
        JavalinTest.test(appAllowing(EMBEDDING_SITE), (server, client) -> {
            Response response = client.get("/api/v1/search?q=voorraad", r -> r.header("Origin", OTHER_SITE));

            // The browser blocks the page from reading it; the request itself is answered as for anyone.
            assertThat(response.code()).isEqualTo(200);
            assertThat(header(response, "Access-Control-Allow-Origin")).isNull();
        });
    }

    @Test
    void noSiteIsAllowedByDefault() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response response = client.get("/api/v1/health", r -> r.header("Origin", EMBEDDING_SITE));

            assertThat(header(response, "Access-Control-Allow-Origin")).isNull();
        });
    }

    @Test
    void thePreflightOfAnAllowedOriginIsAnswered() {
        JavalinTest.test(appAllowing(EMBEDDING_SITE), (server, client) -> {
            HttpResponse<String> allowed = preflight(server, EMBEDDING_SITE);
            assertThat(allowed.statusCode()).isEqualTo(204);
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
                    .contains(EMBEDDING_SITE);
            assertThat(allowed.headers()
                            .firstValue("Access-Control-Allow-Methods")
                            .orElseThrow())
                    .contains("POST");
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers"))
                    .contains("Content-Type");

            HttpResponse<String> refused = preflight(server, OTHER_SITE);
            assertThat(refused.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
            assertThat(refused.headers().firstValue("Access-Control-Allow-Methods"))
                    .isEmpty();
        });
    }

    @Test
    void anyOriginOnlyWhenConfiguredSo() {
        JavalinTest.test(appAllowing("*"), (server, client) -> {
            Response response = client.get("/api/v1/health", r -> r.header("Origin", OTHER_SITE));

            assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo("*");
        });
    }

    private static HttpResponse<String> preflight(Javalin server, String origin) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/api/v1/search"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", origin)
                    .header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "Content-Type")
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
