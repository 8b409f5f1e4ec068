package nl.skillsmap.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Where an index lives and how a new build replaces it. The index path a user names ({@code index}) is a
 * symbolic link to one generation directory beside it ({@code index.20261122T141500.123}); a build writes a
 * hidden temporary directory, renames it to a generation and then replaces the link in one atomic rename, so a
 * reader sees either the old index or the new one, never a half-built one. A failed or interrupted build leaves
 * the link untouched; its temporary directory is removed, or swept by the next build.
 *
 * <p>Layout of a generation: {@code lucene/} (the Lucene index), {@code analysis/} (the analysis resources the
 * index was built with), {@code manifest.json}.
 */
public final class IndexLocation {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS")
            .withZone(ZoneOffset.UTC);

    private final Path link;

    public IndexLocation(Path link) {
        this.link = link.toAbsolutePath().normalize();
    }

    public Path path() {
        return link;
    }

    /** The generation the link points at now, if an index has been published. */
    public Optional<Path> current() {
        if (!Files.exists(link)) {
            return Optional.empty();
        }
        try {
            Path real = link.toRealPath();
            return Files.exists(real.resolve(IndexManifest.FILE)) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path luceneDirectory(Path generation) {
        return generation.resolve("lucene");
    }

    public static Path analysisDirectory(Path generation) {
        return generation.resolve("analysis");
    }

    /** Creates a fresh temporary directory beside the link for a new build, after sweeping abandoned ones. */
    public Path startBuild() throws IOException {
        Path parent = link.getParent();
        Files.createDirectories(parent);
        sweep(name -> name.startsWith(tempPrefix()));
        return Files.createTempDirectory(parent, tempPrefix());
    }

    /** Drops a build that failed: its directory goes, the published index is untouched. */
    public void abandon(Path build) {
        deleteRecursively(build);
    }

    /**
     * Publishes a finished build: renames it to a generation directory and points the link at it atomically,
     * then removes older generations.
     */
    public Path publish(Path build) throws IOException {
        Path parent = link.getParent();
        Path generation = parent.resolve(link.getFileName() + "." + STAMP.format(Instant.now()));
        while (Files.exists(generation, LinkOption.NOFOLLOW_LINKS)) {
            generation = parent.resolve(generation.getFileName() + "_");
        }
        Files.move(build, generation, StandardCopyOption.ATOMIC_MOVE);
        if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
            // A plain directory at the link's place (not made by this class) cannot be swapped atomically:
            // move it aside first.
            Files.move(link, parent.resolve(link.getFileName() + ".replaced-" + STAMP.format(Instant.now())),
                    StandardCopyOption.ATOMIC_MOVE);
        }
        Path newLink = parent.resolve("." + link.getFileName() + ".link-" + System.nanoTime());
        Files.createSymbolicLink(newLink, generation.getFileName());
        try {
            Files.move(newLink, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(newLink);
            throw new IOException("cannot replace " + link + " atomically on this file system", e);
        }
        String keep = generation.getFileName().toString();
        String prefix = link.getFileName() + ".";
        sweep(name -> name.startsWith(prefix) && !name.equals(keep));
        return generation;
    }

    private String tempPrefix() {
        return "." + link.getFileName() + ".building-";
    }

    private void sweep(java.util.function.Predicate<String> matches) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(link.getParent())) {
            for (Path entry : entries) {
                if (matches.test(entry.getFileName().toString())
                        && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    deleteRecursively(entry);
                }
            }
        }
    }

    /**
     * Removes a file or directory tree; nothing when it does not exist. Links are removed, not followed.
     *
     * @throws UncheckedIOException naming the root when something cannot be removed
     */
    public static void deleteRecursively(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
