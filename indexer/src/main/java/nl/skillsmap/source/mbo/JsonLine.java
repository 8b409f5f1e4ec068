package nl.skillsmap.source.mbo;

import java.nio.file.Path;
import nl.skillsmap.source.DataFormatException;

/** Where a JSON Lines record was read: enough to point a person at it. */
record JsonLine(Path file, long number) {

    DataFormatException error(String problem) {
        return new DataFormatException(file, number, problem);
    }
}
