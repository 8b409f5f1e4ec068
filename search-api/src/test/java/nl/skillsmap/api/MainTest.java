package nl.skillsmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new Main())
                .setErr(new PrintWriter(err))
                .setOut(new PrintWriter(out))
                .execute(args);
    }

    @Test
    void helpListsBothCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("serve", "index");
    }

    @Test
    void everyCommandsHelpFormatsWithoutWarnings() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("serve", "--help")).isZero();
            assertThat(run("index", "--help")).isZero();
        } finally {
            System.setErr(stderr);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
        assertThat(out.toString()).contains("more than 10 % against");
    }

    @Test
    void serveWithoutAnIndexOrDataSaysHowToBuildOne() {
        int exit = run("serve", "--index", dir.resolve("index").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no index at", "--data DIR");
    }

    @Test
    void rebuildNeedsData() {
        assertThat(run("serve", "--rebuild", "--index", dir.resolve("index").toString()))
                .isEqualTo(2);
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
