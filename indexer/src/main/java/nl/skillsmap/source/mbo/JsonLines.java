package nl.skillsmap.source.mbo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import nl.skillsmap.source.DataFormatException;

/**
 * Reads a JSON Lines file one object per line, with the line number of each, refusing what a well-formed file
 * cannot contain: bytes that are not UTF-8, a line that is not one JSON object, a line longer than a limit.
 *
 * <p>Lines are split on raw bytes before decoding, so an invalid byte sequence or an overlong line is reported at
 * its own line, and a runaway line is refused once the limit is passed instead of being read whole. Blank lines
 * are skipped; a byte order mark at the start and a carriage return before a line feed are tolerated.
 */
final class JsonLines implements AutoCloseable {

    /** Far above the longest real record (about 36 KB), far below what would strain the heap. */
    static final int DEFAULT_MAX_LINE_BYTES = 4 * 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Path file;
    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[1024];
    private int lineLength;
    private long lineNumber;
    private boolean endOfFile;

    private JsonLines(Path file, InputStream in, int maxLineBytes) {
        this.file = file;
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Opens {@code file}; a missing file is a {@link DataFormatException} (an empty file is valid and has no
     * lines).
     */
    static JsonLines open(Path file, int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
        try {
            return new JsonLines(file, Files.newInputStream(file), maxLineBytes);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file, 0, "file does not exist", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    /** The next non-blank line as a JSON object, or null at the end of the file. */
    JsonFields next() {
        String text;
        do {
            if (!readLine()) {
                return null;
            }
            text = decode();
        } while (text.isBlank());
        return parse(text);
    }

    /** Fills {@code line} with the bytes of the next line (without its terminator); false at the end of file. */
    private boolean readLine() {
        if (endOfFile) {
            return false;
        }
        lineLength = 0;
        lineNumber++;
        while (true) {
            if (chunkPos == chunkEnd && !fillChunk()) {
                endOfFile = true;
                // Text after the last line feed is a last line; nothing after it is no line at all.
                return lineLength > 0;
            }
            int start = chunkPos;
            int newline = indexOfNewline(start);
            int end = newline < 0 ? chunkEnd : newline;
            append(start, end);
            if (newline >= 0) {
                chunkPos = newline + 1;
                return true;
            }
            chunkPos = chunkEnd;
        }
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < chunkEnd; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int to) {
        int count = to - from;
        if ((long) lineLength + count > maxLineBytes) {
            throw error("line is longer than " + maxLineBytes + " bytes; refusing to read it");
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, lineLength + count)));
        }
        System.arraycopy(chunk, from, line, lineLength, count);
        lineLength += count;
    }

    private boolean fillChunk() {
        try {
            int n = in.read(chunk);
            if (n <= 0) {
                return false;
            }
            chunkPos = 0;
            chunkEnd = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " at line " + lineNumber, e);
        }
    }

    private String decode() {
        int from = 0;
        int length = lineLength;
        if (lineNumber == 1
                && length >= 3
                && (line[0] & 0xFF) == 0xEF
                && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF) {
            from = 3;
            length -= 3;
        }
        if (length > 0 && line[from + length - 1] == '\r') {
            length--;
        }
        ByteBuffer bytes = ByteBuffer.wrap(line, from, length);
        try {
            return utf8.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw error("invalid UTF-8 at byte " + (bytes.position() + 1 - from) + " of the line", e);
        }
    }

    private JsonFields parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            // A limit of the parser (nesting deeper than it allows) comes without a location.
            String where = e.getLocation() == null
                    ? ""
                    : " at column " + e.getLocation().getColumnNr();
            throw error(
                    "not valid JSON" + where + ": "
                            + e.getOriginalMessage().replaceFirst("(?s)\\s*[(]?(consider|use|enable) .*", ""),
                    e);
        }
        if (!node.isObject()) {
            throw error("expected a JSON object, found " + JsonFields.describe(node));
        }
        return new JsonFields(new JsonLine(file, lineNumber), "", node);
    }

    private DataFormatException error(String problem) {
        return error(problem, null);
    }

    private DataFormatException error(String problem, Throwable cause) {
        return new DataFormatException(file, lineNumber, problem, cause);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
