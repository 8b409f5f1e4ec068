package nl.skillsmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.time.Duration;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every answer, errors of the server itself included, carries the security headers; the page's policy is strict. */
@ExtendWith(FixtureIndex.class)
class SecurityHeadersTest {

    private static Javalin app;

    @BeforeAll
    static void start(SkillsmapIndex index) {
        app = SkillsmapApp.create(index, ApiConfig.defaults().withWebAssets("/test-web"))
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /                                   | 200 | page
            GET  | /api/v1/health                      | 200 | api
            GET  | /api/v1/search?q=kassa              | 200 | api
            GET  | /api/v1/search                      | 400 | api
            GET  | /api/v1/nothing                     | 404 | api
            GET  | /nothing                            | 404 | page
            POST | /api/v1/health                      | 405 | api
            """)
    void everyAnswerCarriesTheSecurityHeaders(String method, String path, int status, String policy) {
        try (RawHttp http = new RawHttp(app.port())) {
            http.send(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
            RawHttp.Answer answer = http.answer(Duration.ofSeconds(5));

            assertThat(answer.status()).isEqualTo(status);
            assertThat(answer.header("x-content-type-options")).isEqualTo("nosniff");
            assertThat(answer.header("referrer-policy")).isEqualTo("no-referrer");
            assertThat(answer.header("content-security-policy"))
                    .isEqualTo(policy.equals("page") ? SecurityHeaders.PAGE_POLICY : SecurityHeaders.API_POLICY);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            q=%                 | q
            q=50%korting        | q
            q=kassa&type=%zz    | type
            """)
    void aBrokenPercentEscapeIsA400NamingTheParameter(String query, String field) {
        try (RawHttp http = new RawHttp(app.port())) {
            http.send("GET /api/v1/search?" + query + " HTTP/1.1\r\nHost: x\r\n\r\n");
            RawHttp.Answer answer = http.answer(Duration.ofSeconds(5));

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body())
                    .contains("\"field\":\"" + field + "\"", "not properly URL-encoded")
                    .doesNotContain("is required");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a request line of 100,000 characters  | 414
            headers of 100,000 bytes              | 431
            a header line without a colon         | 400
            """)
    void theServersOwnRefusalsAreProblemJsonNamingNoLibrary(String what, int status) {
        String request = switch (status) {
            case 414 -> "GET /api/v1/search?q=" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: x\r\n\r\n";
            case 431 -> "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(100_000) + "\r\n\r\n";
            default -> "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nNot a header\r\n\r\n";
        };
        try (RawHttp http = new RawHttp(app.port())) {
            http.send(request);
            RawHttp.Answer answer = http.answer(Duration.ofSeconds(5));

            assertThat(answer).as(what).isNotNull();
            assertThat(answer.status()).as(what).isEqualTo(status);
            assertThat(answer.header("content-type")).as(what).startsWith(ProblemDetails.CONTENT_TYPE);
            assertThat(answer.body())
                    .as(what)
                    .contains("\"status\":" + status, "\"detail\":\"The ")
                    .doesNotContainIgnoringCase("jetty")
                    .doesNotContain("<html", "Exception");
        }
    }
}
