package nl.skillsmap.source.sbb;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses malformed byte sequences instead of replacing them, reporting the line they are on.
 * A leading byte order mark is dropped.
 *
 * <p>The JDK's XML parser could decode the bytes itself, but on a malformed sequence it also prints the error to
 * standard error; decoding here gives one clear error with its line and nothing else.
 */
final class StrictUtf8Reader extends Reader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();
    private long line = 1;
    private boolean endOfInput;
    private boolean flushed;
    private boolean atStart = true;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        return count;
    }

    /** Decodes the next chunk into {@code chars}; false at the end of the input. */
    private boolean fill() throws IOException {
        if (flushed) {
            return false;
        }
        chars.clear();
        while (chars.position() == 0) {
            // A UTF-8 sequence is at most 4 bytes: with fewer left, the decoder may need more to finish one.
            if (!endOfInput && bytes.remaining() < 4) {
                readBytes();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                throw new InvalidUtf8Exception(line + newlines(chars, 0, chars.position()));
            }
            if (endOfInput && result.isUnderflow()) {
                decoder.flush(chars);
                flushed = true;
                break;
            }
        }
        chars.flip();
        if (atStart && chars.hasRemaining()) {
            atStart = false;
            if (chars.get(0) == BYTE_ORDER_MARK) {
                chars.get();
            }
        }
        line += newlines(chars, chars.position(), chars.limit());
        return chars.hasRemaining() || fill();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private static int newlines(CharBuffer buffer, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (buffer.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The input holds bytes that are not UTF-8. */
    static final class InvalidUtf8Exception extends IOException {

        private final long line;

        InvalidUtf8Exception(long line) {
            super("invalid UTF-8 byte sequence on line " + line);
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
