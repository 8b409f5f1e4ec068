package nl.skillsmap.source.mbo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.skillsmap.model.Crebo;
import nl.skillsmap.model.RegisterEntry;
import nl.skillsmap.source.CsvFile;
import nl.skillsmap.source.DataFormatException;

/**
 * Reads the crebo register ({@code mbo/crebo-crosswalk.csv}: every qualification, qualification file and historic
 * programme code with its level and current qualification file). Only the columns used are required; a malformed
 * code, level or a code listed twice fails the read with a {@link DataFormatException} naming the line.
 */
public final class CreboRegisterReader {

    private static final List<String> COLUMNS = List.of("crebo", "name", "level", "code_kind", "dossier_crebo");
    private static final Pattern LEVEL = Pattern.compile("[1-4]");

    private final Path file;

    public CreboRegisterReader(Path file) {
        this.file = file;
    }

    /** All entries in file order. */
    public List<RegisterEntry> read() {
        List<RegisterEntry> entries = new ArrayList<>();
        Map<String, Long> lineOfCode = new HashMap<>();
        new CsvFile(file).forEachRow(COLUMNS, row -> {
            String crebo = row.required(0, "crebo").strip();
            if (!Crebo.isWellFormed(crebo)) {
                throw row.error("has crebo '" + crebo + "', expected five digits");
            }
            Long earlier = lineOfCode.putIfAbsent(crebo, row.line());
            if (earlier != null) {
                throw row.error("repeats crebo " + crebo + " (first on line " + earlier + ")");
            }
            String level = row.get(2);
            if (level != null && !LEVEL.matcher(level.strip()).matches()) {
                throw row.error("has level '" + level + "', expected 1 to 4 or nothing");
            }
            String dossier = row.get(4);
            if (dossier != null && !Crebo.isWellFormed(dossier.strip())) {
                throw row.error("has dossier_crebo '" + dossier + "', expected five digits or nothing");
            }
            entries.add(new RegisterEntry(
                    crebo,
                    row.required(1, "name").strip(),
                    level == null ? null : Integer.valueOf(level.strip()),
                    RegisterEntry.Kind.parse(row.required(3, "code_kind").strip()),
                    dossier == null ? null : dossier.strip()));
        });
        return entries;
    }
}
