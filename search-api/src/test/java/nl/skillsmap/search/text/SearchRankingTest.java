package nl.skillsmap.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
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

/** Three documents that pin how fields, exact forms and snippets work together. */
class SearchRankingTest {

    private static final Provenance SOURCE = new Provenance("test", "test.csv", Provenance.Quality.OFFICIAL);

    @TempDir
    static Path dir;

    private static SkillsmapIndex index;
    private static SearchService search;

    @BeforeAll
    static void indexThreeSkills() throws IOException {
        Corpus corpus = new Corpus(
                List.of(),
                List.of(),
                List.of(
                        skill("s:exact", "klant helpen bij vragen", List.of(), null),
                        skill("s:stem", "klanten", List.of(), null),
                        skill(
                                "s:label",
                                "afrekenen",
                                List.of("klantbetaling"),
                                "Werkt met <b>kassa</b> & pin; \"contant\" of 'pin'.")),
                List.of(),
                List.of());
        IndexLocation location = new IndexLocation(dir.resolve("index"));
        new IndexBuilder(line -> {}).build(corpus, AnalysisResources.empty(), location, "test");
        index = SkillsmapIndex.open(location);
        search = new SearchService(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void theExactWordOutranksAShorterTitleThatOnlySharesTheStem() {
        List<SearchHit> hits = search.search(SearchRequest.of("klant")).hits();

        assertThat(hits).extracting(SearchHit::id).containsExactly("s:exact", "s:stem");
        assertThat(MarkedText.of(hits.get(1).snippet())).isEqualTo("[klanten]");
    }

    @Test
    void theExactPluralPutsItsOwnTitleFirst() {
        assertThat(search.search(SearchRequest.of("klanten")).hits())
                .extracting(SearchHit::id)
                .startsWith("s:stem", "s:exact");
    }

    @Test
    void aLabelMatchIsFoundAndShownByItsTitle() {
        SearchHit hit = search.search(SearchRequest.of("klantbetaling")).hits().getFirst();

        assertThat(hit.id()).isEqualTo("s:label");
        assertThat(hit.snippet()).isEqualTo(new Snippet("afrekenen", List.of()));
    }

    @Test
    void snippetsCarryTheIndexedTextAsItIsWithOnlyTheMatchMarked() {
        SearchHit hit = search.search(SearchRequest.of("contant")).hits().getFirst();

        assertThat(MarkedText.of(hit.snippet())).isEqualTo("Werkt met <b>kassa</b> & pin; \"[contant]\" of 'pin'.");
    }

    private static Skill skill(String uri, String label, List<String> altLabels, String description) {
        return new Skill(uri, label, "nl", altLabels, List.of(), "skill/competence", description, SOURCE);
    }
}
