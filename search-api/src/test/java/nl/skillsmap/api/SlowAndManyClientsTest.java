package nl.skillsmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Slow, stalled and many clients on loopback against a server with small limits (32 threads, 2 heavy requests
 * running and 6 waiting, a body read time of 1 s), so that what would exhaust the server's threads takes a few dozen
 * connections and a few seconds. Every test is bounded in time and in connections.
 */
@ExtendWith(FixtureIndex.class)
@Timeout(60)
class SlowAndManyClientsTest {

    private static final ServerLimits LIMITS = new ServerLimits(
            32,
            500,
            Duration.ofSeconds(2),
            Duration.ofSeconds(1),
            2,
            6,
            Duration.ofSeconds(1),
            2,
            8,
            Duration.ofSeconds(5));
    private static final String MATCH = "{\"activities\": [\"voorraad beheren\", \"klanten helpen\"]}";

    private static SkillsmapIndex index;
    private final List<RawHttp> connections = new ArrayList<>();
    private Javalin app;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
    }

    private int start(ServerLimits limits) {
        app = SkillsmapApp.create(index, ApiConfig.defaults().withLimits(limits))
                .start("127.0.0.1", 0);
        return app.port();
    }

    @AfterEach
    void stop() {
        connections.forEach(RawHttp::close);
        if (app != null) {
            app.stop();
        }
    }

    private RawHttp connect(int port) {
        RawHttp connection = new RawHttp(port);
        connections.add(connection);
        return connection;
    }

    @Test
    void fortyClientsTricklingMatchBodiesAreCutOffWhileHealthKeepsAnswering() throws Exception {
        int port = start(LIMITS);
        List<RawHttp> slow = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            RawHttp connection = connect(port);
            connection.send(RawHttp.postHead("/api/v1/match", 1000) + "{");
            slow.add(connection);
        }
        // A byte every 200 ms: never idle long enough for the idle timeout, far below any real rate.
        ExecutorService trickle = Executors.newSingleThreadExecutor();
        Future<?> trickling = trickle.submit(() -> {
            for (int round = 0; round < 20 && !Thread.currentThread().isInterrupted(); round++) {
                slow.forEach(c -> c.send(" "));
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            HttpClient client = HttpClient.newHttpClient();
            // Answered while the slow clients hold their places (a request they blocked would time out);
            // how fast is FaultLoad's to measure.
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> health = client.send(health(port), HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
            }
            int refusedAtOnce = 0;
            int timedOut = 0;
            for (RawHttp connection : slow) {
                RawHttp.Answer answer = connection.answer(Duration.ofSeconds(6));
                assertThat(answer).as("every slow client is answered").isNotNull();
                assertThat(answer.status()).isIn(408, 503);
                assertThat(answer.header("content-type")).startsWith(ProblemDetails.CONTENT_TYPE);
                if (answer.status() == 503) {
                    assertThat(answer.header("retry-after")).isEqualTo("1");
                    refusedAtOnce++;
                } else {
                    assertThat(answer.body()).contains("did not arrive within 1 s");
                    timedOut++;
                }
            }
            // Eight may read a body at once (2 running + 6 waiting); the other 32 are refused without a thread.
            assertThat(timedOut).isEqualTo(8);
            assertThat(refusedAtOnce).isEqualTo(32);
        } finally {
            trickling.cancel(true);
            trickle.shutdownNow();
        }
        // Once they are gone, matching works again.
        HttpResponse<String> match = post(port, MATCH);
        assertThat(match.statusCode()).isEqualTo(200);
    }

    @Test
    void aBurstOfMatchesIsAnsweredOrRefusedWithRetryAfterAndHealthStaysFast() throws Exception {
        int port = start(LIMITS);
        burst(port, () -> post(port, MATCH));
    }

    @Test
    void aBurstOfSearchesIsAnsweredOrRefusedWithRetryAfterAndHealthStaysFast() throws Exception {
        int port = start(LIMITS);
        burst(
                port,
                () -> HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create("http://127.0.0.1:" + port + "/api/v1/search?q=voorraad"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()));
    }

    /** 24 requests at once: each answered, or refused with a problem and Retry-After; health answers meanwhile. */
    private static void burst(int port, Callable<HttpResponse<String>> request) throws Exception {
        ExecutorService burst = Executors.newFixedThreadPool(24);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            answers.add(burst.submit(request));
        }
        List<Integer> healthStatuses = new ArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 20; i++) {
            healthStatuses.add(client.send(health(port), HttpResponse.BodyHandlers.ofString())
                    .statusCode());
        }
        int answered = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).isIn(200, 503);
            if (response.statusCode() == 200) {
                answered++;
            } else {
                assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                        .startsWith(ProblemDetails.CONTENT_TYPE);
            }
        }
        burst.shutdown();
        assertThat(answered).isPositive();
        assertThat(healthStatuses).containsOnly(200);
    }

    @Test
    void brokenChunkedBodiesAreA400ProblemAndTheServerGoesOn() throws Exception {
        int port = start(LIMITS);
        for (String chunks : List.of("zz\r\n{}\r\n0\r\n\r\n", "fffffffffffffffffffff\r\n{}\r\n0\r\n\r\n")) {
            RawHttp connection = connect(port);
            connection.send("POST /api/v1/match HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n" + chunks);
            RawHttp.Answer answer = connection.answer(Duration.ofSeconds(5));
            assertThat(answer).as(chunks).isNotNull();
            assertThat(answer.status()).as(chunks).isEqualTo(400);
            assertThat(answer.header("content-type")).startsWith(ProblemDetails.CONTENT_TYPE);
        }
        RawHttp leaving = connect(port);
        leaving.send(RawHttp.postHead("/api/v1/match", 100) + "{\"activities\":");
        leaving.close();
        assertThat(post(port, MATCH).statusCode()).isEqualTo(200);
    }

    @Test
    void stoppingFinishesTheRequestsInFlightAndRefusesNewRequests() throws Exception {
        int port = start(LIMITS);
        RawHttp open = connect(port);
        open.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(open.answer(Duration.ofSeconds(5)).status()).isEqualTo(200);
        RawHttp inFlight = connect(port);
        byte[] body = MATCH.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        inFlight.send(RawHttp.postHead("/api/v1/match", body.length) + MATCH.substring(0, 10));
        Thread.sleep(200);
        Thread stopping = new Thread(app::stop);
        stopping.start();
        Thread.sleep(300);
        // A new request on a connection opened before the stop is refused with a problem.
        open.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        RawHttp.Answer refused = open.answer(Duration.ofSeconds(2));
        assertThat(refused).isNotNull();
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("content-type")).startsWith(ProblemDetails.CONTENT_TYPE);
        assertThat(refused.body()).contains("The server is stopping or too busy");
        inFlight.send(MATCH.substring(10));
        RawHttp.Answer answer = inFlight.answer(Duration.ofSeconds(5));
        stopping.join(10_000);
        app = null;

        assertThat(answer).isNotNull();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("qualifications");
        assertThat(stopping.isAlive()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> post(port, MATCH))
                .isInstanceOf(java.io.IOException.class);
    }

    private static HttpResponse<String> post(int port, String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/match"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A health request that a blocked server would let time out: the bound is a liveness check far above any
     * answer time, not a latency target (FaultLoad measures those).
     */
    private static HttpRequest health(int port) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
    }
}
