package nl.skillsmap.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV file with a header row, read row by row: the header must name the columns a reader needs, every row must
 * have as many fields as the header, and the text must be UTF-8. Failures name the file and the line.
 */
public final class CsvFile {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    private final Path file;

    public CsvFile(Path file) {
        this.file = file;
    }

    /**
     * Hands every row to {@code action}, in file order.
     *
     * @param columns the columns the caller reads; their indexes are resolved once, here
     */
    public void forEachRow(List<String> columns, Consumer<Row> action) {
        try (BufferedReader reader = open();
                CSVParser parser = parse(reader)) {
            int[] indexes = indexesOf(columns, parser.getHeaderNames());
            int width = parser.getHeaderNames().size();
            Iterator<CSVRecord> records = parser.iterator();
            long previousEnd = parser.getCurrentLineNumber();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw readFailure(e.getCause(), previousEnd + 1);
                }
                previousEnd = parser.getCurrentLineNumber();
                Row row = new Row(this, record, previousEnd, indexes);
                if (record.size() != width) {
                    throw row.error("has " + record.size() + " fields, the header has " + width);
                }
                action.accept(row);
            }
        } catch (IOException e) {
            throw readFailure(e, 0);
        }
    }

    private BufferedReader open() throws IOException {
        try {
            BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            // A byte order mark would otherwise become part of the first column name.
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file, 0, "file does not exist", e);
        }
    }

    private CSVParser parse(BufferedReader reader) {
        try {
            return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (IllegalArgumentException e) {
            // Commons CSV reports a duplicate or empty column name this way.
            throw new DataFormatException(file, 1, "bad header: " + e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw readFailure(e instanceof UncheckedIOException u ? u.getCause() : e, 1);
        }
    }

    private int[] indexesOf(List<String> columns, List<String> header) {
        int[] indexes = new int[columns.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = header.indexOf(columns.get(i));
            if (indexes[i] < 0) {
                throw new DataFormatException(
                        file, 1, "missing column '" + columns.get(i) + "' (header: " + String.join(", ", header) + ")");
            }
        }
        return indexes;
    }

    private RuntimeException readFailure(Throwable cause, long line) {
        if (cause instanceof CharacterCodingException) {
            // The decoder reads ahead of the parser, so the bad bytes are at this line or a few after it.
            return new DataFormatException(file, line, "invalid UTF-8 at or after this line", cause);
        }
        if (cause instanceof CSVException malformed) {
            // For example a quote that is never closed.
            return new DataFormatException(
                    file,
                    line,
                    "not valid CSV: "
                            + malformed.getMessage().replaceAll("\\s*\\(?\\b(line|record|position) \\d+\\)?", ""),
                    cause);
        }
        return new UncheckedIOException(
                "cannot read " + file, cause instanceof IOException io ? io : new IOException(cause));
    }

    /** One data row; fields are read by their position in the list of columns given to {@link #forEachRow}. */
    public static final class Row {

        private final CsvFile csv;
        private final CSVRecord record;
        private final long endLine;
        private final int[] indexes;

        private Row(CsvFile csv, CSVRecord record, long endLine, int[] indexes) {
            this.csv = csv;
            this.record = record;
            this.endLine = endLine;
            this.indexes = indexes;
        }

        /** The field of the {@code column}-th requested column; null when empty. */
        public String get(int column) {
            String value = record.get(indexes[column]);
            return value.isEmpty() ? null : value;
        }

        /** The field, which must not be empty. */
        public String required(int column, String name) {
            String value = get(column);
            if (value == null || value.isBlank()) {
                throw error("has no " + name);
            }
            return value;
        }

        /** The line the row starts on: quoted fields can span lines, and the parser counts where a row ends. */
        public long line() {
            long newlines = 0;
            for (String value : record) {
                newlines += value.chars().filter(c -> c == '\n').count();
            }
            return endLine - newlines;
        }

        public DataFormatException error(String problem) {
            // "the row", not its record number: the message names one place, the line where the row starts.
            return new DataFormatException(csv.file, line(), "the row " + problem);
        }
    }
}
