package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Part;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.WorkProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisResourcesTest {

    @TempDir
    Path dir;

    @Test
    void readsBackWhatItWrote() throws IOException {
        AnalysisResources resources = new AnalysisResources(
                new TreeSet<>(List.of("voorraad", "beheer")),
                List.of(List.of("kok", "kokkin"), List.of("kassamedewerker", "medewerker kassa")),
                new TreeSet<>(List.of("eerst hulp", "media social")));
        resources.write(dir);
        assertThat(AnalysisResources.read(dir)).isEqualTo(resources);
    }

    @Test
    void derivesTheDictionaryFromAllTextsAndSynonymsFromDutchEscoLabels() {
        Provenance source = new Provenance("test", null, Provenance.Quality.OFFICIAL);
        List<WorkProcess> work = List.of(
                new WorkProcess("1-B1-K1-W1", "B1-K1-W1", "Controleert de voorraad", null, null, null, source),
                new WorkProcess(
                        "1-B1-K1-W2", "B1-K1-W2", "Beheert de voorraad", "Zorgt voor goed beheer", null, null, source));
        Qualification shop = new Qualification(
                "1",
                "Verkoper winkel",
                2,
                null,
                null,
                null,
                List.of(),
                null,
                List.of(new CoreTask("B1-K1", "Beheer van de winkel", Part.BASIS, work, List.of())),
                List.of(),
                List.of(),
                List.of(),
                List.of(source));
        Occupation cook = new Occupation(
                "urn:kok",
                null,
                "5120",
                "kok",
                "nl",
                List.of("kokkin"),
                List.of(),
                "Een kok bereidt maaltijden in de keuken. De keuken is schoon.",
                List.of(),
                List.of(),
                source);
        Occupation cookEnglish = new Occupation(
                "urn:cook",
                null,
                "5120",
                "cook",
                "en",
                List.of("chef cook"),
                List.of(),
                null,
                List.of(),
                List.of(),
                source);
        AnalysisResources derived = AnalysisResources.derive(
                new Corpus(List.of(shop), List.of(), List.of(), List.of(cook, cookEnglish), List.of()));
        assertThat(derived.compoundDictionary())
                .contains("voorraad", "beheer", "winkel", "keuken")
                .doesNotContain("verkoper", "controleert", "cook");
        assertThat(derived.synonymGroups()).containsExactly(List.of("kok", "kokkin"));
    }

    @Test
    void aMissingFileIsRefusedNamingIt() {
        assertThatThrownBy(() -> AnalysisResources.read(dir.resolve("absent")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(
                        dir.resolve("absent").resolve(AnalysisResources.FILE).toString())
                .hasMessageContaining("rebuild the index");
    }

    @Test
    void aTruncatedOrDamagedFileIsRefusedNamingIt() throws IOException {
        new AnalysisResources(new TreeSet<>(List.of("voorraad", "beheer")), List.of(List.of("kok", "kokkin")))
                .write(dir);
        Path file = dir.resolve(AnalysisResources.FILE);
        byte[] bytes = Files.readAllBytes(file);

        Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));
        assertThatThrownBy(() -> AnalysisResources.read(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a readable analysis resources file");

        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);
        assertThatThrownBy(() -> AnalysisResources.read(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("checksum failed");
    }

    @Test
    void refusesEntriesItCouldNotWriteBack() {
        assertThatThrownBy(() -> new AnalysisResources(new TreeSet<>(), List.of(List.of("kok", "chef, kok"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chef, kok");
        assertThatThrownBy(() -> new AnalysisResources(new TreeSet<>(List.of("voor raad")), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("voor raad");
        assertThatThrownBy(() -> new AnalysisResources(new TreeSet<>(), List.of(List.of("kok"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two or more");
        for (String expression : List.of("hulp eerst", "eerst", "eerst hulp verlen", "eerst  hulp")) {
            assertThatThrownBy(
                            () -> new AnalysisResources(new TreeSet<>(), List.of(), new TreeSet<>(List.of(expression))))
                    .as(expression)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(expression);
        }
    }
}
