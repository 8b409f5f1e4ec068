package nl.skillsmap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counts table of the compiled dataset's quality report ({@code data/mbo/QUALITY.md}, section 1), so tests on the
 * real data compare with what the data says of itself instead of numbers copied from an older version of it.
 */
public final class QualityReport {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*(.+?)\\s*\\|\\s*(\\d+)\\s*\\|\\s*$");

    private final Map<String, Long> counts;

    private QualityReport(Map<String, Long> counts) {
        this.counts = counts;
    }

    /** The report of the shared data beside the checkout. */
    public static QualityReport ofSharedData() {
        return read(SharedData.data("mbo", "QUALITY.md"));
    }

    static QualityReport read(Path file) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                Matcher row = ROW.matcher(line);
                if (row.matches()) {
                    counts.putIfAbsent(row.group(1), Long.parseLong(row.group(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new QualityReport(counts);
    }

    /** The count of the row whose measure starts with {@code measure}; fails naming it when no single row does. */
    public long count(String measure) {
        Long exact = counts.get(measure);
        if (exact != null) {
            return exact;
        }
        var matching = counts.entrySet().stream()
                .filter(e -> e.getKey().startsWith(measure))
                .toList();
        if (matching.size() != 1) {
            throw new IllegalStateException("QUALITY.md has " + matching.size() + " count rows starting with '"
                    + measure + "': " + counts.keySet());
        }
        return matching.get(0).getValue();
    }

    /** {@link #count} as an int, for size assertions. */
    public int size(String measure) {
        return Math.toIntExact(count(measure));
    }
}
