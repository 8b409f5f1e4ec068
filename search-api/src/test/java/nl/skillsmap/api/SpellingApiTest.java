package nl.skillsmap.api;

import static nl.skillsmap.api.ApiResponses.fieldNames;
import static nl.skillsmap.api.ApiResponses.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FixtureIndex.class)
class SpellingApiTest {

    private static SkillsmapIndex index;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        index = fixture;
    }

    @Test
    void aMistypedPhraseComesBackWithItsUnknownWordCorrected() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response response = client.get("/api/v1/spelling?q=voorad%20beheren&limit=3");

            assertThat(response.code()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(fieldNames(body)).containsExactly("text", "unknown", "suggestions");
            assertThat(body.get("unknown").get(0).asText()).isEqualTo("voorad");
            assertThat(body.get("suggestions"))
                    .extracting(JsonNode::asText)
                    .contains("voorraad beheren")
                    .hasSizeLessThanOrEqualTo(3);
        });
    }

    @Test
    void aMissingTextOrALimitOutOfRangeIsRefusedNamingTheParameter() {
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            Response missing = client.get("/api/v1/spelling");
            Response tooMany = client.get("/api/v1/spelling?q=kasa&limit=6");

            assertThat(missing.code()).isEqualTo(400);
            assertThat(json(missing).toString()).contains("\"q\"");
            assertThat(tooMany.code()).isEqualTo(400);
            assertThat(json(tooMany).toString()).contains("\"limit\"").contains("must be 1 to 5");
        });
    }
}
