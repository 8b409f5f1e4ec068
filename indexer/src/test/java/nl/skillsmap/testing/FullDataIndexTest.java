package nl.skillsmap.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import nl.skillsmap.index.IndexLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FullDataIndexTest {

    private static final String RETAIL = """
            {"crebo":"25153","name":"Verkoper","level":2,"dossier":{"crebo":"23300","name":"Retail"},"domain":"Handel en ondernemerschap","sectorChamber":null,"learningPaths":["BOL"],"validFrom":null,"successor":null,"description":null,"coreTasks":[{"code":"B1-K1","title":"Verkoopt","part":"basis","workProcesses":[{"code":"B1-K1-W1","title":"Controleert de voorraad","description":null,"result":null,"behaviour":null}]}],"skills":[],"electives":[],"certificates":[],"sources":[{"id":"oer:talland","provides":["coreTasks"],"quality":"mined","used":true}]}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void theFirstCallBuildsAndTheSecondReusesTheSameGeneration() throws IOException {
        Path data = dataDirectory("data");

        Path built = index(data).ensureBuilt().current().orElseThrow();
        Path reused = index(data).ensureBuilt().current().orElseThrow();

        assertThat(reused).isEqualTo(built);
        assertThat(output()).contains("building from", "reusing");
    }

    @Test
    void aChangeToTheDataAfterTheBuildMakesTheIndexStale() throws IOException {
        Path data = dataDirectory("data");
        IndexLocation location = index(data).ensureBuilt();
        Path first = location.current().orElseThrow();

        Files.setLastModifiedTime(
                data.resolve("mbo/kwalificaties.jsonl"),
                FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(index(data).isCurrent()).isFalse();
        assertThat(index(data).ensureBuilt().current().orElseThrow()).isNotEqualTo(first);
    }

    @Test
    void anIndexOfAnotherDataDirectoryIsNotReused() throws IOException {
        index(dataDirectory("data")).ensureBuilt();

        assertThat(index(dataDirectory("other")).isCurrent()).isFalse();
    }

    @Test
    void withoutAnIndexNothingIsCurrent() throws IOException {
        assertThat(index(dataDirectory("data")).isCurrent()).isFalse();
    }

    private FullDataIndex index(Path data) {
        return new FullDataIndex(data, dir.resolve("index"), new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private Path dataDirectory(String name) throws IOException {
        Path data = dir.resolve(name);
        Files.createDirectories(data.resolve("mbo"));
        Files.writeString(data.resolve("mbo/kwalificaties.jsonl"), RETAIL);
        // Written in the past, as real data is, so a build right after it counts as newer.
        Files.setLastModifiedTime(
                data.resolve("mbo/kwalificaties.jsonl"),
                FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(
                data.resolve("mbo"), FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(data, FileTime.from(Instant.now().minusSeconds(60)));
        return data;
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
