package nl.skillsmap.source.sbb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.source.DataFormatException;

/**
 * Reads every {@code *.xml} file of a directory as an SBB export, in file-name order, so that the same directory
 * always gives the same list. Subdirectories are not searched.
 */
public final class SbbXmlDirectoryReader {

    private final Path directory;

    public SbbXmlDirectoryReader(Path directory) {
        this.directory = directory;
    }

    /** The export files this reader reads, sorted by file name. */
    public List<Path> files() {
        if (!Files.isDirectory(directory)) {
            throw new UncheckedIOException(new IOException("not a directory: " + directory));
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName()
                            .toString()
                            .toLowerCase(Locale.ROOT)
                            .endsWith(".xml"))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** All qualifications of all files: file by file, each in its own order. A crebo may occur only once. */
    public List<Qualification> read() {
        List<Qualification> qualifications = new ArrayList<>();
        Map<String, Path> fileOfCrebo = new HashMap<>();
        for (Path file : files()) {
            for (Qualification qualification : new SbbXmlReader(file).read()) {
                Path earlier = fileOfCrebo.putIfAbsent(qualification.crebo(), file);
                if (earlier != null) {
                    throw new DataFormatException(
                            file,
                            0,
                            "crebo " + qualification.crebo() + " is also in " + earlier.getFileName()
                                    + "; each qualification must come from one file");
                }
                qualifications.add(qualification);
            }
        }
        return qualifications;
    }
}
