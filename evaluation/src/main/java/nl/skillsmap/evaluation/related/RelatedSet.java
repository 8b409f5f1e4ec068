package nl.skillsmap.evaluation.related;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.skillsmap.source.DataFormatException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Related-occupation judgements ({@code pairs.csv}): for each source ESCO occupation, related ESCO occupations
 * with a tier, graded 3 (Primary-Short), 2 (Primary-Long) or 1 (Supplemental). A pair listed under several tiers
 * keeps its highest grade.
 *
 * @param gains  source URI to (related URI to gain), sources in file order
 * @param labels Dutch label per URI, as the file gives it, for the report
 */
public record RelatedSet(String name, Map<String, Map<String, Integer>> gains, Map<String, String> labels) {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final List<String> COLUMNS = List.of(
            "esco_src_uri",
            "esco_src_label_nl_v1.1.1",
            "esco_dst_uri",
            "esco_dst_label_nl_v1.1.1",
            "onet_relatedness_tier");

    public static RelatedSet read(Path dir) {
        Path file = dir.resolve("pairs.csv");
        if (!Files.isRegularFile(file)) {
            throw new DataFormatException(file, 0, "file not found");
        }
        Map<String, Map<String, Integer>> gains = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            for (String column : COLUMNS) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new DataFormatException(file, 1, "column '" + column + "' is missing");
                }
            }
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber() + 1;
                String source = required(r, "esco_src_uri", file, line);
                String related = required(r, "esco_dst_uri", file, line);
                int gain = switch (r.get("onet_relatedness_tier")) {
                    case "Primary-Short" -> 3;
                    case "Primary-Long" -> 2;
                    case "Supplemental" -> 1;
                    default ->
                        throw new DataFormatException(
                                file, line, "unknown tier '" + r.get("onet_relatedness_tier") + "'");
                };
                if (!source.equals(related)) {
                    gains.computeIfAbsent(source, k -> new LinkedHashMap<>()).merge(related, gain, Math::max);
                }
                labels.putIfAbsent(source, r.get("esco_src_label_nl_v1.1.1"));
                labels.putIfAbsent(related, r.get("esco_dst_label_nl_v1.1.1"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        gains.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return new RelatedSet(
                dir.getFileName().toString(), Collections.unmodifiableMap(gains), Collections.unmodifiableMap(labels));
    }

    private static String required(CSVRecord r, String column, Path file, long line) {
        String value = r.get(column);
        if (value == null || value.isBlank()) {
            throw new DataFormatException(file, line, column + " is empty");
        }
        return value.strip();
    }
}
