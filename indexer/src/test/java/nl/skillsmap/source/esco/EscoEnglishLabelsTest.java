package nl.skillsmap.source.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The English labels of a small ESCO download in the official layout, by concept URI. */
class EscoEnglishLabelsTest {

    @Test
    void everyOccupationAndSkillHasItsPreferredAndAlternativeEnglishLabelsButNotItsHiddenOnes() {
        Map<String, List<String>> labels = new EscoEnglishLabels(EscoCsvReaderTest.sample()).read();

        assertThat(labels.get("http://data.europa.eu/esco/occupation/a1-winkelmedewerker"))
                .containsExactly("shop assistant", "sales assistant", "shop clerk");
        assertThat(labels.get("http://data.europa.eu/esco/occupation/c3-drone-pilot"))
                .as("blank lines and spaces in the multi-line field are no labels")
                .containsExactly("drone pilot", "UAV pilot", "remote pilot");
        assertThat(labels.get("http://data.europa.eu/esco/skill/s2-heftruck"))
                .containsExactly("operate forklift", "drive forklift", "use forklift truck");
    }

    @Test
    void aDownloadWithoutEnglishFilesGivesNoLabels(@TempDir Path dutchOnly) {
        assertThat(new EscoEnglishLabels(dutchOnly).read()).isEmpty();
    }
}
