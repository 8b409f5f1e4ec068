package nl.skillsmap.source.sbb;

import static nl.skillsmap.source.sbb.SbbXmlReaderTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.source.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SbbXmlDirectoryReaderTest {

    @TempDir
    Path directory;

    @Test
    void readsEveryXmlFileInFileNameOrderWhateverOrderTheyWereWrittenIn() throws IOException {
        String oneProfile = Files.readString(fixture("one-profile.xml")).replace("25901", "25904");
        Files.writeString(directory.resolve("b-one.xml"), oneProfile);
        Files.copy(fixture("two-dossiers.xml"), directory.resolve("a-two.XML"));
        Files.writeString(directory.resolve("notes.txt"), "not an export");
        Files.createDirectory(directory.resolve("c-subdirectory.xml"));

        SbbXmlDirectoryReader reader = new SbbXmlDirectoryReader(directory);

        assertThat(reader.files())
                .extracting(path -> path.getFileName().toString())
                .containsExactly("a-two.XML", "b-one.xml");
        assertThat(reader.read()).extracting(Qualification::crebo).containsExactly("25901", "25902", "25903", "25904");
    }

    @Test
    void anEmptyDirectoryHasNoQualifications() {
        assertThat(new SbbXmlDirectoryReader(directory).read()).isEmpty();
    }

    @Test
    void aCreboInTwoFilesIsAnErrorNamingBoth() throws IOException {
        Files.copy(fixture("one-profile.xml"), directory.resolve("first.xml"));
        Files.copy(fixture("one-profile.xml"), directory.resolve("second.xml"));

        assertThatThrownBy(() -> new SbbXmlDirectoryReader(directory).read())
                .isInstanceOf(DataFormatException.class)
                .hasMessage(directory.resolve("second.xml") + ": crebo 25901 is also in first.xml; "
                        + "each qualification must come from one file");
    }

    @Test
    void aBrokenFileFailsTheWholeDirectory() throws IOException {
        Files.copy(fixture("two-dossiers.xml"), directory.resolve("a.xml"));
        Files.copy(fixture("errors/truncated.xml"), directory.resolve("b.xml"));

        assertThatThrownBy(() -> new SbbXmlDirectoryReader(directory).read())
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(directory.resolve("b.xml") + ":7: not well-formed XML");
    }

    @Test
    void aMissingDirectoryIsAnIoProblem() {
        assertThatThrownBy(() -> new SbbXmlDirectoryReader(directory.resolve("absent")).read())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("absent");
    }
}
