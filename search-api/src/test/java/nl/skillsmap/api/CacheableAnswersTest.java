package nl.skillsmap.api;

import static nl.skillsmap.api.ApiResponses.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.http.HttpRequest;
import java.util.concurrent.atomic.AtomicReference;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Answers are tagged by index version and request, and a client holding the tag is answered 304. */
@ExtendWith(FixtureIndex.class)
class CacheableAnswersTest {

    private static final String SANDRA = """
            {"activities": ["inkoop en voorraadbeleid", "contact met klanten", "kassa en geldafhandeling"]}""";

    private static SkillsmapIndex index;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
    }

    @Test
    void aSearchAnswerIsTaggedAndARepeatHoldingTheTagIsA304WithoutABody() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response first = client.get("/api/v1/search?q=kassa&limit=5");
            String tag = header(first, "ETag");

            assertThat(first.code()).isEqualTo(200);
            assertThat(tag).startsWith("W/\"" + index.version() + "-");
            assertThat(header(first, "Cache-Control")).isEqualTo(AnswerTags.CACHE_CONTROL);

            Response repeat = client.get("/api/v1/search?limit=5&q=kassa", r -> r.header("If-None-Match", tag));
            assertThat(repeat.code()).isEqualTo(304);
            assertThat(repeat.body().string()).isEmpty();
            assertThat(header(repeat, "Content-Type")).as("no body, so no type").isNull();
            assertThat(header(repeat, "ETag")).isEqualTo(tag);
            assertThat(header(repeat, "Cache-Control")).isEqualTo(AnswerTags.CACHE_CONTROL);

            Response other = client.get("/api/v1/search?q=kassa&limit=6", r -> r.header("If-None-Match", tag));
            assertThat(other.code()).isEqualTo(200);
            assertThat(header(other, "ETag")).isNotEqualTo(tag);
        });
    }

    @Test
    void errorsAndTheHealthAreNotTagged() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response invalid = client.get("/api/v1/search?q=");
            Response unknown = client.get("/api/v1/qualifications/99999");
            Response health = client.get("/api/v1/health");

            assertThat(invalid.code()).isEqualTo(400);
            assertThat(unknown.code()).isEqualTo(404);
            assertThat(health.code()).isEqualTo(200);
            assertThat(header(invalid, "ETag")).isNull();
            assertThat(header(unknown, "ETag")).isNull();
            assertThat(header(health, "ETag")).isNull();
            assertThat(header(invalid, "Cache-Control")).isNull();
        });
    }

    @Test
    void aMatchIsTaggedByItsValidatedRequestAndAHeldTagIsA304() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response first = match(client, "", SANDRA, null);
            String tag = header(first, "ETag");
            assertThat(first.code()).isEqualTo(200);
            assertThat(tag).startsWith("W/\"" + index.version() + "-");
            assertThat(header(first, "Cache-Control")).isEqualTo(AnswerTags.CACHE_CONTROL);

            // The same question with other spacing is the same request once validated.
            String spaced =
                    SANDRA.replace("[\"inkoop", "[\"  inkoop").replace("geldafhandeling\"", "geldafhandeling \"");
            Response repeat = match(client, "", spaced, "W/\"other\", " + tag);
            assertThat(repeat.code()).isEqualTo(304);
            assertThat(repeat.body().string()).isEmpty();
            assertThat(header(repeat, "Content-Type")).isNull();

            Response expanded = match(client, "?expand=missing", SANDRA, tag);
            assertThat(expanded.code()).isEqualTo(200);
            assertThat(header(expanded, "ETag")).isNotEqualTo(tag);
            Response otherQuestion = match(client, "", SANDRA.replace("kassa", "kas"), tag);
            assertThat(otherQuestion.code()).isEqualTo(200);
        });
    }

    @Test
    void anotherIndexVersionGivesEveryRequestAnotherTag() {
        AtomicReference<String> version = new AtomicReference<>("v1");
        AnswerTags tags = new AnswerTags(version::get);
        String before = tags.tag("GET /api/v1/search?q=kassa");

        version.set("v2");

        assertThat(tags.tag("GET /api/v1/search?q=kassa")).isNotEqualTo(before).startsWith("W/\"v2-");
        assertThat(AnswerTags.matches(before, tags.tag("GET /api/v1/search?q=kassa")))
                .isFalse();
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsAListOrAnyTag() {
        assertThat(AnswerTags.matches("\"v1-abc\"", "W/\"v1-abc\"")).isTrue();
        assertThat(AnswerTags.matches("W/\"x\", W/\"v1-abc\"", "W/\"v1-abc\"")).isTrue();
        assertThat(AnswerTags.matches("*", "W/\"v1-abc\"")).isTrue();
        assertThat(AnswerTags.matches("W/\"v1-abd\"", "W/\"v1-abc\"")).isFalse();
        assertThat(AnswerTags.matches(null, "W/\"v1-abc\"")).isFalse();
    }

    private static Response match(HttpClient client, String query, String body, String ifNoneMatch) {
        return client.request("/api/v1/match" + query, request -> {
            request.post(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
            if (ifNoneMatch != null) {
                request.header("If-None-Match", ifNoneMatch);
            }
        });
    }
}
