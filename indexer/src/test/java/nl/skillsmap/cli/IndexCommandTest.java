package nl.skillsmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.index.IndexManifest;
import nl.skillsmap.index.IndexSchema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IndexCommandTest {

    private static final String RETAIL = """
            {"crebo":"25153","name":"Verkoper","level":2,"dossier":{"crebo":"23300","name":"Retail"},"domain":"Handel en ondernemerschap","sectorChamber":null,"learningPaths":["BOL"],"validFrom":null,"successor":null,"description":null,"coreTasks":[{"code":"B1-K1","title":"Verkoopt","part":"basis","workProcesses":[{"code":"B1-K1-W1","title":"Controleert de voorraad en doet bestelvoorstellen","description":null,"result":null,"behaviour":null}]}],"skills":[],"electives":[],"certificates":[],"sources":[{"id":"oer:talland","provides":["coreTasks"],"quality":"mined","used":true}]}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void buildsAnIndexFromADataDirectoryAndSummarisesIt() throws IOException {
        Path data = dataWith(RETAIL);

        int exit =
                run("--data", data.toString(), "--index", dir.resolve("index").toString());

        assertThat(exit).isZero();
        IndexManifest manifest = IndexManifest.read(
                new IndexLocation(dir.resolve("index")).current().orElseThrow());
        assertThat(manifest.counts()).containsEntry("qualification", 1).containsEntry("workProcess", 1);
        assertThat(output())
                .contains(
                        "read mbo/kwalificaties.jsonl: 1 qualifications",
                        "documents per type",
                        "workProcess",
                        "documents per source",
                        "oer:talland");
    }

    @Test
    void aSuccessorThatCannotHoldIsNamedInTheSummaryAndTheBuildGoesOn() throws IOException {
        String unknown =
                RETAIL.replace("\"successor\":null", "\"successor\":\"29999\",\"sbbList2022\":\"intakeEnded\"");
        String itself = RETAIL.replace("25153", "25154")
                .replace("\"Verkoper\"", "\"Eerste verkoper\"")
                .replace("\"successor\":null", "\"successor\":\"25154\"")
                .replace(
                        "Controleert de voorraad en doet bestelvoorstellen",
                        "Controleert de kassa en adviseert klanten over de voorraad");
        String other = RETAIL.replace("25153", "25155")
                .replace("\"Verkoper\"", "\"Winkelmanager\"")
                .replace("Controleert de voorraad en doet bestelvoorstellen", "Adviseert klanten bij de kassa");
        Path data = dataWith(unknown + itself + other);

        int exit =
                run("--data", data.toString(), "--index", dir.resolve("index").toString());

        assertThat(exit).as(output()).isZero();
        assertThat(output())
                .contains(
                        "lineages: 3 lineages of 3 codes (0 current, 1 intake ended, 0 lapsed, "
                                + "2 unknown); 2 successor links left out",
                        "crebo 25153 (Verkoper): successor 29999 is not a known qualification; link left out",
                        "crebo 25154 (Eerste verkoper): successor 25154 is the code itself; link left out");
        IndexManifest manifest = IndexManifest.read(
                new IndexLocation(dir.resolve("index")).current().orElseThrow());
        assertThat(manifest.counts()).containsEntry("qualification", 3);
    }

    @Test
    void aMalformedFileFailsNamingFileAndLineAndLeavesThePreviousIndexUntouched() throws IOException {
        Path data = dataWith(RETAIL);
        run("--data", data.toString(), "--index", dir.resolve("index").toString());
        Path before = new IndexLocation(dir.resolve("index")).current().orElseThrow();
        Files.writeString(data.resolve("mbo/kwalificaties.jsonl"), RETAIL + "{\"crebo\": \"25154\", \"name\": \n");
        output.reset();

        int exit =
                run("--data", data.toString(), "--index", dir.resolve("index").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(output()).contains("kwalificaties.jsonl:2", "previous index");
        assertThat(new IndexLocation(dir.resolve("index")).current()).contains(before);
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("building"));
        }
    }

    @Test
    void anEmptiedQualificationsFileIsRefusedNamingItAndThePublishedIndexStays() throws IOException {
        Path data = dataWith(RETAIL);
        run("--data", data.toString(), "--index", dir.resolve("index").toString());
        Path before = new IndexLocation(dir.resolve("index")).current().orElseThrow();
        Files.writeString(data.resolve("mbo/kwalificaties.jsonl"), "");
        output.reset();

        int exit =
                run("--data", data.toString(), "--index", dir.resolve("index").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(output())
                .contains("mbo/kwalificaties.jsonl: is present but holds nothing to read (0 " + "qualifications)");
        assertThat(new IndexLocation(dir.resolve("index")).current()).contains(before);
    }

    @Test
    void anEmptySbbXmlDirectoryIsRefusedNamingIt() throws IOException {
        Path data = dataWith(RETAIL);
        Files.createDirectories(data.resolve("sbb-xml"));

        int exit =
                run("--data", data.toString(), "--index", dir.resolve("index").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(output()).contains("sbb-xml: is present but holds nothing to read");
        assertThat(dir.resolve("index")).doesNotExist();
    }

    @Test
    void aBuildThatLosesMostElectivesIsRefusedUnlessAllowed() throws IOException {
        Path data = dataWith(RETAIL);
        Files.writeString(
                data.resolve("mbo/keuzedelen.jsonl"),
                elective("K0080", "Ondernemerschap")
                        + elective("K0081", "Verkoop op afstand")
                        + elective("K0082", "Visual merchandising"));
        assertThat(run(
                        "--data",
                        data.toString(),
                        "--index",
                        dir.resolve("index").toString()))
                .as(output())
                .isZero();
        Path before = new IndexLocation(dir.resolve("index")).current().orElseThrow();
        Files.writeString(data.resolve("mbo/keuzedelen.jsonl"), elective("K0080", "Ondernemerschap"));
        output.reset();

        int refused =
                run("--data", data.toString(), "--index", dir.resolve("index").toString());

        assertThat(refused).isEqualTo(1);
        assertThat(output())
                .contains(
                        "not published",
                        "documents of type elective: 1, the published index has 3 " + "(-66.7 %)",
                        "--allow-shrink",
                        data.toAbsolutePath().normalize().toString());
        assertThat(new IndexLocation(dir.resolve("index")).current()).contains(before);

        int allowed =
                run("--data", data.toString(), "--index", dir.resolve("index").toString(), "--allow-shrink");

        assertThat(allowed).isZero();
        assertThat(IndexManifest.read(new IndexLocation(dir.resolve("index"))
                                .current()
                                .orElseThrow())
                        .counts())
                .containsEntry("elective", 1);
    }

    @Test
    void theDocumentsOfABuildLieInOneSegmentInIdOrderWhateverThreadWroteThem() throws IOException {
        Path data = dataWith(RETAIL);
        Files.writeString(
                data.resolve("mbo/keuzedelen.jsonl"),
                elective("K0082", "Visual merchandising")
                        + elective("K0080", "Ondernemerschap")
                        + elective("K0081", "Verkoop op afstand"));
        assertThat(run(
                        "--data",
                        data.toString(),
                        "--index",
                        dir.resolve("index").toString()))
                .as(output())
                .isZero();

        Path lucene = IndexLocation.luceneDirectory(
                new IndexLocation(dir.resolve("index")).current().orElseThrow());
        try (FSDirectory directory = FSDirectory.open(lucene);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.leaves()).hasSize(1);
            SortedDocValues ids = reader.leaves().get(0).reader().getSortedDocValues(IndexSchema.ID);
            List<String> inDocOrder = new ArrayList<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                assertThat(ids.advanceExact(doc)).isTrue();
                inDocOrder.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
            }
            assertThat(inDocOrder).hasSizeGreaterThan(3).isSorted();
        }
    }

    private static String elective(String code, String title) {
        return "{\"code\": \"" + code + "\", \"title\": \"" + title + "\", \"certificate\": null, "
                + "\"mentionedWith\": [\"25153\"], \"sources\": []}\n";
    }

    @Test
    void aMissingDataDirectoryIsNamed() {
        int exit = run(
                "--data",
                dir.resolve("nowhere").toString(),
                "--index",
                dir.resolve("index").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(output()).contains("nowhere", "does not exist");
        assertThat(dir.resolve("index")).doesNotExist();
    }

    @Test
    void aDirectoryWithoutAnyKnownDataIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("empty"));

        int exit = run(
                "--data",
                dir.resolve("empty").toString(),
                "--index",
                dir.resolve("index").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(output()).contains("no data found");
    }

    @Test
    void missingArgumentsAreAUsageError() {
        assertThat(new CommandLine(new IndexCommand(new PrintStream(output)))
                        .setErr(new java.io.PrintWriter(output, true))
                        .execute())
                .isEqualTo(2);
        assertThat(output()).contains("--data");
    }

    private int run(String... args) {
        return new CommandLine(new IndexCommand(new PrintStream(output, true, StandardCharsets.UTF_8))).execute(args);
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private Path dataWith(String qualificationLines) throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("mbo"));
        Files.writeString(data.resolve("mbo/kwalificaties.jsonl"), qualificationLines);
        return data;
    }
}
