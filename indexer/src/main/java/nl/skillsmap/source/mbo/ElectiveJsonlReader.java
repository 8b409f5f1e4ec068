package nl.skillsmap.source.mbo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.skillsmap.model.Elective;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.source.DataFormatException;

/**
 * Reads the compiled elective dataset ({@code mbo/keuzedelen.jsonl}, one keuzedeel a line) into {@link Elective}
 * records. A malformed line fails the whole read with a {@link DataFormatException} naming the line.
 */
public final class ElectiveJsonlReader {

    private final Path file;
    private final int maxLineBytes;

    public ElectiveJsonlReader(Path file) {
        this(file, JsonLines.DEFAULT_MAX_LINE_BYTES);
    }

    /** @param maxLineBytes lines longer than this are refused before they are read whole */
    public ElectiveJsonlReader(Path file, int maxLineBytes) {
        this.file = file;
        this.maxLineBytes = maxLineBytes;
    }

    /** All electives in file order. An empty file gives an empty list; a missing file is an error. */
    public List<Elective> read() {
        List<Elective> electives = new ArrayList<>();
        Map<String, Long> lineOfCode = new HashMap<>();
        try (JsonLines lines = JsonLines.open(file, maxLineBytes)) {
            for (JsonFields record = lines.next(); record != null; record = lines.next()) {
                Elective elective = elective(record);
                Long earlier =
                        lineOfCode.putIfAbsent(elective.code(), record.line().number());
                if (earlier != null) {
                    throw record.line()
                            .error("duplicate elective code " + elective.code() + " (first on line " + earlier + ")");
                }
                electives.add(elective);
            }
        }
        return electives;
    }

    private static Elective elective(JsonFields record) {
        // The sources' "files" is a count of documents here, not a list of names, so no file is recorded.
        List<Provenance> provenance = record.objects("sources").stream()
                .map(source -> {
                    String id = source.requiredText("id");
                    return new Provenance(id, null, CompiledSource.qualityOf(source, id));
                })
                .toList();
        return new Elective(
                record.requiredText("code"),
                record.text("title"),
                record.bool("certificate"),
                record.texts("mentionedWith"),
                provenance);
    }
}
