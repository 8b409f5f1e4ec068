package nl.skillsmap.evaluation.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Results published for a MELO set, shown beside this run's. Kept as a resource per set name
 * ({@code published/<set>.tsv}: method, MRR, success@1, success@10, MAP); a set without one has none.
 */
public final class PublishedResults {

    static final String ORIGIN = "published (MELO benchmark)";

    private PublishedResults() {}

    public static List<Report.MeloRow> forSet(String set) {
        InputStream in = PublishedResults.class.getResourceAsStream("/published/" + set + ".tsv");
        if (in == null) {
            return List.of();
        }
        List<Report.MeloRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(new Report.MeloRow(
                        f[0],
                        ORIGIN,
                        Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]),
                        null,
                        null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
