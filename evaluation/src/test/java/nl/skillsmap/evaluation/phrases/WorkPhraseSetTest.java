package nl.skillsmap.evaluation.phrases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.skillsmap.source.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkPhraseSetTest {

    @TempDir
    Path dir;

    private void write(String queries, String qrels) throws IOException {
        Files.writeString(dir.resolve("queries.tsv"), queries);
        Files.writeString(dir.resolve("qrels.tsv"), qrels);
    }

    @Test
    void readsPhrasesAndTheirGradesExplicitZerosIncluded() throws IOException {
        write("W1\tkassa en geldafhandeling\nW2\twonden verzorgen\n", """
                W1\t0\t25153-K1-W4\t3
                W1\t0\t25808-B1-K1-W2\t1
                W2\t0\t25641-K1-W2\t0
                """);
        WorkPhraseSet set = WorkPhraseSet.read(dir);
        assertThat(set.phrases())
                .extracting(WorkPhraseSet.Phrase::text)
                .containsExactly("kassa en geldafhandeling", "wonden verzorgen");
        assertThat(set.gradesOf("W1")).containsEntry("25153-K1-W4", 3).containsEntry("25808-B1-K1-W2", 1);
        assertThat(set.gradesOf("W2")).containsExactly(Map.entry("25641-K1-W2", 0));
        assertThat(set.judgements()).isEqualTo(3);
    }

    @Test
    void aQrelsLineWithTheWrongNumberOfColumnsIsNamedByFileAndLine() throws IOException {
        write("W1\tkassa\n", "W1\t0\t25153-K1-W4\t3\nW1\t0\t25808-B1-K1-W2\n");
        assertThatThrownBy(() -> WorkPhraseSet.read(dir))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("qrels.tsv:2")
                .hasMessageContaining("expected 4 tab-separated columns");
    }

    @Test
    void aGradeOutsideTheScaleIsNamedWithItsLine() throws IOException {
        write("W1\tkassa\n", "W1\t0\t25153-K1-W4\t3\nW1\t0\t25808-B1-K1-W2\t4\n");
        assertThatThrownBy(() -> WorkPhraseSet.read(dir))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("qrels.tsv:2")
                .hasMessageContaining("grade 4 is not 0, 1, 2 or 3");
        write("W1\tkassa\n", "W1\t0\t25153-K1-W4\thoog\n");
        assertThatThrownBy(() -> WorkPhraseSet.read(dir))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("qrels.tsv:1")
                .hasMessageContaining("'hoog' is not a whole number");
    }

    @Test
    void aJudgementOfAPhraseNotInTheQueriesIsAnError() throws IOException {
        write("W1\tkassa\n", "W9\t0\t25153-K1-W4\t3\n");
        assertThatThrownBy(() -> WorkPhraseSet.read(dir))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("qrels.tsv:1")
                .hasMessageContaining("W9 is not in queries.tsv");
    }

    @Test
    void aWorkProcessJudgedTwiceForOnePhraseIsAnError() throws IOException {
        write("W1\tkassa\n", "W1\t0\t25153-K1-W4\t3\nW1\t0\t25153-K1-W4\t1\n");
        assertThatThrownBy(() -> WorkPhraseSet.read(dir))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("qrels.tsv:2")
                .hasMessageContaining("25153-K1-W4 is judged twice for W1");
    }

    @Test
    void aPhraseIdThatAppearsTwiceIsNamedWithItsLine() throws IOException {
        write("W1\tkassa\nW1\tvoorraad\n", "");
        assertThatThrownBy(() -> WorkPhraseSet.read(dir))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("queries.tsv:2")
                .hasMessageContaining("W1 appears twice");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> WorkPhraseSet.read(dir))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("queries.tsv")
                .hasMessageContaining("not found");
    }

    @Test
    void judgementsOfIdsTheIndexDoesNotHoldAreCountedWithHowManyWereTheWork() throws IOException {
        write("W1\tkassa\nW2\tvoorraad\n", """
                W1\t0\t25153-K1-W4\t3
                W1\t0\t25153-K1-W9\t2
                W1\t0\t25153-K1-W8\t0
                W2\t0\t25153-K1-W9\t1
                """);
        WorkPhraseSet.Unknown unknown = WorkPhraseSet.read(dir).unknown(Set.of("25153-K1-W4"));
        assertThat(unknown.judgements()).isEqualTo(3);
        assertThat(unknown.shared()).isEqualTo(1);
        assertThat(unknown.ids()).isEqualTo(List.of("25153-K1-W8", "25153-K1-W9"));
    }
}
