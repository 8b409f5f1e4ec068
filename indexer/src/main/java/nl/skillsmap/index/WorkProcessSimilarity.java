package nl.skillsmap.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.skillsmap.analysis.Terms;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.WorkProcess;
import org.apache.lucene.analysis.Analyzer;

/**
 * Finds, at index time, which work processes describe the same work in different qualifications ("Controleert
 * de voorraad" in retail, "Beheert de voorraad" in logistics): cosine similarity of TF-IDF vectors over the
 * analysed title, so the Dutch chain (stems, compound parts) decides what counts as the same word.
 * Also partitions work processes into groups of equivalent ones (similarity at or above
 * {@link #EQUIVALENT}), used for "parts shared by several" and the transferable backbone.
 */
public final class WorkProcessSimilarity {

    /** Neighbours below this similarity are not kept: too little shared vocabulary to call it similar work. */
    public static final double NEIGHBOUR = 0.45;
    /** At or above this similarity two work processes count as the same work. */
    public static final double EQUIVALENT = 0.8;

    private static final int MAX_NEIGHBOURS = 12;

    private final Analyzer analyzer;

    public WorkProcessSimilarity(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One work process in its qualification. */
    public record Item(WorkProcess workProcess, Qualification qualification) {}

    /** The outcome: neighbours and group per work-process id. */
    public record Result(
            Map<String, List<IndexedWorkProcess.SimilarWorkProcess>> neighbours, Map<String, String> groups) {}

    public Result compute(List<Item> items) {
        int n = items.size();
        List<Map<String, Integer>> termFreqs = new ArrayList<>(n);
        Map<String, Integer> docFreq = new HashMap<>();
        for (Item item : items) {
            Map<String, Integer> tf = terms(item.workProcess().title());
            termFreqs.add(tf);
            tf.keySet().forEach(t -> docFreq.merge(t, 1, Integer::sum));
        }
        // Sparse unit vectors and an inverted list per term, so each item only meets items sharing a term.
        Map<String, List<int[]>> postings = new HashMap<>();
        float[][] weights = new float[n][];
        String[][] vectorTerms = new String[n][];
        for (int i = 0; i < n; i++) {
            Map<String, Integer> tf = termFreqs.get(i);
            vectorTerms[i] = tf.keySet().toArray(String[]::new);
            Arrays.sort(vectorTerms[i]);
            weights[i] = new float[vectorTerms[i].length];
            double norm = 0;
            for (int t = 0; t < vectorTerms[i].length; t++) {
                String term = vectorTerms[i][t];
                double idf = Math.log(1.0 + (double) n / docFreq.get(term));
                double w = (1.0 + Math.log(tf.get(term))) * idf;
                weights[i][t] = (float) w;
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            for (int t = 0; t < weights[i].length; t++) {
                weights[i][t] /= (float) norm;
                postings.computeIfAbsent(vectorTerms[i][t], k -> new ArrayList<>())
                        .add(new int[] {i, t});
            }
        }
        Map<String, List<IndexedWorkProcess.SimilarWorkProcess>> neighbours = new LinkedHashMap<>();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> dot = new HashMap<>();
            for (int t = 0; t < vectorTerms[i].length; t++) {
                float wi = weights[i][t];
                for (int[] posting : postings.get(vectorTerms[i][t])) {
                    if (posting[0] != i) {
                        dot.merge(posting[0], (double) wi * weights[posting[0]][posting[1]], Double::sum);
                    }
                }
            }
            String crebo = items.get(i).qualification().crebo();
            List<IndexedWorkProcess.SimilarWorkProcess> found = new ArrayList<>();
            for (Map.Entry<Integer, Double> e : dot.entrySet()) {
                double similarity = Math.min(1.0, e.getValue());
                if (similarity < NEIGHBOUR) {
                    continue;
                }
                Item other = items.get(e.getKey());
                if (similarity >= EQUIVALENT) {
                    union(parent, i, e.getKey());
                }
                if (other.qualification().crebo().equals(crebo)) {
                    continue;
                }
                found.add(new IndexedWorkProcess.SimilarWorkProcess(
                        other.workProcess().id(),
                        other.workProcess().title(),
                        other.qualification().crebo(),
                        other.qualification().name(),
                        Math.round(similarity * 1000) / 1000.0));
            }
            found.sort(Comparator.comparingDouble(IndexedWorkProcess.SimilarWorkProcess::similarity)
                    .reversed()
                    .thenComparing(IndexedWorkProcess.SimilarWorkProcess::id));
            neighbours.put(
                    items.get(i).workProcess().id(),
                    List.copyOf(found.subList(0, Math.min(MAX_NEIGHBOURS, found.size()))));
        }
        // Name each group after its smallest member id so group ids are stable across builds.
        Map<Integer, String> groupName = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String id = items.get(i).workProcess().id();
            groupName.merge(find(parent, i), id, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Map<String, String> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.put(items.get(i).workProcess().id(), "g:" + groupName.get(find(parent, i)));
        }
        return new Result(neighbours, groups);
    }

    Map<String, Integer> terms(String text) {
        Map<String, Integer> tf = new HashMap<>();
        for (String term : Terms.of(analyzer, "title", text)) {
            tf.merge(term, 1, Integer::sum);
        }
        return tf;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
