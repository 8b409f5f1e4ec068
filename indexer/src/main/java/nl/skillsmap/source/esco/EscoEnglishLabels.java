package nl.skillsmap.source.esco;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.skillsmap.source.CsvFile;

/**
 * The English labels (preferred and alternative) of ESCO's occupations and skills, by concept URI, from the English
 * files of the download. ESCO gives every concept the same URI in each language, so an English word a person types
 * ("cashier") leads to the same concept's Dutch label ("kassamedewerker"). Files that are absent give no labels.
 */
public final class EscoEnglishLabels {

    private static final List<String> COLUMNS = List.of("conceptUri", "preferredLabel", "altLabels");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");

    private final Path dir;

    public EscoEnglishLabels(Path dir) {
        this.dir = dir;
    }

    /** English labels of the occupations and skills, preferred label first, each once per concept. */
    public Map<String, List<String>> read() {
        Map<String, List<String>> labels = new HashMap<>();
        for (String kind : List.of("occupations", "skills")) {
            Path file = dir.resolve(kind + "_en.csv");
            if (!Files.exists(file)) {
                continue;
            }
            new CsvFile(file).forEachRow(COLUMNS, row -> {
                Set<String> own = new LinkedHashSet<>();
                own.add(row.required(1, COLUMNS.get(1)).strip());
                String alternatives = row.get(2);
                if (alternatives != null) {
                    for (String label : LINE_BREAK.split(alternatives)) {
                        if (!label.isBlank()) {
                            own.add(label.strip());
                        }
                    }
                }
                labels.put(row.required(0, COLUMNS.get(0)), List.copyOf(new ArrayList<>(own)));
            });
        }
        return labels;
    }
}
