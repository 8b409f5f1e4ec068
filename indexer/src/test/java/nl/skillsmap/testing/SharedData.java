package nl.skillsmap.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real, read-only data beside the checkout ({@code ../shared}), located through the system property
 * {@code skillsmap.shared} that surefire sets. Fails with a clear message when it is missing.
 */
public final class SharedData {

    public static final String PROPERTY = "skillsmap.shared";

    private SharedData() {}

    /** Whether the real data is there: the property is set and names a directory holding {@code data/}. */
    public static boolean available() {
        String location = System.getProperty(PROPERTY);
        return location != null
                && !location.isBlank()
                && Files.isDirectory(Path.of(location).resolve("data"));
    }

    /** Where the real data is looked for, for messages. */
    public static String location() {
        String location = System.getProperty(PROPERTY);
        return location == null || location.isBlank()
                ? "(system property " + PROPERTY + " not set)"
                : Path.of(location).toAbsolutePath().normalize().toString();
    }

    /** The shared directory (holding {@code data/} and {@code eval/}). */
    public static Path root() {
        String location = System.getProperty(PROPERTY);
        if (location == null || location.isBlank()) {
            throw new IllegalStateException("System property " + PROPERTY + " is not set; run the tests through Maven"
                    + " (surefire sets it to <checkout>/../shared) or pass -D" + PROPERTY + "=<dir>");
        }
        Path root = Path.of(location).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("data"))) {
            throw new IllegalStateException("No shared data at " + root + " (expected " + root.resolve("data")
                    + "); put the shared data beside the checkout or set -D" + PROPERTY + "=<dir>");
        }
        return root;
    }

    /** The data directory, {@code shared/data}. */
    public static Path data() {
        return root().resolve("data");
    }

    /** A file or directory under {@code data/}, e.g. {@code data("esco", "skills_nl.csv")}; it must exist. */
    public static Path data(String first, String... more) {
        return existing(root().resolve("data").resolve(Path.of(first, more)));
    }

    /** An evaluation set's directory under {@code eval/}, e.g. {@code evalSet("melo-bel-nl")}; it must exist. */
    public static Path evalSet(String name) {
        return existing(root().resolve("eval").resolve(name));
    }

    private static Path existing(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalStateException("Shared data missing: " + path);
        }
        return path;
    }
}
