package nl.skillsmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.IndexWatcher;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server under traffic while the index it serves is rebuilt with changed data and published into the same
 * location, as the {@code index} command does from another process: no request fails, and the answers move to the
 * new index (its version in /health and in every answer's header, its content in the results).
 */
class RebuildUnderTrafficTest {

    private static final int CLIENTS = 4;
    /** A word only the rebuilt index holds: the cook's new alternative label. */
    private static final String NEW_LABEL = "zweefvlieginstructeur";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aRebuildPublishedUnderTrafficFailsNoRequestAndTheAnswersMoveToTheNewIndex() throws Exception {
        IndexLocation location = FixtureCorpus.buildIndex(dir);
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        AtomicInteger answered = new AtomicInteger();
        try (SkillsmapIndex index = SkillsmapIndex.open(location);
                IndexWatcher watcher = IndexWatcher.start(index, Duration.ofMillis(20), failures::add);
                HttpClient http = HttpClient.newHttpClient()) {
            IndexSnapshot first = index.acquire();
            index.release(first);
            Javalin app = SkillsmapApp.create(index, ApiConfig.defaults()).start("127.0.0.1", 0);
            URI api = URI.create("http://127.0.0.1:" + app.port() + SkillsmapApp.API + "/");
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> loops = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    loops.add(clients.submit(() -> {
                        while (running.get()) {
                            for (HttpRequest request : requests(api)) {
                                send(http, request, failures, versionsSeen);
                                answered.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                awaitAnswers(answered, 40);

                FixtureCorpus.buildIndex(dir, withNewLabel(FixtureCorpus.corpus()));
                String published = location.current().map(Path::toString).orElseThrow();
                String newVersion = awaitNewVersion(http, api, first.version());
                int atSwap = answered.get();
                awaitAnswers(answered, atSwap + 40);
                running.set(false);
                for (Future<?> loop : loops) {
                    loop.get();
                }

                assertThat(failures).as("failed requests and refresh problems").isEmpty();
                assertThat(versionsSeen)
                        .as("index versions named by the answers")
                        .containsExactlyInAnyOrder(first.version(), newVersion);
                assertThat(first.references())
                        .as("references left on the replaced snapshot")
                        .isZero();
                IndexSnapshot now = index.acquire();
                try {
                    assertThat(now.generation().toString()).isEqualTo(published);
                } finally {
                    index.release(now);
                }
                JsonNode found = JSON.readTree(http.send(
                                HttpRequest.newBuilder(api.resolve("search?q=" + NEW_LABEL + "&type=occupation"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
                assertThat(found.get("hits"))
                        .extracting(hit -> hit.get("id").asText())
                        .containsExactly(FixtureCorpus.COOK_OCCUPATION);
            } finally {
                running.set(false);
                clients.shutdownNow();
                app.stop();
            }
        }
    }

    private static List<HttpRequest> requests(URI api) {
        return List.of(
                HttpRequest.newBuilder(api.resolve("search?q=voorraad")).build(),
                HttpRequest.newBuilder(api.resolve("suggest?q=kas")).build(),
                HttpRequest.newBuilder(api.resolve("match"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"activities\": [\"voorraad beheren\", \"klanten helpen\"]}"))
                        .build(),
                HttpRequest.newBuilder(api.resolve("occupations/cook")).build(),
                HttpRequest.newBuilder(api.resolve("health")).build());
    }

    /** Sends one request; anything but 200, or an answer naming no index version, is a failure. */
    private static void send(HttpClient http, HttpRequest request, Queue<String> failures, Set<String> versions) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                failures.add(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            response.headers()
                    .firstValue(SkillsmapApp.INDEX_VERSION_HEADER)
                    .ifPresentOrElse(versions::add, () -> failures.add(request.uri() + " named no index version"));
        } catch (Exception e) {
            failures.add(request.method() + " " + request.uri() + " failed: " + e);
        }
    }

    private static String awaitNewVersion(HttpClient http, URI api, String old) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode health = JSON.readTree(http.send(
                            HttpRequest.newBuilder(api.resolve("health")).build(), HttpResponse.BodyHandlers.ofString())
                    .body());
            String version = health.get("indexVersion").asText();
            if (!version.equals(old)) {
                return version;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("/health still names index " + old + " 30 s after the rebuild was published");
    }

    private static void awaitAnswers(AtomicInteger answered, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (answered.get() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(answered.get()).as("answers within 30 s").isGreaterThanOrEqualTo(atLeast);
    }

    /** The corpus with one more alternative label on the cook occupation. */
    private static Corpus withNewLabel(Corpus corpus) {
        List<Occupation> occupations = corpus.occupations().stream()
                .map(o -> !o.uri().equals(FixtureCorpus.COOK_OCCUPATION)
                        ? o
                        : new Occupation(
                                o.uri(),
                                o.code(),
                                o.iscoGroup(),
                                o.label(),
                                o.language(),
                                concat(o.altLabels(), NEW_LABEL),
                                o.hiddenLabels(),
                                o.description(),
                                o.essentialSkills(),
                                o.optionalSkills(),
                                o.provenance()))
                .toList();
        return new Corpus(
                corpus.qualifications(),
                corpus.electives(),
                corpus.skills(),
                occupations,
                corpus.register(),
                corpus.notes());
    }

    private static List<String> concat(List<String> labels, String label) {
        List<String> all = new ArrayList<>(labels);
        all.add(label);
        return all;
    }
}
