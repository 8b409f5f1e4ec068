package nl.skillsmap.api;

import static nl.skillsmap.api.ApiResponses.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FixtureIndex.class)
class WebAssetsTest {

    /** A stand-in for the web module's folder, under src/test/resources. */
    private static final String TEST_ASSETS = "/test-web";

    private static SkillsmapIndex index;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
    }

    @Test
    void thePageIsServedAtTheRootAndRevalidatedOnEveryLoad() {
        JavalinTest.test(
                SkillsmapApp.create(index, ApiConfig.defaults().withWebAssets(TEST_ASSETS)), (server, client) -> {
                    Response response = client.get("/");

                    assertThat(response.code()).isEqualTo(200);
                    assertThat(header(response, "Content-Type")).startsWith("text/html");
                    assertThat(response.body().string()).contains("placeholder page for tests");
                    assertThat(header(response, "Cache-Control")).isEqualTo("no-cache");
                });
    }

    @Test
    void theWidgetIsServedAtTheRootAndCachedForAnHour() {
        JavalinTest.test(
                SkillsmapApp.create(index, ApiConfig.defaults().withWebAssets(TEST_ASSETS)), (server, client) -> {
                    Response response = client.get("/skillsmap-widget.js");

                    assertThat(response.code()).isEqualTo(200);
                    assertThat(header(response, "Content-Type")).contains("javascript");
                    assertThat(response.body().string()).contains("skillsmapWidgetLoaded");
                    assertThat(header(response, "Cache-Control")).isEqualTo("public, max-age=3600");
                });
    }

    @Test
    void theApiIsServedBesideTheAssets() {
        JavalinTest.test(
                SkillsmapApp.create(index, ApiConfig.defaults().withWebAssets(TEST_ASSETS)), (server, client) -> {
                    assertThat(client.get("/api/v1/health").code()).isEqualTo(200);
                    assertThat(client.get("/missing.js").code()).isEqualTo(404);
                });
    }

    @Test
    void withoutTheAssetsTheRootStillAnswers() {
        JavalinTest.test(
                SkillsmapApp.create(index, ApiConfig.defaults().withWebAssets("/no-such-folder")), (server, client) -> {
                    Response response = client.get("/");

                    assertThat(response.code()).isEqualTo(200);
                    assertThat(header(response, "Content-Type")).startsWith("text/html");
                    assertThat(response.body().string()).contains("/api/v1/health", "/api/v1/openapi.yaml");
                });
    }
}
