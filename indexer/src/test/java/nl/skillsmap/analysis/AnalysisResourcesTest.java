package nl.skillsmap.analysis;

import nl.skillsmap.source.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalysisResourcesTest {

    @TempDir
    Path dir;

    @Test
    void readsBackWhatItWrote() throws IOException {
        AnalysisResources resources = new AnalysisResources(new TreeSet<>(List.of("voorraad", "beheer")),
                List.of(List.of("kok", "kokkin"), List.of("kassamedewerker", "medewerker kassa")));
        resources.write(dir);
        assertThat(AnalysisResources.read(dir)).isEqualTo(resources);
    }

    @Test
    void readsAMissingDirectoryAsEmpty() throws IOException {
        assertThat(AnalysisResources.read(dir.resolve("absent"))).isEqualTo(AnalysisResources.empty());
    }

    @Test
    void namesTheFileAndLineOfABadSynonymGroup() throws IOException {
        Files.writeString(dir.resolve("synonyms.txt"), "kok,kokkin\nkassamedewerker\n");
        assertThatThrownBy(() -> AnalysisResources.read(dir))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("synonyms.txt:2")
                .hasMessageContaining("two or more");
    }

    @Test
    void refusesEntriesItCouldNotWriteBack() {
        assertThatThrownBy(() -> new AnalysisResources(new TreeSet<>(), List.of(List.of("kok", "chef, kok"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chef, kok");
        assertThatThrownBy(() -> new AnalysisResources(new TreeSet<>(List.of("voor raad")), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("voor raad");
        assertThatThrownBy(() -> new AnalysisResources(new TreeSet<>(), List.of(List.of("kok"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two or more");
    }
}
