package nl.skillsmap.source;

import java.nio.file.Path;

/**
 * A source file could not be read as its format requires. The message always names the file and, where known,
 * the line (or record) and what is wrong, so a person can open the file and fix it.
 */
public class DataFormatException extends RuntimeException {

    private final Path file;
    private final long line;

    /**
     * @param line 1-based line or record number, or 0 when the problem is not tied to one line
     */
    public DataFormatException(Path file, long line, String problem, Throwable cause) {
        super(describe(file, line, problem), cause);
        this.file = file;
        this.line = line;
    }

    public DataFormatException(Path file, long line, String problem) {
        this(file, line, problem, null);
    }

    public Path file() {
        return file;
    }

    /** 1-based line or record number, 0 when not tied to a line. */
    public long line() {
        return line;
    }

    private static String describe(Path file, long line, String problem) {
        String where = file == null ? "<unknown file>" : file.toString();
        return line > 0 ? where + ":" + line + ": " + problem : where + ": " + problem;
    }
}
