package nl.skillsmap.source.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.skillsmap.source.DataFormatException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy of the sample download with one file spoiled per test: each spoil fails with the file and line. */
class EscoCsvBadInputTest {

    private static final String OCCUPATION_ROW = "Occupation,http://data.europa.eu/esco/occupation/d4-kassamedewerker,"
            + "5230,kassamedewerker,,,released,,,,,,Rekent af.,5230.1";

    @TempDir
    Path dir;

    @BeforeEach
    void copySample() throws IOException {
        try (Stream<Path> files = Files.list(EscoCsvReaderTest.sample())) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void aMissingRequiredColumnIsNamed() throws IOException {
        Path file = dir.resolve("skills_en.csv");
        replaceInFile(file, ",preferredLabel,", ",prefLabel,");
        assertFailsAt(
                file,
                1,
                "missing column 'preferredLabel' (header: conceptType, conceptUri, skillType, "
                        + "reuseLevel, prefLabel, altLabels");
    }

    @Test
    void aHeaderOnlyDutchSkillsFileIsRefusedInsteadOfLosingEveryDutchLabel() throws IOException {
        Path file = dir.resolve("skills_nl.csv");
        Files.writeString(file, Files.readAllLines(file).get(0) + "\n");
        assertFailsAt(file, 1, "holds no skills, only a header");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsNamedByItsLine() throws IOException {
        // The rows before it span several lines each (quoted multi-line labels); the line is still exact.
        Path file = dir.resolve("occupations_nl.csv");
        Files.writeString(
                file,
                "Occupation,http://data.europa.eu/esco/occupation/d4-kassamedewerker,5230," + "kassamedewerker\n",
                StandardOpenOption.APPEND);
        long lines = Files.readAllLines(file).size();
        assertFailsAt(file, lines, "the row has 4 fields, the header has 14");
    }

    @Test
    void aBadRowThatSpansLinesIsNamedByItsFirstLine() throws IOException {
        Path file = dir.resolve("occupations_nl.csv");
        long lines = Files.readAllLines(file).size();
        Files.writeString(
                file,
                "Occupation,http://data.europa.eu/esco/occupation/d4-kassamedewerker,5230,"
                        + "\"kassamedewerker\ncaissière\"\n",
                StandardOpenOption.APPEND);
        assertFailsAt(file, lines + 1, "the row has 4 fields, the header has 14");
    }

    @Test
    void aQuoteThatIsNeverClosedIsRefused() throws IOException {
        Path file = dir.resolve("occupations_nl.csv");
        long lines = Files.readAllLines(file).size();
        Files.writeString(file, OCCUPATION_ROW.replace("Rekent af.", "\"Rekent af.") + "\n", StandardOpenOption.APPEND);
        assertFailsAt(file, lines + 1, "not valid CSV");
    }

    @Test
    void aConceptTwiceInOneFileIsRefused() throws IOException {
        Path file = dir.resolve("occupations_nl.csv");
        Files.writeString(file, OCCUPATION_ROW + "\n" + OCCUPATION_ROW + "\n", StandardOpenOption.APPEND);
        long lines = Files.readAllLines(file).size();
        assertFailsAt(
                file,
                lines,
                "the row repeats http://data.europa.eu/esco/occupation/d4-kassamedewerker " + "(first on line "
                        + (lines - 1) + ")");
    }

    @Test
    void aConceptWithoutPreferredLabelIsRefused() throws IOException {
        Path file = dir.resolve("occupations_nl.csv");
        Files.writeString(file, OCCUPATION_ROW.replace("kassamedewerker,,,", ",,,") + "\n", StandardOpenOption.APPEND);
        long lines = Files.readAllLines(file).size();
        assertFailsAt(file, lines, "the row has no preferredLabel");
    }

    @Test
    void anUnknownRelationTypeIsRefused() throws IOException {
        Path file = dir.resolve("occupationSkillRelations.csv");
        replaceInFile(file, "optional", "nice-to-have");
        assertFailsAt(file, 3, "the row has relationType \"nice-to-have\"; expected essential or optional");
    }

    @Test
    void theRelationsFileIsRequired() throws IOException {
        Path file = dir.resolve("occupationSkillRelations.csv");
        Files.delete(file);
        assertFailsAt(file, 0, "file does not exist");
    }

    @Test
    void atLeastOneOccupationsFileIsRequired() throws IOException {
        Files.delete(dir.resolve("occupations_nl.csv"));
        Files.delete(dir.resolve("occupations_en.csv"));
        assertFailsAt(
                dir.resolve("occupations_nl.csv"),
                0,
                "file does not exist, nor does a occupations_<language>.csv for any of the languages [nl, en]");
    }

    @Test
    void invalidUtf8IsRefused() throws IOException {
        Path file = dir.resolve("skills_nl.csv");
        byte[] bytes = Files.readAllBytes(file);
        byte[] spoiled = new String(bytes, StandardCharsets.UTF_8)
                .replace("voorraad beheren", "voorraad beh#ren")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < spoiled.length; i++) {
            if (spoiled[i] == '#') {
                spoiled[i] = (byte) 0xE9; // é in Latin-1, not UTF-8
            }
        }
        Files.write(file, spoiled);
        assertThatThrownBy(() -> new EscoCsvReader(dir).read())
                .isInstanceOfSatisfying(
                        DataFormatException.class, e -> assertThat(e.file()).isEqualTo(file))
                .hasMessageContaining("invalid UTF-8");
    }

    @Test
    void aHeaderOnlyFileIsValidAndEmpty() throws IOException {
        Path file = dir.resolve("occupationSkillRelations.csv");
        Files.writeString(file, "occupationUri,relationType,skillType,skillUri\n");
        EscoTaxonomy taxonomy = new EscoCsvReader(dir, List.of("nl", "en")).read();
        assertThat(taxonomy.occupations())
                .hasSize(3)
                .allSatisfy(o -> assertThat(o.essentialSkills()).isEmpty());
    }

    private void assertFailsAt(Path file, long line, String problem) {
        assertThatThrownBy(() -> new EscoCsvReader(dir).read())
                .isInstanceOfSatisfying(DataFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(line);
                })
                .hasMessageContaining(problem);
    }

    private static void replaceInFile(Path file, String target, String replacement) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(target);
        Files.writeString(file, text.replaceFirst(Pattern.quote(target), replacement));
    }
}
