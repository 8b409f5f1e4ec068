package nl.skillsmap.testing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import nl.skillsmap.cli.IndexCommand;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.index.IndexManifest;

/**
 * An index of a data directory that is built once and then reused while it is current: built from that same
 * directory, after the last change to the data and to the indexer code. The full default data takes about 15 s
 * to index, so test runs share one build in {@code target/full-index}; a lock file beside it makes a second test JVM
 * (another Maven run) wait for a build in progress instead of starting its own.
 */
public final class FullDataIndex {

    private final Path data;
    private final IndexLocation location;
    private final PrintStream progress;

    public FullDataIndex(Path data, Path index, PrintStream progress) {
        this.data = data.toAbsolutePath().normalize();
        this.location = new IndexLocation(index);
        this.progress = progress;
    }

    /** The full default data ({@code shared/data}) indexed into this module's {@code target/full-index}. */
    public static FullDataIndex ofDefaultData() {
        return new FullDataIndex(SharedData.data(), BuildDirectory.resolve("full-index"), System.out);
    }

    /**
     * Builds the index unless the current one can be reused, and returns where it is. Callers in one JVM must not
     * call this concurrently (file locks are per process); the browser tests call it once per JVM.
     */
    public IndexLocation ensureBuilt() throws IOException {
        Path lockFile = location.path().resolveSibling(location.path().getFileName() + ".lock");
        Files.createDirectories(lockFile.getParent());
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            if (isCurrent()) {
                progress.println(
                        "full-data index: reusing " + location.current().orElseThrow());
            } else {
                progress.println("full-data index: building from " + data + " (done once, reused by later runs)");
                IndexCommand.of(data, location.path(), progress).build();
            }
        }
        return location;
    }

    /** Whether the published index was built from this data directory after its last change and the code's. */
    public boolean isCurrent() throws IOException {
        Optional<Path> generation = location.current();
        if (generation.isEmpty()) {
            return false;
        }
        IndexManifest manifest;
        try {
            manifest = IndexManifest.read(generation.get());
        } catch (IOException e) {
            return false; // unreadable or from an older manifest format: build again
        }
        return manifest.hasCurrentSchema()
                && data.toString().equals(manifest.dataDirectory())
                && manifest.builtAt().isAfter(newestChange(data))
                && manifest.builtAt().isAfter(newestChange(indexerCode()));
    }

    public IndexLocation location() {
        return location;
    }

    private static Path indexerCode() {
        try {
            return Path.of(IndexCommand.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the indexer classes", e);
        }
    }

    /** The latest modification time of a file or of anything in a directory tree. */
    static Instant newestChange(Path root) throws IOException {
        if (!Files.exists(root)) {
            throw new IOException("nothing at " + root);
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.map(FullDataIndex::modified).max(Instant::compareTo).orElseThrow();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
