package nl.skillsmap.evaluation.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnglishGlossTest {

    private static final String HEADER = "conceptType,conceptUri,preferredLabel,altLabels\n";

    @TempDir
    static Path esco;

    private static EnglishGloss gloss;

    @BeforeAll
    static void load() throws IOException {
        Files.writeString(
                esco.resolve("skills_nl.csv"),
                HEADER
                        + "S,s1,vakken vullen,\"schappen vullen\nvakken bijvullen\"\n"
                        + "S,s2,voorraad beheren,\n"
                        + "S,s3,voorraad tellen,\n"
                        + "S,s4,eerste hulp verlenen,\n");
        Files.writeString(
                esco.resolve("skills_en.csv"),
                HEADER
                        + "S,s1,stock shelves,\n"
                        + "S,s2,manage stock,\n"
                        + "S,s3,count stock,\n"
                        + "S,s4,provide first aid,\n");
        Files.writeString(esco.resolve("occupations_nl.csv"), HEADER);
        Files.writeString(esco.resolve("occupations_en.csv"), HEADER);
        gloss = EnglishGloss.load(esco, null, null);
    }

    @Test
    void aDutchLabelBecomesItsConceptsEnglishLabelEvenInflected() {
        assertThat(gloss.gloss("eerste hulp verlenen")).isEqualTo("provide first aid");
        assertThat(gloss.gloss("Beheert de voorraad"))
                .as("no label in this order: word by word")
                .isEqualTo("beheert stock");
        assertThat(gloss.gloss("de voorraad beheert")).isEqualTo("manage stock");
        assertThat(gloss.gloss("schappen vullen in de supermarkt")).isEqualTo("stock shelves supermarkt");
    }

    @Test
    void aWordTakesTheEnglishWordItSharesMostConceptsWith() {
        assertThat(gloss.gloss("voorraad")).isEqualTo("stock");
        assertThat(gloss.coverage("voorraad en kassa")).isEqualTo(0.5);
    }
}
