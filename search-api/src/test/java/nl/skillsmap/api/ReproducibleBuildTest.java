package nl.skillsmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same data answer a battery of requests byte for byte the same, whatever thread wrote what. */
class ReproducibleBuildTest {

    private static final List<String> QUERIES = List.of(
            "voorraad",
            "kassa",
            "klanten",
            "bestellen",
            "koken",
            "magazijn",
            "verkoop",
            "hygiene",
            "voorraad beheren en klanten helpen");
    private static final List<String> MATCHES = List.of(
            "{\"activities\": [\"inkoop en voorraadbeleid\", \"contact met klanten\", \"kassa en geldafhandeling\"]}",
            "{\"activities\": [\"koken\"]}",
            "{\"activities\": [\"orders verzamelen\", \"magazijn\"], \"limit\": 3}",
            "{\"skills\": [\"" + FixtureCorpus.SKILL_STOCK + "\"]}",
            "{\"qualification\": \"" + FixtureCorpus.SALES + "\"}");

    @TempDir
    Path dir;

    @Test
    void twoBuildsOfTheSameDataGiveTheSameAnswers() throws Exception {
        List<String> first = answers(dir.resolve("first"));
        List<String> second = answers(dir.resolve("second"));

        assertThat(first).hasSize(QUERIES.size() * 3 + MATCHES.size() + 3);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).as("answer %d", i).isEqualTo(first.get(i));
        }
    }

    private static List<String> answers(Path indexDir) throws Exception {
        List<String> answers = new ArrayList<>();
        try (SkillsmapIndex index = SkillsmapIndex.open(FixtureCorpus.buildIndex(indexDir))) {
            Javalin app = SkillsmapApp.create(index, ApiConfig.defaults()).start("127.0.0.1", 0);
            try {
                HttpClient client = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + app.port() + "/api/v1";
                for (String q : QUERIES) {
                    String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
                    answers.add(get(client, base + "/search?limit=100&q=" + encoded));
                    answers.add(get(client, base + "/search?limit=3&type=workProcess&q=" + encoded));
                    answers.add(get(
                            client, base + "/suggest?q=" + encoded.substring(0, Math.min(3, encoded.length()))));
                }
                for (String match : MATCHES) {
                    answers.add(client.send(
                                    HttpRequest.newBuilder(URI.create(base + "/match"))
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(match))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body());
                }
                answers.add(get(client, base + "/qualifications/" + FixtureCorpus.SALES));
                answers.add(get(client, base + "/broad-elements?limit=100"));
                answers.add(get(
                        client, base + "/compare?from=" + FixtureCorpus.SALES + "&to=" + FixtureCorpus.SHOP_MANAGER));
            } finally {
                app.stop();
            }
        }
        return answers;
    }

    private static String get(HttpClient client, String uri) throws Exception {
        HttpResponse<String> response =
                client.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(uri).isEqualTo(200);
        return response.body();
    }
}
