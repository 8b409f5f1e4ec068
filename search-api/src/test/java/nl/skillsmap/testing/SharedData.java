package nl.skillsmap.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real, read-only data beside the checkout ({@code ../shared}), located through the system property
 * {@code skillsmap.shared} that the build sets for tests.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared directory; fails with a clear message when the property or the directory is missing. */
    public static Path root() {
        String location = System.getProperty("skillsmap.shared");
        if (location == null || location.isBlank()) {
            throw new IllegalStateException(
                    "system property skillsmap.shared is not set; run the tests through Maven or pass "
                            + "-Dskillsmap.shared=<path to the shared directory>");
        }
        Path root = Path.of(location).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("data"))) {
            throw new IllegalStateException("no shared data at " + root
                    + " (expected a 'data' directory there; skillsmap.shared=" + location + ")");
        }
        return root;
    }

    /** The default data directory, {@code shared/data}. */
    public static Path data() {
        return root().resolve("data");
    }
}
