package nl.skillsmap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.semantic.SemanticSpace;
import nl.skillsmap.store.CheckedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentVersionTest {

    private static final CheckedFile SPACE = new CheckedFile("space.bin", "ContentVersionTest", 1, "test space");
    private static final List<String> FILES = List.of("space.bin");

    @TempDir
    Path temp;

    private Path analysis(String name, float value) throws IOException {
        Path dir = temp.resolve(name);
        SPACE.write(dir, out -> out.writeInt(Float.floatToIntBits(value)));
        return dir;
    }

    @Test
    void theSameDocumentsAndAnalysisFilesGiveTheSameVersion() throws IOException {
        assertThat(IndexWriting.contentVersion("dd4e6cd0ad4c61d2", analysis("a", 1.0f), FILES))
                .isEqualTo(IndexWriting.contentVersion("dd4e6cd0ad4c61d2", analysis("b", 1.0f), FILES))
                .hasSize(16);
    }

    @Test
    void theLastBitOfTheSemanticSpaceChangesTheVersionThoughTheDocumentsAreTheSame() throws IOException {
        float next = Math.nextUp(1.0f);

        assertThat(IndexWriting.contentVersion("dd4e6cd0ad4c61d2", analysis("a", 1.0f), FILES))
                .isNotEqualTo(IndexWriting.contentVersion("dd4e6cd0ad4c61d2", analysis("b", next), FILES));
    }

    @Test
    void theIndexVersionCoversTheAnalysisResourcesAndTheSemanticSpace() throws IOException {
        Path dir = temp.resolve("analysis");
        new CheckedFile(AnalysisResources.FILE, "ContentVersionTest", 1, "resources")
                .write(dir, out -> out.writeInt(1));
        new CheckedFile(SemanticSpace.FILE, "ContentVersionTest", 1, "space").write(dir, out -> out.writeInt(1));
        String before = IndexWriting.contentVersion("dd4e6cd0ad4c61d2", dir);

        Files.delete(dir.resolve(SemanticSpace.FILE));
        new CheckedFile(SemanticSpace.FILE, "ContentVersionTest", 1, "space").write(dir, out -> out.writeInt(2));

        String otherSpace = IndexWriting.contentVersion("dd4e6cd0ad4c61d2", dir);
        assertThat(otherSpace).isNotEqualTo(before);

        Files.delete(dir.resolve(AnalysisResources.FILE));
        new CheckedFile(AnalysisResources.FILE, "ContentVersionTest", 1, "resources")
                .write(dir, out -> out.writeInt(2));

        assertThat(IndexWriting.contentVersion("dd4e6cd0ad4c61d2", dir)).isNotIn(before, otherSpace);
    }

    @Test
    void otherDocumentsChangeTheVersion() throws IOException {
        Path same = analysis("a", 1.0f);

        assertThat(IndexWriting.contentVersion("dd4e6cd0ad4c61d2", same, FILES))
                .isNotEqualTo(IndexWriting.contentVersion("0000000000000000", same, FILES));
    }
}
