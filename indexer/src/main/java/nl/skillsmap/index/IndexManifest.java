package nl.skillsmap.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an index holds, written beside it: the content version (a hash of every document, so the same data gives
 * the same version), when it was built, counts per document type and per source, and the build's notes.
 */
public record IndexManifest(String version, Instant builtAt, String dataDirectory,
                            Map<String, Integer> counts, Map<String, Integer> sources, List<String> notes,
                            long buildMillis) {

    public static final String FILE = "manifest.json";

    public void write(Path indexRoot) throws IOException {
        Files.write(indexRoot.resolve(FILE), StoredJson.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(this));
    }

    public static IndexManifest read(Path indexRoot) throws IOException {
        return StoredJson.mapper().readValue(indexRoot.resolve(FILE).toFile(), IndexManifest.class);
    }
}
