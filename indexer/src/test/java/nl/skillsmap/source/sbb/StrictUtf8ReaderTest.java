package nl.skillsmap.source.sbb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import nl.skillsmap.source.sbb.StrictUtf8Reader.InvalidUtf8Exception;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

    @Test
    void decodesMultiByteCharactersSplitAcrossReads() throws IOException {
        // Long enough to cross the internal buffer many times, with 2-, 3- and 4-byte sequences everywhere.
        String text = "cliënt – 𝄞 zorg\n".repeat(5_000);

        assertThat(decode(oneByteAtATime(text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(text);
        assertThat(decode(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(text);
    }

    @Test
    void dropsALeadingByteOrderMarkOnly() throws IOException {
        assertThat(decode(bytes("\uFEFF<sbb/>\uFEFF"))).isEqualTo("<sbb/>\uFEFF");
    }

    @Test
    void emptyInputIsEmpty() throws IOException {
        assertThat(decode(bytes(""))).isEmpty();
    }

    @Test
    void aMalformedSequenceFailsWithItsLineEvenAfterManyBuffers() {
        byte[] good = "regel\n".repeat(9_999).getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'c', 'a', 'f', (byte) 0xE9, '\n'};
        byte[] input = new byte[good.length + bad.length];
        System.arraycopy(good, 0, input, 0, good.length);
        System.arraycopy(bad, 0, input, good.length, bad.length);

        InvalidUtf8Exception error =
                catchThrowableOfType(InvalidUtf8Exception.class, () -> decode(new ByteArrayInputStream(input)));

        assertThat(error.line()).isEqualTo(10_000);
    }

    @Test
    void aSequenceCutOffByTheEndOfTheInputIsMalformed() {
        byte[] cut = {'a', '\n', (byte) 0xC3};

        assertThat(catchThrowableOfType(InvalidUtf8Exception.class, () -> decode(new ByteArrayInputStream(cut)))
                        .line())
                .isEqualTo(2);
    }

    private static String decode(InputStream in) throws IOException {
        StringWriter out = new StringWriter();
        try (Reader reader = new StrictUtf8Reader(in)) {
            reader.transferTo(out);
        }
        return out.toString();
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream oneByteAtATime(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] target, int offset, int length) throws IOException {
                return super.read(target, offset, Math.min(length, 1));
            }
        };
    }
}
