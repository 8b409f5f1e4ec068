package nl.skillsmap.api;

import static nl.skillsmap.api.ApiResponses.json;
import static nl.skillsmap.api.ApiResponses.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.match.MatchResponse;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /match answers a summary of the missing parts by default and lists them all with expand=missing. */
@ExtendWith(FixtureIndex.class)
class LeanMatchApiTest {

    private static final String PROFILE = """
            {"activities": ["inkoop en voorraadbeleid", "contact met klanten", "kassa en geldafhandeling",
             "koken"], "lineage": "all"}""";

    private static SkillsmapIndex index;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
    }

    private static Response post(HttpClient client, String query) {
        return client.request(
                "/api/v1/match" + query,
                request -> request.post(HttpRequest.BodyPublishers.ofString(PROFILE))
                        .header("Content-Type", "application/json"));
    }

    @Test
    void theSummaryCountsEveryMissingPartAndNamesTheFirstOnesOfTheFullList() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode summary = json(post(client, ""));
            JsonNode full = json(post(client, "?expand=missing"));

            assertThat(texts(summary.get("qualifications"), "crebo"))
                    .isNotEmpty()
                    .isEqualTo(texts(full.get("qualifications"), "crebo"));
            int missingGroups = 0;
            for (int q = 0; q < full.get("qualifications").size(); q++) {
                JsonNode fullGroups = full.get("qualifications").get(q).get("missing");
                JsonNode shortGroups = summary.get("qualifications").get(q).get("missing");
                assertThat(shortGroups.size()).isEqualTo(fullGroups.size());
                for (int g = 0; g < fullGroups.size(); g++) {
                    JsonNode all = fullGroups.get(g).get("workProcesses");
                    assertThat(fullGroups.get(g).get("count").asInt()).isEqualTo(all.size());
                    assertThat(shortGroups.get(g).get("count").asInt()).isEqualTo(all.size());
                    assertThat(prefix(shortGroups.get(g).get("workProcesses"), Integer.MAX_VALUE))
                            .isEqualTo(prefix(all, MatchResponse.SUMMARY_MISSING_PARTS));
                    missingGroups++;
                }
            }
            assertThat(missingGroups).as("missing groups compared").isPositive();
            assertThat(texts(summary.get("occupations"), "uri"))
                    .isNotEmpty()
                    .isEqualTo(texts(full.get("occupations"), "uri"));
            for (int o = 0; o < full.get("occupations").size(); o++) {
                JsonNode all = full.get("occupations").get(o).get("missingSkills");
                JsonNode shown = summary.get("occupations").get(o);
                assertThat(shown.get("missingSkillCount").asInt()).isEqualTo(all.size());
                assertThat(prefix(shown.get("missingSkills"), Integer.MAX_VALUE))
                        .isEqualTo(prefix(all, MatchResponse.SUMMARY_MISSING_SKILLS));
            }
            assertThat(withoutMissingLists(summary)).isEqualTo(withoutMissingLists(full));
        });
    }

    @Test
    void anUnknownExpansionIsA400NamingIt() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response response = post(client, "?expand=everything");

            assertThat(response.code()).isEqualTo(400);
            assertThat(texts(json(response).get("errors"), "field")).containsExactly("expand");
            assertThat(texts(json(response).get("errors"), "message"))
                    .containsExactly("must be 'missing' or left out, not 'everything'");
        });
    }

    /** The first {@code size} elements of a JSON array. */
    private static List<JsonNode> prefix(JsonNode array, int size) {
        List<JsonNode> first = new ArrayList<>();
        for (int i = 0; i < Math.min(size, array.size()); i++) {
            first.add(array.get(i));
        }
        return first;
    }

    private static JsonNode withoutMissingLists(JsonNode answer) {
        JsonNode copy = answer.deepCopy();
        copy.get("qualifications")
                .forEach(q -> q.get("missing").forEach(group -> ((ObjectNode) group).remove("workProcesses")));
        copy.get("occupations").forEach(o -> ((ObjectNode) o).remove("missingSkills"));
        return copy;
    }
}
