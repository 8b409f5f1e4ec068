package nl.skillsmap.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new Main()).setErr(new PrintWriter(err)).setOut(new PrintWriter(out)).execute(args);
    }

    @Test
    void helpListsBothCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("serve", "index");
    }

    @Test
    void serveWithoutAnIndexOrDataSaysHowToBuildOne() {
        int exit = run("serve", "--index", dir.resolve("index").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no index at", "--data DIR");
    }

    @Test
    void rebuildNeedsData() {
        assertThat(run("serve", "--rebuild", "--index", dir.resolve("index").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--rebuild needs --data");
    }

    @Test
    void aMalformedCorsOriginIsRefusedBeforeAnythingStarts() {
        int exit = run("serve", "--index", dir.resolve("index").toString(), "--cors", "www.s-bb.nl");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("'www.s-bb.nl'", "scheme and host");
    }

    @Test
    void aCommandIsRequired() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("serve or index");
    }

    @Test
    void aWrongPortIsAnArgumentError() {
        assertThat(run("serve", "--port", "eighty")).isEqualTo(2);
        assertThat(err.toString()).contains("--port");
    }
}
