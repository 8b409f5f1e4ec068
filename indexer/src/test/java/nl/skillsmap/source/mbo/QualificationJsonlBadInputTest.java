package nl.skillsmap.source.mbo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.source.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a line of the qualification file can be wrong fails with the file, the line and the problem. */
class QualificationJsonlBadInputTest {

    private static final String VALID = "{\"crebo\":\"25001\",\"name\":\"Allround medewerker afvalbeheer\"}";

    @TempDir
    Path dir;

    @Test
    void anEmptyFileHoldsNoQualifications() throws IOException {
        assertThat(new QualificationJsonlReader(Files.writeString(dir.resolve("empty.jsonl"), "")).read())
                .isEmpty();
    }

    @Test
    void aMissingFileIsAnErrorNotAnEmptyList() {
        Path missing = dir.resolve("kwalificaties.jsonl");
        assertThatThrownBy(() -> new QualificationJsonlReader(missing).read())
                .isInstanceOfSatisfying(DataFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(missing);
                    assertThat(e.line()).isZero();
                })
                .hasMessage(missing + ": file does not exist");
    }

    @Test
    void aLineThatIsNotJsonIsNamedByItsNumber() throws IOException {
        Path file = write(VALID, "{\"crebo\":\"25002\",\"name\":");
        assertFailsAt(file, 2, "not valid JSON");
    }

    @Test
    void aLineWithTwoObjectsIsNotOneRecord() throws IOException {
        assertFailsAt(write(VALID + " " + VALID), 1, "not valid JSON");
    }

    @Test
    void aLineNestedDeeperThanTheParserAllowsIsNamedByItsNumber() throws IOException {
        String deep = "{\"crebo\":\"25180\",\"name\":\"Kok\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertFailsAt(write(VALID, deep), 2, "not valid JSON: Document nesting depth");
    }

    @Test
    void aLineThatIsNotAnObjectIsRefused() throws IOException {
        assertFailsAt(write("[\"25001\"]"), 1, "expected a JSON object, found array");
    }

    @Test
    void aRecordWithoutCreboIsRefused() throws IOException {
        assertFailsAt(write(VALID, "{\"name\":\"Kok\"}"), 2, "field 'crebo' is required");
    }

    @Test
    void aRecordWithoutNameIsRefused() throws IOException {
        assertFailsAt(write("{\"crebo\":\"25180\",\"name\":null}"), 1, "field 'name' is required");
    }

    @Test
    void aCreboThatIsNotFiveDigitsIsRefused() throws IOException {
        assertFailsAt(write("{\"crebo\":\"2518\",\"name\":\"Kok\"}"), 1, "field 'crebo' must be five digits");
        assertFailsAt(write("{\"crebo\":25180,\"name\":\"Kok\"}"), 1, "field 'crebo' must be a string, found number");
    }

    @Test
    void aLevelWrittenAsAWordIsRefused() throws IOException {
        assertFailsAt(
                write("{\"crebo\":\"25180\",\"name\":\"Kok\",\"level\":\"drie\"}"),
                1,
                "field 'level' must be a whole number, found string \"drie\"");
    }

    @Test
    void aLevelOutsideTheMboLevelsIsRefused() throws IOException {
        assertFailsAt(
                write("{\"crebo\":\"25180\",\"name\":\"Kok\",\"level\":7}"),
                1,
                "field 'level' must be 1 to 4 or null, found 7");
    }

    @Test
    void aListOf2022OtherThanValidOrIntakeEndedIsRefused() throws IOException {
        assertFailsAt(
                write("{\"crebo\":\"25180\",\"name\":\"Kok\",\"sbbList2022\":\"lapsed\"}"),
                1,
                "field 'sbbList2022' must be \"valid\", \"intakeEnded\" or null, found \"lapsed\"");
    }

    @Test
    void anIntakeDateThatIsNotADateIsRefused() throws IOException {
        assertFailsAt(
                write("{\"crebo\":\"25180\",\"name\":\"Kok\",\"intakeUntil\":\"1-8-2022\"}"),
                1,
                "field 'intakeUntil' must be a date written yyyy-mm-dd or null, found \"1-8-2022\"");
    }

    @Test
    void coreTasksThatAreNotAnArrayAreRefused() throws IOException {
        assertFailsAt(
                write("{\"crebo\":\"25180\",\"name\":\"Kok\",\"coreTasks\":{\"code\":\"B1-K1\"}}"),
                1,
                "field 'coreTasks' must be an array, found object");
    }

    @Test
    void aMistypedNestedFieldIsNamedByItsPath() throws IOException {
        Path file = write("{\"crebo\":\"25180\",\"name\":\"Kok\",\"coreTasks\":[{\"code\":\"B1-K1\",\"workProcesses\":"
                + "[{\"code\":\"B1-K1-W1\",\"title\":\"Bereidt voor\"},{\"code\":\"B1-K1-W2\",\"title\":42}]}],"
                + "\"sources\":[{\"id\":\"oer:talland\",\"provides\":[\"coreTasks\"]}]}");
        assertFailsAt(file, 1, "field 'coreTasks[0].workProcesses[1].title' must be a string, found number 42");
    }

    @Test
    void anUnknownPartIsRefused() throws IOException {
        Path file = write("{\"crebo\":\"25180\",\"name\":\"Kok\",\"coreTasks\":[{\"code\":\"B1-K1\",\"part\":\"keuze\","
                + "\"workProcesses\":[]}],\"sources\":[{\"id\":\"oer:talland\",\"provides\":[\"coreTasks\"]}]}");
        assertFailsAt(file, 1, "field 'coreTasks[0].part' must be \"basis\", \"profiel\" or null, found \"keuze\"");
    }

    @Test
    void anUnknownSourceQualityIsRefused() throws IOException {
        Path file = write("{\"crebo\":\"25180\",\"name\":\"Kok\",\"sources\":[{\"id\":\"oer:talland\","
                + "\"quality\":\"offical\"}]}");
        assertFailsAt(file, 1, "field 'sources[0].quality' must be official, transcribed, mined or compiled");
    }

    @Test
    void coreTasksWithoutASourceThatProvidesThemAreRefused() throws IOException {
        Path file = write("{\"crebo\":\"25180\",\"name\":\"Kok\",\"coreTasks\":[{\"code\":\"B1-K1\","
                + "\"workProcesses\":[{\"code\":\"B1-K1-W1\",\"title\":\"Bereidt voor\"}]}],"
                + "\"sources\":[{\"id\":\"oer:talland\",\"provides\":[\"coreTasks\"],\"used\":false}]}");
        assertFailsAt(file, 1, "has coreTasks but no used source in 'sources' provides them");
    }

    @Test
    void aKeyTwiceInOneObjectIsRefused() throws IOException {
        assertFailsAt(write("{\"crebo\":\"25180\",\"name\":\"Kok\",\"name\":\"Chef\"}"), 1, "Duplicate field 'name'");
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndByte() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((VALID + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"crebo\":\"25180\",\"name\":\"Ko".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28}); // a two-byte lead followed by an ASCII byte
        bytes.writeBytes("k\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("latin.jsonl"), bytes.toByteArray());
        assertFailsAt(file, 2, "invalid UTF-8 at byte 28 of the line");
    }

    @Test
    void anEnormousLineIsRefusedWithoutReadingItWhole() throws IOException {
        Path file = dir.resolve("huge.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((VALID + "\n").getBytes(StandardCharsets.UTF_8));
            out.write("{\"crebo\":\"25180\",\"name\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] filler = new byte[1024 * 1024];
            Arrays.fill(filler, (byte) 'a');
            for (int i = 0; i < 5; i++) {
                out.write(filler);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertFailsAt(file, 2, "line is longer than 4194304 bytes; refusing to read it");
    }

    @Test
    void theLineLimitCanBeSetPerReader() throws IOException {
        int limit = VALID.length();
        Path file = write(VALID, VALID.replace("25001", "25002") + " ");
        assertThatThrownBy(() -> new QualificationJsonlReader(file, limit).read())
                .isInstanceOfSatisfying(
                        DataFormatException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("line is longer than " + limit + " bytes");
    }

    @Test
    void aDuplicateCreboNamesBothLines() throws IOException {
        Path file = write(VALID, VALID.replace("25001", "25002"), VALID);
        assertFailsAt(file, 3, "duplicate crebo 25001 (first on line 1)");
    }

    @Test
    void toleratesAByteOrderMarkWindowsLineEndsAndBlankLines() throws IOException {
        Path file = Files.writeString(
                dir.resolve("windows.jsonl"),
                "\uFEFF" + VALID + "\r\n\r\n   \r\n" + VALID.replace("25001", "25002") + "\r\n");
        assertThat(new QualificationJsonlReader(file).read())
                .extracting(Qualification::crebo)
                .containsExactly("25001", "25002");
    }

    @Test
    void aLastLineWithoutLineFeedIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("no-final-newline.jsonl"), VALID);
        assertThat(new QualificationJsonlReader(file).read())
                .extracting(Qualification::crebo)
                .containsExactly("25001");
    }

    private Path write(String... lines) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "kwalificaties", ".jsonl"), String.join("\n", lines) + "\n");
    }

    private static void assertFailsAt(Path file, long line, String problem) {
        assertThatThrownBy(() -> new QualificationJsonlReader(file).read())
                .isInstanceOfSatisfying(DataFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(line);
                })
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(problem);
    }
}
