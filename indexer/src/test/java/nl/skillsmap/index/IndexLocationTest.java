package nl.skillsmap.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class IndexLocationTest {

    @TempDir
    Path dir;

    @Test
    void publishingPointsTheLinkAtTheNewGenerationAndRemovesTheOldOne() throws IOException {
        IndexLocation location = new IndexLocation(dir.resolve("index"));
        Path first = location.publish(generation(location, "one"));
        assertThat(location.current()).contains(first.toRealPath());
        assertThat(Files.readString(location.path().resolve("marker"))).isEqualTo("one");

        Path second = location.publish(generation(location, "two"));

        assertThat(location.current()).contains(second.toRealPath());
        assertThat(Files.readString(location.path().resolve("marker"))).isEqualTo("two");
        assertThat(first).doesNotExist();
        assertThat(entries()).containsExactlyInAnyOrder("index", second.getFileName().toString());
    }

    @Test
    void anAbandonedBuildLeavesThePublishedIndexAndNoTemporaryDirectory() throws IOException {
        IndexLocation location = new IndexLocation(dir.resolve("index"));
        Path published = location.publish(generation(location, "good"));

        Path failed = generation(location, "half-written");
        location.abandon(failed);

        assertThat(location.current()).contains(published.toRealPath());
        assertThat(Files.readString(location.path().resolve("marker"))).isEqualTo("good");
        assertThat(entries()).containsExactlyInAnyOrder("index", published.getFileName().toString());
    }

    @Test
    void aBuildLeftBehindByAKilledProcessIsSweptByTheNextBuild() throws IOException {
        IndexLocation location = new IndexLocation(dir.resolve("index"));
        Path killed = location.startBuild();
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
