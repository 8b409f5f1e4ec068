package nl.skillsmap.testing;

import java.nio.file.Path;

/** The module's build directory ({@code target}), named by the build through {@code skillsmap.build}. */
public final class BuildDirectory {

    private BuildDirectory() {}

    public static Path path() {
        String location = System.getProperty("skillsmap.build");
        if (location == null || location.isBlank()) {
            throw new IllegalStateException("system property skillsmap.build is not set; run the tests "
                    + "through Maven (mvn verify) or pass -Dskillsmap.build=<module>/target");
        }
        return Path.of(location).toAbsolutePath().normalize();
    }

    public static Path resolve(String relative) {
        return path().resolve(relative);
    }
}
