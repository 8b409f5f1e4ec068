package nl.skillsmap.evaluation.melo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.skillsmap.source.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeloSetTest {

    static final String OCCUPATION = "http://data.europa.eu/esco/occupation/";
    static final String ISCO = "http://data.europa.eu/esco/isco/";

    @TempDir
    Path dir;

    /** A tiny set: two cooks, a waiter and an ISCO group; "Kokkin" is judged to mean the first cook. */
    static void writeSet(Path dir) throws IOException {
        Files.writeString(dir.resolve("queries.tsv"), "Q1\tKokkin\nQ2\tKelner\nQ3\tLoodgieter\n");
        Files.writeString(dir.resolve("corpus_elements.tsv"), """
                C1_nl_000\tkok
                C1_nl_001\tkokkin
                C1_nl_002\tchef-kok
                C2_nl_000\tkok grootkeuken
                C2_nl_001\tkokkin grootkeuken
                C3_nl_000\tkelner
                C3_nl_001\tober
                C4_nl_000\tkoks en kelners
                """);
        Files.writeString(dir.resolve("concept_mapping.tsv"), """
                C1_nl_000\t%1$scook
                C1_nl_001\t%1$scook
                C1_nl_002\t%1$scook
                C2_nl_000\t%1$sinstitutional-cook
                C2_nl_001\t%1$sinstitutional-cook
                C3_nl_000\t%1$swaiter
                C3_nl_001\t%1$swaiter
                C4_nl_000\t%2$sC512
                """.formatted(OCCUPATION, ISCO));
        Files.writeString(dir.resolve("annotations.tsv"), """
                Q1\t0\tC1_nl_000\t1
                Q1\t0\tC1_nl_001\t1
                Q1\t0\tC1_nl_002\t1
                Q2\t0\tC3_nl_000\t1
                Q2\t0\tC3_nl_001\t0
                """);
    }

    @Test
    void readsQueriesElementsConceptsAndOnlyPositiveJudgements() throws IOException {
        writeSet(dir);
        MeloSet set = MeloSet.read(dir);
        assertThat(set.queries()).extracting(MeloSet.Query::text).containsExactly("Kokkin", "Kelner", "Loodgieter");
        assertThat(set.elements()).hasSize(8);
        assertThat(set.conceptOf()).containsEntry("C2_nl_001", OCCUPATION + "institutional-cook");
        assertThat(set.relevant().get("Q1")).containsExactly("C1_nl_000", "C1_nl_001", "C1_nl_002");
        assertThat(set.relevant().get("Q2")).containsExactly("C3_nl_000");
        // Like trec_eval, only queries with a relevant element are measured.
        assertThat(set.judgedQueries()).extracting(MeloSet.Query::id).containsExactly("Q1", "Q2");
    }

    @Test
    void onlyOccupationConceptsBecomeOccupations() throws IOException {
        writeSet(dir);
        assertThat(ConceptIndex.occupations(MeloSet.read(dir)))
                .extracting(o -> o.uri().substring(OCCUPATION.length()), o -> o.label(), o -> o.altLabels())
                .containsExactly(
                        tuple("cook", "kok", List.of("kokkin", "chef-kok")),
                        tuple("institutional-cook", "kok grootkeuken", List.of("kokkin grootkeuken")),
                        tuple("waiter", "kelner", List.of("ober")));
    }

    @Test
    void aLineWithTheWrongNumberOfColumnsIsNamedByFileAndLine() throws IOException {
        writeSet(dir);
        Files.writeString(dir.resolve("queries.tsv"), "Q1\tKokkin\nQ2 Kelner\n");
        assertThatThrownBy(() -> MeloSet.read(dir))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("queries.tsv:2")
                .hasMessageContaining("expected 2 tab-separated columns");
    }

    @Test
    void aJudgementOfAnUnknownElementIsAnError() throws IOException {
        writeSet(dir);
        Files.writeString(dir.resolve("annotations.tsv"), "Q1\t0\tC9_nl_000\t1\n");
        assertThatThrownBy(() -> MeloSet.read(dir))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("annotations.tsv:1")
                .hasMessageContaining("C9_nl_000");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> MeloSet.read(dir))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("queries.tsv")
                .hasMessageContaining("not found");
    }
}
