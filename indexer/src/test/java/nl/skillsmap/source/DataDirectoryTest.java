package nl.skillsmap.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.skillsmap.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryWithOnlyTheCompiledQualificationsReadsThemAndNotesEachAbsentPart()
            throws IOException, URISyntaxException {
        Path sample =
                Path.of(getClass().getResource("mbo/kwalificaties-sample.jsonl").toURI());
        Files.createDirectories(dir.resolve("mbo"));
        Files.copy(sample, dir.resolve(DataDirectory.QUALIFICATIONS));
        List<String> progress = new ArrayList<>();

        Corpus corpus = new DataDirectory(dir).load(progress::add);

        assertThat(corpus.qualifications()).hasSize(4);
        assertThat(corpus.electives()).isEmpty();
        assertThat(corpus.occupations()).isEmpty();
        assertThat(corpus.register()).isEmpty();
        assertThat(progress)
                .singleElement()
                .asString()
                .startsWith("read " + DataDirectory.QUALIFICATIONS + ": 4 qualifications in ");
        assertThat(corpus.notes())
                .startsWith(
                        "no sbb-xml/ directory: official SBB XML not read",
                        "no mbo/keuzedelen.jsonl: electives not read",
                        "no mbo/crebo-crosswalk.csv: former names of qualifications not read",
                        "no esco/ directory: ESCO occupations and skills not read");
    }

    @Test
    void aDirectoryWithNoneOfThePartsIsRefused() {
        assertThatThrownBy(() -> new DataDirectory(dir).load(line -> {}))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("no data found");
    }
}
