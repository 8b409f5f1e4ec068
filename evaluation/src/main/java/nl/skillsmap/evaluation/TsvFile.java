package nl.skillsmap.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.skillsmap.source.DataFormatException;

/** Reads a tab-separated file of an evaluation set, line by line, with a fixed number of columns per line. */
public final class TsvFile {

    private TsvFile() {}

    /** Receives one line's fields and its 1-based line number, to name it in errors. */
    @FunctionalInterface
    public interface Row {
        void accept(String[] fields, long line);
    }

    /**
     * Hands every non-empty line, split on tabs, to {@code row}; a line with another number of columns or an empty
     * column, or a missing file, is a {@link DataFormatException} naming the file and line.
     */
    public static void read(Path file, int columns, Row row) {
        if (!Files.isRegularFile(file)) {
            throw new DataFormatException(file, 0, "file not found");
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != columns) {
                    throw new DataFormatException(
                            file, number, "expected " + columns + " tab-separated columns, found " + fields.length);
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                    if (fields[i].isEmpty()) {
                        throw new DataFormatException(file, number, "column " + (i + 1) + " is empty");
                    }
                }
                row.accept(fields, number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
