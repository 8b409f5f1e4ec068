package nl.skillsmap.api;

import static nl.skillsmap.api.ApiResponses.header;
import static nl.skillsmap.api.ApiResponses.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.testing.FullDataIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * POST /qualifications/{crebo}/overview over real HTTP on the full default data: Sandra's overview of Eerste
 * verkoper (25153; intake ended in 2022, replaced by Retailspecialist 25809, which is known by its skills only).
 */
class OverviewFullDataTest {

    /** Sandra's words as the README gives them. */
    private static final String SANDRA = """
            "activities": ["inkoop en voorraadbeleid", "contact met klanten", "kassa en geldafhandeling"]""";

    private static final String FIRST_SALES = "25153";
    private static final String RETAIL_SPECIALIST = "25809";
    private static final String TILL = "Sluit het afrekensysteem af en verzorgt de geldadministratie";
    private static final String STOCK = "Controleert de voorraad en doet bestelvoorstellen";

    private static SkillsmapIndex index;

    @BeforeAll
    static void openFullIndex() throws IOException {
        index = SkillsmapIndex.open(FullDataIndex.ofDefaultData().ensureBuilt());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void sandrasOverviewOfEersteVerkoperSharesTheTillAndListsWhatRemainsPerCoreTask() {
        withServer(client -> {
            Response response = overview(client, FIRST_SALES, "{" + SANDRA + "}");
            assertThat(response.code()).isEqualTo(200);
            JsonNode overview = json(response);

            assertThat(shared(overview)).containsExactly(TILL);
            JsonNode till = line(overview, TILL);
            assertThat(till.get("evidence").get(0).get("input").asText()).isEqualTo("kassa en geldafhandeling");
            assertThat(overview.get("coverage").get("matched").asInt()).isEqualTo(1);
            assertThat(overview.get("coverage").get("total").asInt()).isEqualTo(17);
            // What remains, per core task: everything but the till.
            assertThat(remainingPerCoreTask(overview))
                    .containsExactly(
                            Map.entry("Geeft uitvoering aan verkoopactiviteiten", 3),
                            Map.entry("Geeft leiding aan een verkoopteam", 4),
                            Map.entry("Verzorgt goederenstroom en winkelpresentatie", 4),
                            Map.entry("Optimaliseert verkoop", 5));
            JsonNode lineage = overview.get("qualification").get("lineage");
            assertThat(lineage.get("status").asText()).isEqualTo("intakeEnded");
            assertThat(lineage.get("current").get("crebo").asText()).isEqualTo(RETAIL_SPECIALIST);
            assertThat(overview.get("profile").get("activities")).hasSize(3);
        });
    }

    @Test
    void theOverviewSharesWhatEersteVerkopersCardInSandrasMatchShares() {
        withServer(client -> {
            // The card's whole missing list (a default answer names the first few per core task).
            JsonNode cards = json(client.request(
                            "/api/v1/match?expand=missing",
                            request -> request.post(HttpRequest.BodyPublishers.ofString(
                                            "{" + SANDRA + ", \"lineage\": \"all\", \"limit\": 100}"))
                                    .header("Content-Type", "application/json")))
                    .get("qualifications");
            JsonNode card = null;
            for (JsonNode c : cards) {
                if (c.get("crebo").asText().equals(FIRST_SALES)) {
                    card = c;
                }
            }
            assertThat(card).as("Eerste verkoper among Sandra's qualifications").isNotNull();
            List<String> onCard = new ArrayList<>();
            card.get("shared").forEach(s -> onCard.add(s.get("title").asText()));

            JsonNode overview = json(overview(client, FIRST_SALES, "{" + SANDRA + "}"));

            assertThat(shared(overview)).isEqualTo(onCard);
            assertThat(overview.get("remaining")).isEqualTo(card.get("missing"));
        });
    }

    @Test
    void everyCardInSandrasResultSharesWhatTheOverviewOfTheCodeItCountsShares() {
        withServer(client -> {
            JsonNode cards = json(client.request(
                            "/api/v1/match",
                            request -> request.post(HttpRequest.BodyPublishers.ofString("{" + SANDRA + "}"))
                                    .header("Content-Type", "application/json")))
                    .get("qualifications");
            int compared = 0;
            for (JsonNode card : cards) {
                if (!card.get("coverageBasis").asText().equals("workProcesses")) {
                    continue;
                }
                JsonNode contentFrom = card.get("lineage").path("contentFrom");
                String counted = contentFrom.isMissingNode()
                        ? card.get("crebo").asText()
                        : contentFrom.get("crebo").asText();
                List<String> onCard = new ArrayList<>();
                card.get("shared").forEach(s -> onCard.add(s.get("title").asText()));

                JsonNode overview = json(overview(client, counted, "{" + SANDRA + "}"));

                assertThat(shared(overview))
                        .as(
                                "the overview of %s for the card of %s",
                                counted, card.get("crebo").asText())
                        .isEqualTo(onCard);
                assertThat(overview.get("coverage")).isEqualTo(card.get("coverage"));
                compared++;
            }
            assertThat(compared).as("cards counted in work processes").isGreaterThanOrEqualTo(5);
        });
    }

    @Test
    void sandraRemovesTheTillAndAddsTheStockCheckByHand() {
        withServer(client -> {
            JsonNode before = json(overview(client, FIRST_SALES, "{" + SANDRA + "}"));
            String till = line(before, TILL).get("id").asText();
            String stock = line(before, STOCK).get("id").asText();

            JsonNode after = json(overview(
                    client,
                    FIRST_SALES,
                    "{" + SANDRA + ", \"removed\": [\"" + till + "\"], \"added\": [\"" + stock + "\"]}"));

            assertThat(shared(after)).containsExactly(STOCK);
            assertThat(line(after, STOCK).get("addedByHand").asBoolean()).isTrue();
            assertThat(line(after, TILL).get("removedByHand").asBoolean()).isTrue();
            assertThat(line(after, TILL).get("status").asText()).isEqualTo("notYet");
            assertThat(remainingPerCoreTask(after))
                    .containsEntry("Geeft uitvoering aan verkoopactiviteiten", 4)
                    .containsEntry("Verzorgt goederenstroom en winkelpresentatie", 3);
        });
    }

    @Test
    void retailspecialistHasNoWorkProcessesAndTheRefusalNamesEersteVerkoper() {
        withServer(client -> {
            Response response = overview(client, RETAIL_SPECIALIST, "{" + SANDRA + "}");
            assertThat(response.code()).isEqualTo(400);
            assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
            JsonNode error = json(response).get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo("crebo");
            assertThat(error.get("message").asText())
                    .contains("no work processes", "best-described code is " + FIRST_SALES + " (Eerste verkoper)");
            // The code to use instead, for a program to read without parsing the message.
            assertThat(error.get("suggestion").get("value").asText()).isEqualTo(FIRST_SALES);
            assertThat(error.get("suggestion").get("label").asText()).isEqualTo("Eerste verkoper");
        });
    }

    @Test
    void unknownCodesAndForeignOrAbsurdlyManyAdditionsAreProblemsNamingWhatIsWrong() {
        withServer(client -> {
            Response unknown = overview(client, "99999", "{" + SANDRA + "}");
            assertThat(unknown.code()).isEqualTo(404);
            assertThat(header(unknown, "Content-Type")).startsWith("application/problem+json");

            Response foreign = overview(
                    client,
                    FIRST_SALES,
                    "{" + SANDRA + ", \"added\": [\"25809-K1-W1\", \"" + FIRST_SALES + "-K1-W1\", \"nonsense\"]}");
            assertThat(foreign.code()).isEqualTo(400);
            JsonNode error = json(foreign).get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo("added");
            assertThat(error.get("message").asText())
                    .contains("25809-K1-W1", "nonsense")
                    .doesNotContain(FIRST_SALES + "-K1-W1,");

            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 1000; i++) {
                many.append(i == 0 ? "" : ",").append("\"").append(FIRST_SALES).append("-K1-W1\"");
            }
            Response absurd = overview(client, FIRST_SALES, "{\"added\": [" + many + "]}");
            assertThat(absurd.code()).isEqualTo(400);
            assertThat(json(absurd).get("errors").get(0).get("message").asText())
                    .contains("at most");
        });
    }

    private static List<String> shared(JsonNode overview) {
        List<String> titles = new ArrayList<>();
        overview.get("coreTasks")
                .forEach(ct -> ct.get("workProcesses").forEach(wp -> {
                    if (wp.get("status").asText().equals("shared")) {
                        titles.add(wp.get("title").asText());
                    }
                }));
        return titles;
    }

    private static JsonNode line(JsonNode overview, String title) {
        for (JsonNode ct : overview.get("coreTasks")) {
            for (JsonNode wp : ct.get("workProcesses")) {
                if (wp.get("title").asText().equals(title)) {
                    return wp;
                }
            }
        }
        throw new AssertionError("no work process " + title);
    }

    private static Map<String, Integer> remainingPerCoreTask(JsonNode overview) {
        Map<String, Integer> remaining = new LinkedHashMap<>();
        overview.get("remaining")
                .forEach(g -> remaining.put(
                        g.get("coreTask").get("title").asText(),
                        g.get("workProcesses").size()));
        return remaining;
    }

    private static void withServer(Consumer<HttpClient> test) {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> test.accept(client));
    }

    private static Response overview(HttpClient client, String crebo, String body) {
        return client.request(
                "/api/v1/qualifications/" + crebo + "/overview",
                request -> request.post(HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json"));
    }
}
