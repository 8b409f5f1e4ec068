package nl.skillsmap.source.sbb;

import static nl.skillsmap.source.sbb.SbbXmlReaderTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import nl.skillsmap.source.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken and hostile exports: each fails the whole file with a {@link DataFormatException} naming the file, the
 * line and the problem. The fixtures under {@code sbb-xml/errors/} are {@code sbb-xml/one-profile.xml} with one
 * defect each.
 */
class SbbXmlReaderErrorTest {

    @TempDir
    Path temp;

    @Test
    void theSkeletonOfTheErrorFixturesIsValid() {
        assertThat(new SbbXmlReader(fixture("one-profile.xml")).read())
                .singleElement()
                .satisfies(q -> assertThat(q.workProcesses()).hasSize(2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong-root.xml                   |  2 | the root element is <kwalificaties>; an SBB kwalificatiedossier export starts with <sbb>
            truncated.xml                    |  7 | not well-formed XML: XML document structures must start and end within the same entity.
            mismatched-tag.xml               |  6 | not well-formed XML: The element type "dossiercrebo" must be terminated by the matching end-tag "</dossiercrebo>".
            no-dossiers.xml                  |  5 | the export holds no <dossiers>/<dossier>
            declares-latin-1.xml             |  1 | the file declares encoding "ISO-8859-1"; SBB exports are read as UTF-8
            billion-laughs.xml               | 13 | DOCTYPE declarations are refused
            dossier-without-dossiercrebo.xml |  4 | <dossier titel="Proefdossier"> has no dossiercrebos/dossiercrebo
            profiel-without-crebo.xml        | 29 | <profiel titel="Helpende"> has no creboinformatie/crebo
            empty-crebo.xml                  | 31 | <crebo> is empty; a crebo number is required
            crebo-not-five-digits.xml        | 31 | <crebo> holds "2590l"; a crebo is five digits
            werkproces-without-hoofdstuk.xml | 19 | <werkproces titel="Bereidt de zorg voor"> has no hoofdstuk attribute
            werkproces-without-titel.xml     | 19 | <werkproces> has no titel attribute
            hoofdstuk-not-a-number.xml       | 20 | <werkproces titel="Verzorgt"> has hoofdstuk "twee"; a code needs a positive whole number
            duplicate-hoofdstuk.xml          | 20 | a second <werkproces> with hoofdstuk 1 (the first is on line 19); codes would collide
            unknown-knowledge-reference.xml  | 16 | <vakkennisenvaardigheden> refers to kennisofvaardigheid 99, which the dossier's <kennisenvaardigheden> do not declare
            unknown-profiel-reference.xml    | 21 | <profiel> refers to profiel 599, which the dossier does not have
            niveau-out-of-range.xml          | 29 | <profiel titel="Helpende"> has niveau "5"; mbo levels are 1 to 4
            undeclared-domein.xml            |  4 | <dossier titel="Proefdossier"> refers to domein 4135, which the <domeinen> before <dossiers> do not declare
            crebo-given-to-two-profielen.xml | 36 | crebo 25901 is given to a second profiel (first on line 31)
            crebo-in-two-dossiers.xml        | 36 | dossier 23902 repeats crebo 25901 of the dossier on line 4
            """)
    void aDefectFailsTheFileNamingLineAndProblem(String name, long line, String problem) {
        Path file = fixture("errors/" + name);

        DataFormatException error = read(file);

        assertThat(error.file()).isEqualTo(file);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error).hasMessageStartingWith(file + ":" + line + ": ").hasMessageContaining(problem);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() throws IOException {
        Path file = temp.resolve("latin-1-bytes.xml");
        String head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sbb>\n  <dossiers>\n";
        byte[] prefix = head.getBytes(StandardCharsets.UTF_8);
        byte[] cafe =
                "    <dossier titel=\"caf\u00e9\"/>\n  </dossiers>\n</sbb>\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[prefix.length + cafe.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(cafe, 0, bytes, prefix.length, cafe.length);
        Files.write(file, bytes);

        DataFormatException error = read(file);

        assertThat(error.line()).isEqualTo(4);
        assertThat(error).hasMessage(file + ":4: invalid UTF-8 byte sequence (SBB exports are UTF-8)");
    }

    @Test
    void anEmptyFileIsNotAnExport() throws IOException {
        Path file = Files.writeString(temp.resolve("empty.xml"), "");

        assertThat(read(file)).hasMessageContaining("not well-formed XML: Premature end of file.");
    }

    @Test
    void externalEntitiesAndDtdsAreRefusedWithoutReadingOrFetchingAnything() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "do-not-leak");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String host = "http://127.0.0.1:" + server.getAddress().getPort();
            Path file = Files.writeString(temp.resolve("xxe.xml"), """
                    <?xml version="1.0" encoding="utf-8"?>
                    <!DOCTYPE sbb SYSTEM "%s/sbb.dtd" [
                      <!ENTITY secret SYSTEM "%s">
                      <!ENTITY remote SYSTEM "%s/entity">
                    ]>
                    <sbb><dossiers><dossier titel="&secret;&remote;"/></dossiers></sbb>
                    """.formatted(host, secret.toUri(), host));

            DataFormatException error = read(file);

            assertThat(error.line()).isEqualTo(5);
            assertThat(error)
                    .hasMessageContaining("DOCTYPE declarations are refused")
                    .hasMessageNotContaining("do-not-leak");
            assertThat(requests).as("HTTP requests made while reading").hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aMissingFileIsAnIoProblemNotADataError() {
        assertThatThrownBy(() -> new SbbXmlReader(temp.resolve("absent.xml")).read())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("absent.xml");
    }

    private static DataFormatException read(Path file) {
        DataFormatException error =
                catchThrowableOfType(DataFormatException.class, () -> new SbbXmlReader(file).read());
        assertThat(error)
                .as("reading %s fails with a DataFormatException", file.getFileName())
                .isNotNull();
        return error;
    }
}
