package nl.skillsmap.evaluation.melo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.skillsmap.evaluation.TsvFile;
import nl.skillsmap.source.DataFormatException;

/**
 * A MELO entity-linking set (Avature's benchmark layout): job-title queries, corpus elements (labels of ESCO
 * concepts), the concept of each element and TREC qrels naming the relevant elements of each query.
 *
 * @param queries   in file order
 * @param elements  element id to label, in file order
 * @param conceptOf element id to concept URI
 * @param relevant  query id to its relevant element ids; queries without any are absent
 */
public record MeloSet(
        String name,
        List<Query> queries,
        Map<String, String> elements,
        Map<String, String> conceptOf,
        Map<String, Set<String>> relevant) {

    public record Query(String id, String text) {}

    /** Reads {@code queries.tsv}, {@code corpus_elements.tsv}, {@code concept_mapping.tsv} and {@code annotations.tsv}. */
    public static MeloSet read(Path dir) {
        List<Query> queries = new ArrayList<>();
        Set<String> queryIds = new LinkedHashSet<>();
        Path queryFile = dir.resolve("queries.tsv");
        TsvFile.read(queryFile, 2, (f, line) -> {
            if (!queryIds.add(f[0])) {
                throw new DataFormatException(queryFile, line, "query " + f[0] + " appears twice");
            }
            queries.add(new Query(f[0], f[1]));
        });
        Map<String, String> elements = new LinkedHashMap<>();
        Path elementFile = dir.resolve("corpus_elements.tsv");
        TsvFile.read(elementFile, 2, (f, line) -> {
            if (elements.put(f[0], f[1]) != null) {
                throw new DataFormatException(elementFile, line, "corpus element " + f[0] + " appears twice");
            }
        });
        Map<String, String> conceptOf = new LinkedHashMap<>();
        Path mappingFile = dir.resolve("concept_mapping.tsv");
        TsvFile.read(mappingFile, 2, (f, line) -> {
            if (!elements.containsKey(f[0])) {
                throw new DataFormatException(mappingFile, line, "element " + f[0] + " is not in corpus_elements.tsv");
            }
            conceptOf.put(f[0], f[1]);
        });
        for (String element : elements.keySet()) {
            if (!conceptOf.containsKey(element)) {
                throw new DataFormatException(mappingFile, 0, "element " + element + " has no concept");
            }
        }
        Map<String, Set<String>> relevant = new LinkedHashMap<>();
        Path qrelsFile = dir.resolve("annotations.tsv");
        TsvFile.read(qrelsFile, 4, (f, line) -> {
            if (!queryIds.contains(f[0])) {
                throw new DataFormatException(qrelsFile, line, "judged query " + f[0] + " is not in queries.tsv");
            }
            if (!elements.containsKey(f[2])) {
                throw new DataFormatException(qrelsFile, line, "judged element " + f[2] + " is not in the corpus");
            }
            if (relevance(f[3], qrelsFile, line) > 0) {
                relevant.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[2]);
            }
        });
        relevant.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return new MeloSet(
                dir.getFileName().toString(),
                List.copyOf(queries),
                Collections.unmodifiableMap(elements),
                Collections.unmodifiableMap(conceptOf),
                Collections.unmodifiableMap(relevant));
    }

    private static int relevance(String value, Path file, long line) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new DataFormatException(file, line, "relevance '" + value + "' is not a whole number");
        }
    }

    /** The queries trec_eval measures: those with at least one relevant element. */
    public List<Query> judgedQueries() {
        return queries.stream().filter(q -> relevant.containsKey(q.id())).toList();
    }
}
