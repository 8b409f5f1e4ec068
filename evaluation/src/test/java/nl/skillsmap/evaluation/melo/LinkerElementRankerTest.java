package nl.skillsmap.evaluation.melo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.analysis.AnalyzerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkerElementRankerTest {

    @TempDir
    Path dir;

    @Test
    void listsTheLabelsOfTheOneLinkedOccupationOrNothing() throws IOException {
        MeloSetTest.writeSet(dir);
        MeloSet set = MeloSet.read(dir);
        AnalyzerFactory analyzers = new AnalyzerFactory(AnalysisResources.empty());
        try (LinkerElementRanker linker = new LinkerElementRanker(set, analyzers.dutch())) {
            // One occupation: all of the waiter's labels and none of another occupation.
            assertThat(linker.rank("Kelner", 10)).containsExactlyInAnyOrder("C3_nl_000", "C3_nl_001");
            assertThat(linker.rank("Loodgieter", 10)).isEmpty();
            MeloEvaluation.Result result = MeloEvaluation.evaluate(set, "linker", linker, set.judgedQueries());
            // Both judged titles link right ("Kokkin" to the cook, not the institutional cook); with one answer
            // MRR, success@1 and success@10 are the same.
            assertThat(result.success1()).isEqualTo(1.0);
            assertThat(result.mrr()).isEqualTo(1.0);
            assertThat(result.success10()).isEqualTo(1.0);
        }
    }
}
