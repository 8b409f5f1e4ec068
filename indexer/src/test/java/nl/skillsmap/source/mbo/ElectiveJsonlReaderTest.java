package nl.skillsmap.source.mbo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.skillsmap.model.Elective;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Provenance.Quality;
import nl.skillsmap.source.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElectiveJsonlReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsCodeTitleCertificateAndWhereItWasMentioned() throws URISyntaxException {
        Path sample = Path.of(getClass().getResource("keuzedelen-sample.jsonl").toURI());
        List<Elective> electives = new ElectiveJsonlReader(sample).read();

        assertThat(electives)
                .containsExactly(
                        new Elective(
                                "K0008",
                                "Inspelen op innovaties",
                                null,
                                List.of("25581", "25726"),
                                List.of(
                                        new Provenance("oer:curio", null, Quality.MINED),
                                        new Provenance("oer:utrecht", null, Quality.MINED))),
                        new Elective(
                                "K0080",
                                "Ondernemerschap mbo",
                                true,
                                List.of(),
                                List.of(new Provenance("oer:talland", null, Quality.MINED))),
                        new Elective("K1105", null, false, List.of("25498"), List.of()));
    }

    @Test
    void anElectiveWithoutCodeIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("keuzedelen.jsonl"), "{\"title\":\"Ondernemerschap mbo\"}\n");
        assertThatThrownBy(() -> new ElectiveJsonlReader(file).read())
                .isInstanceOf(DataFormatException.class)
                .hasMessage(file + ":1: field 'code' is required");
    }

    @Test
    void aCertificateFlagThatIsNotABooleanIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("keuzedelen.jsonl"), "{\"code\":\"K0080\",\"certificate\":\"ja\"}\n");
        assertThatThrownBy(() -> new ElectiveJsonlReader(file).read())
                .isInstanceOf(DataFormatException.class)
                .hasMessage(file + ":1: field 'certificate' must be true, false or null, found string \"ja\"");
    }

    @Test
    void aDuplicateCodeNamesBothLines() throws IOException {
        Path file = Files.writeString(
                dir.resolve("keuzedelen.jsonl"), "{\"code\":\"K0080\"}\n{\"code\":\"K0008\"}\n{\"code\":\"K0080\"}\n");
        assertThatThrownBy(() -> new ElectiveJsonlReader(file).read())
                .isInstanceOf(DataFormatException.class)
                .hasMessage(file + ":3: duplicate elective code K0080 (first on line 1)");
    }

    @Test
    void anEmptyFileHoldsNoElectivesButAMissingOneIsAnError() throws IOException {
        assertThat(new ElectiveJsonlReader(Files.writeString(dir.resolve("empty.jsonl"), "")).read())
                .isEmpty();
        assertThatThrownBy(() -> new ElectiveJsonlReader(dir.resolve("missing.jsonl")).read())
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("file does not exist");
    }
}
