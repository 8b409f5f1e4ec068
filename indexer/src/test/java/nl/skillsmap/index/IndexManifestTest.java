package nl.skillsmap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexManifestTest {

    @TempDir
    Path dir;

    @Test
    void aManifestWrittenNowReadsBackWithTheCurrentSchema() throws IOException {
        IndexManifest written = new IndexManifest(
                "abc",
                IndexSchema.VERSION,
                Instant.parse("2026-11-22T12:00:00Z"),
                "/data",
                Map.of("qualification", 3),
                Map.of("esco", 2),
                List.of("a note"),
                1234);
        written.write(dir);

        IndexManifest read = IndexManifest.read(dir);

        assertThat(read).isEqualTo(written);
        assertThat(read.hasCurrentSchema()).isTrue();
    }

    @Test
    void aManifestFromBeforeTheSchemaWasRecordedAsksForARebuild() throws IOException {
        Files.writeString(dir.resolve(IndexManifest.FILE), """
                {"version": "abc", "builtAt": "2026-11-22T12:00:00Z", "dataDirectory": "/data",
                 "counts": {}, "sources": {}, "notes": [], "buildMillis": 1}""");

        assertThat(IndexManifest.read(dir).hasCurrentSchema()).isFalse();
    }
}
