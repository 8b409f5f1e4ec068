package nl.skillsmap.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * Where an index lives and how a new build replaces it. The index path a user names ({@code index}) is a
 * symbolic link to one generation directory beside it ({@code index.20261122T141500.123}); a build writes a
 * hidden temporary directory, renames it to a generation and then replaces the link in one atomic rename, so a
 * reader sees either the old index or the new one, never a half-built one. A failed or interrupted build leaves
 * the link untouched; its temporary directory is removed, or swept by the next build.
 *
 * <p>One build at a time: {@link #startBuild()} takes a lock file beside the link ({@code .index.lock}) and a second
 * build fails at once, naming it, instead of sweeping away the first one's directory. Publishing survives a power
 * loss: every file and directory of the new generation is flushed to disk before the link is swapped, and the swap
 * itself after; the previous generation is kept (a server may still read it until it moves to the new one) and
 * only older ones are removed.
 *
 * <p>Layout of a generation: {@code lucene/} (the Lucene index), {@code analysis/} (the analysis resources the
 * index was built with and the semantic space, each a file with a Lucene codec header and checksum footer),
 * {@code manifest.json}.
 */
public final class IndexLocation {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS").withZone(ZoneOffset.UTC);

    private final Path link;
    private final Durability durability;
    private FileChannel lockChannel;
    private FileLock lock;

    public IndexLocation(Path link) {
        this(link, Durability.FSYNC);
    }

    IndexLocation(Path link, Durability durability) {
        this.link = link.toAbsolutePath().normalize();
        this.durability = durability;
    }

    /** Flushes a file's or a directory's content (for a directory: its entries) to the disk. */
    @FunctionalInterface
    interface Durability {

        Durability FSYNC = path -> {
            // A directory opens for reading on Linux and macOS; its force() makes renames inside it durable.
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException e) {
                if (!Files.isDirectory(path)) {
                    throw e;
                }
                // Some systems (Windows) cannot open a directory: renames there are as durable as it allows.
            }
        };

        void sync(Path path) throws IOException;
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

    /**
     * Takes the build lock and creates a fresh temporary directory beside the link for a new build, after sweeping
     * abandoned ones.
     *
     * @throws IOException naming the lock file when another build of this index is running
     */
    public Path startBuild() throws IOException {
        Path parent = link.getParent();
        Files.createDirectories(parent);
        lock();
        try {
            sweep(name -> name.startsWith(tempPrefix()));
            return Files.createTempDirectory(parent, tempPrefix());
        } catch (IOException | RuntimeException e) {
            unlock();
            throw e;
        }
    }

    /** Drops a build that failed: its directory goes, the published index is untouched, the lock is released. */
    public void abandon(Path build) {
        try {
            deleteRecursively(build);
        } finally {
            unlock();
        }
    }

    private void lock() throws IOException {
        Path file = link.getParent().resolve("." + link.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock taken;
        try {
            taken = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            taken = null;
        }
        if (taken == null) {
            channel.close();
            throw new IOException(
                    "another build of " + link + " is running (it holds " + file + "); wait until it has finished");
        }
        lockChannel = channel;
        lock = taken;
    }

    private void unlock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        } finally {
            lock = null;
            lockChannel = null;
        }
    }

    /**
     * Publishes a finished build: flushes it to disk, renames it to a generation directory and points the link at
     * it atomically (each step flushed before the next), then removes the generations before the previous one and
     * releases the build lock.
     */
    public Path publish(Path build) throws IOException {
        try {
            return swapIn(build);
        } finally {
            unlock();
        }
    }

    private Path swapIn(Path build) throws IOException {
        Path parent = link.getParent();
        Optional<Path> previous = current();
        syncTree(build);
        Path generation = parent.resolve(link.getFileName() + "." + STAMP.format(Instant.now()));
        while (Files.exists(generation, LinkOption.NOFOLLOW_LINKS)) {
            generation = parent.resolve(generation.getFileName() + "_");
        }
        Files.move(build, generation, StandardCopyOption.ATOMIC_MOVE);
        durability.sync(parent);
        if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
            // A plain directory at the link's place (not made by this class) cannot be swapped atomically:
            // move it aside first.
            Files.move(
                    link,
                    parent.resolve(link.getFileName() + ".replaced-" + STAMP.format(Instant.now())),
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
        durability.sync(parent);
        Set<String> keep = Set.of(
                generation.getFileName().toString(),
                previous.map(p -> p.getFileName().toString()).orElse(""));
        String prefix = link.getFileName() + ".";
        sweep(name -> name.startsWith(prefix) && !name.endsWith(".lock") && !keep.contains(name));
        return generation;
    }

    /** Flushes every file, then every directory (deepest first), of a finished build. */
    private void syncTree(Path root) throws IOException {
        walkBottomUp(root, durability::sync, durability::sync);
    }

    /** Something done to one path of a tree. */
    private interface PathAction {
        void apply(Path path) throws IOException;
    }

    /** Visits every file of a tree, and each directory after everything in it (deepest first). */
    private static void walkBottomUp(Path root, PathAction onFile, PathAction onDirectory) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                onFile.apply(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                onDirectory.apply(dir);
                return FileVisitResult.CONTINUE;
            }
        });
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
            walkBottomUp(root, Files::delete, Files::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
