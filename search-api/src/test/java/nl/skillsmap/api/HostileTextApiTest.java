package nl.skillsmap.api;

import static nl.skillsmap.api.ApiResponses.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.index.IndexBuilder;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Skill;
import nl.skillsmap.search.index.SkillsmapIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markup and character references in the data or the query travel as the literal text they are. */
class HostileTextApiTest {

    private static final String DESCRIPTION = "Typt <script>alert(1)</script> &amp; &lt;b&gt;kassa&lt;/b&gt; af.";

    @TempDir
    static Path dir;

    private static SkillsmapIndex index;

    @BeforeAll
    static void indexOneSkillWithMarkupInItsText() throws IOException {
        Skill skill = new Skill(
                "s:hostile",
                "<b>afrekenen</b>",
                "nl",
                List.of(),
                List.of(),
                "skill/competence",
                DESCRIPTION,
                new Provenance("test", "test.csv", Provenance.Quality.OFFICIAL));
        IndexLocation location = new IndexLocation(dir.resolve("index"));
        new IndexBuilder(line -> {})
                .build(
                        new Corpus(List.of(), List.of(), List.of(skill), List.of(), List.of()),
                        AnalysisResources.empty(),
                        location,
                        "test");
        index = SkillsmapIndex.open(location);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void markupInTheDataAndTheQueryComesBackAsLiteralTextWithOnlyTheMatchMarked() {
        String query = "<script>kassa &amp; &lt;b&gt;";
        JavalinTest.test(SkillsmapApp.create(index, ApiConfig.defaults()), (server, client) -> {
            JsonNode body = json(client.get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));

            assertThat(body.get("query").asText()).isEqualTo(query);
            JsonNode hit = body.get("hits").get(0);
            assertThat(hit.get("title").asText()).isEqualTo("<b>afrekenen</b>");
            JsonNode snippet = hit.get("snippet");
            String text = snippet.get("text").asText();
            assertThat(text).isEqualTo(DESCRIPTION);
            List<String> marked = new ArrayList<>();
            snippet.get("marks")
                    .forEach(mark -> marked.add(
                            text.substring(mark.get(0).asInt(), mark.get(1).asInt())));
            // The query's words, found as words of the literal text: markup is never a unit of its own.
            assertThat(marked).contains("kassa", "script").containsOnly("script", "kassa", "amp", "lt", "b", "gt");
        });
    }
}
