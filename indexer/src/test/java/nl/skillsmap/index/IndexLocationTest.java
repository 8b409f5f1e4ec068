package nl.skillsmap.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLocationTest {

    @TempDir
    Path dir;

    @Test
    void publishingPointsTheLinkAtTheNewGenerationKeepsThePreviousOneAndRemovesOlderOnes() throws IOException {
        IndexLocation location = new IndexLocation(dir.resolve("index"));
        Path first = location.publish(generation(location, "one"));
        assertThat(location.current()).contains(first.toRealPath());
        assertThat(Files.readString(location.path().resolve("marker"))).isEqualTo("one");

        Path second = location.publish(generation(location, "two"));

        assertThat(location.current()).contains(second.toRealPath());
        assertThat(Files.readString(location.path().resolve("marker"))).isEqualTo("two");
        // A server that opened the first one may still be reading it.
        assertThat(first).exists();

        Path third = location.publish(generation(location, "three"));

        assertThat(first).doesNotExist();
        assertThat(entries())
                .containsExactlyInAnyOrder(
                        "index",
                        ".index.lock",
                        second.getFileName().toString(),
                        third.getFileName().toString());
    }

    @Test
    void aSecondBuildWhileOneRunsFailsNamingTheLockAndLeavesTheFirstBuildAlone() throws IOException {
        IndexLocation running = new IndexLocation(dir.resolve("index"));
        Path build = running.startBuild();
        Files.writeString(build.resolve("partial"), "x");

        assertThatThrownBy(() -> new IndexLocation(dir.resolve("index")).startBuild())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("another build of " + dir.resolve("index"))
                .hasMessageContaining(".index.lock");
        assertThat(build.resolve("partial")).exists();

        Files.writeString(build.resolve(IndexManifest.FILE), "{}");
        running.publish(build);
        assertThat(new IndexLocation(dir.resolve("index")).startBuild())
                .as("the lock is free after publishing")
                .exists();
    }

    @Test
    void publishingFlushesEveryFileAndDirectoryBeforeTheSwapAndTheSwapAfter() throws IOException {
        List<String> synced = new ArrayList<>();
        Path link = dir.resolve("index");
        IndexLocation location = new IndexLocation(
                link,
                path -> synced.add(
                        Files.isSymbolicLink(link) && path.equals(dir)
                                ? "dir with link -> " + Files.readSymbolicLink(link)
                                : dir.relativize(path).toString().replaceFirst("^\\.index\\.building-[^/]*", "build")));
        Path build = location.startBuild();
        Files.createDirectories(build.resolve("lucene"));
        Files.writeString(build.resolve("lucene").resolve("segments_1"), "x");
        Files.writeString(build.resolve(IndexManifest.FILE), "{}");

        Path generation = location.publish(build);

        assertThat(synced.subList(0, 4))
                .containsExactlyInAnyOrder(
                        "build/lucene/segments_1", "build/" + IndexManifest.FILE, "build/lucene", "build");
        assertThat(synced.indexOf("build/lucene")).isLessThan(synced.indexOf("build"));
        // The rename of the build to its generation is flushed, then the link's swap.
        assertThat(synced.subList(4, synced.size()))
                .containsExactly("", "dir with link -> " + generation.getFileName());
    }

    @Test
    void anAbandonedBuildLeavesThePublishedIndexAndNoTemporaryDirectory() throws IOException {
        IndexLocation location = new IndexLocation(dir.resolve("index"));
        Path published = location.publish(generation(location, "good"));

        Path failed = generation(location, "half-written");
        location.abandon(failed);

        assertThat(location.current()).contains(published.toRealPath());
        assertThat(Files.readString(location.path().resolve("marker"))).isEqualTo("good");
        assertThat(entries())
                .containsExactlyInAnyOrder(
                        "index", ".index.lock", published.getFileName().toString());
    }

    @Test
    void aBuildLeftBehindByAKilledProcessIsSweptByTheNextBuild() throws IOException {
        IndexLocation location = new IndexLocation(dir.resolve("index"));
        // A killed process's lock is gone with it; its directory stays.
        Path killed = Files.createDirectories(dir.resolve(".index.building-12345"));
        Files.writeString(killed.resolve("partial"), "x");

        Path next = location.startBuild();

        assertThat(killed).doesNotExist();
        assertThat(next).exists();
    }

    @Test
    void noIndexIsCurrentBeforeTheFirstPublication() {
        assertThat(new IndexLocation(dir.resolve("index")).current()).isEmpty();
    }

    @Test
    void aPlainDirectoryAtTheIndexPathIsReplacedByTheLink() throws IOException {
        Files.createDirectories(dir.resolve("index"));
        Files.writeString(dir.resolve("index").resolve(IndexManifest.FILE), "{}");
        IndexLocation location = new IndexLocation(dir.resolve("index"));

        Path generation = location.publish(generation(location, "new"));

        assertThat(Files.isSymbolicLink(location.path())).isTrue();
        assertThat(location.current()).contains(generation.toRealPath());
    }

    private Path generation(IndexLocation location, String marker) throws IOException {
        Path build = location.startBuild();
        Files.writeString(build.resolve("marker"), marker);
        Files.writeString(build.resolve(IndexManifest.FILE), "{}");
        return build;
    }

    private Stream<String> entriesStream() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString());
    }

    private java.util.List<String> entries() throws IOException {
        try (Stream<String> s = entriesStream()) {
            return s.toList();
        }
    }
}
