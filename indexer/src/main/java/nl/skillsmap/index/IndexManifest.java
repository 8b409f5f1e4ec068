package nl.skillsmap.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an index holds, written beside it: the content version (a hash of every document and of the analysis files
 * written beside them, so the same data gives the same version), the schema it was written with, when it was built, counts per document type and per source,
 * and the build's notes.
 *
 * @param schemaVersion {@link IndexSchema#VERSION} of the code that built it (0 for indexes from before it was
 *                      recorded): an index of another schema lacks or misreads fields and must be rebuilt
 */
public record IndexManifest(
        String version,
        int schemaVersion,
        Instant builtAt,
        String dataDirectory,
        Map<String, Integer> counts,
        Map<String, Integer> sources,
        List<String> notes,
        long buildMillis) {

    /** Whether this code can search the index as it was written. */
    public boolean hasCurrentSchema() {
        return schemaVersion == IndexSchema.VERSION;
    }

    public static final String FILE = "manifest.json";

    public void write(Path indexRoot) throws IOException {
        Files.write(
                indexRoot.resolve(FILE),
                StoredJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
    }

    public static IndexManifest read(Path indexRoot) throws IOException {
        return StoredJson.mapper().readValue(indexRoot.resolve(FILE).toFile(), IndexManifest.class);
    }
}
