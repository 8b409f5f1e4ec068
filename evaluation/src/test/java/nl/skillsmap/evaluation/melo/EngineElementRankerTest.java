package nl.skillsmap.evaluation.melo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.skillsmap.search.index.SkillsmapIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineElementRankerTest {

    @TempDir
    Path dir;

    @Test
    void listsTheBestLabelOfEachCloseOccupationBeforeTheLeadersOtherLabels() throws IOException {
        Path setDir = Files.createDirectory(dir.resolve("set"));
        MeloSetTest.writeSet(setDir);
        MeloSet set = MeloSet.read(setDir);
        try (SkillsmapIndex index = SkillsmapIndex.open(ConceptIndex.build(set, dir.resolve("index")))) {
            List<String> ranking = new EngineElementRanker(index, set).rank("Kokkin", 1000);
            // "kokkin" itself first; "kokkin grootkeuken" is a close second occupation, so its best label comes
            // before the first cook's remaining labels.
            assertThat(ranking.subList(0, 2)).containsExactly("C1_nl_001", "C2_nl_001");
            assertThat(ranking)
                    .contains("C1_nl_000", "C1_nl_002")
                    .doesNotContain("C4_nl_000"); // an ISCO group is not an occupation
            assertThat(MeloEvaluation.evaluate(set, "engine", new EngineElementRanker(index, set), set.judgedQueries())
                            .success1())
                    .isEqualTo(1.0);
        }
    }
}
