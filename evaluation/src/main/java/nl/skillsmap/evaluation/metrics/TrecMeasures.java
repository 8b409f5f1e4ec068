package nl.skillsmap.evaluation.metrics;

import java.util.List;
import java.util.Set;

/**
 * Binary-relevance measures of one ranked list, defined as trec_eval defines them. The ranking is the run for one
 * query, best first, already cut at {@link #DEPTH} (trec_eval's usual run depth); {@code relevant} is every
 * document judged relevant for the query in the qrels, retrieved or not.
 *
 * <ul>
 *   <li>{@code recip_rank}: 1 / rank of the first relevant document, 0 when none is retrieved.</li>
 *   <li>{@code success_k}: 1 when a relevant document is among the first k, else 0.</li>
 *   <li>{@code map} (average precision): the sum of the precision at the rank of every retrieved relevant
 *       document, divided by the number of relevant documents; relevant documents not retrieved add zero.</li>
 * </ul>
 * trec_eval breaks score ties by document id; the rankings measured here are strict orders, so no ties arise.
 */
public final class TrecMeasures {

    /** How many documents of a ranking are measured, as in a run file holding the top 1000 per query. */
    public static final int DEPTH = 1000;

    private TrecMeasures() {}

    public static double reciprocalRank(List<String> ranking, Set<String> relevant) {
        int depth = Math.min(DEPTH, ranking.size());
        for (int i = 0; i < depth; i++) {
            if (relevant.contains(ranking.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0.0;
    }

    public static double success(List<String> ranking, Set<String> relevant, int k) {
        int depth = Math.min(Math.min(k, DEPTH), ranking.size());
        for (int i = 0; i < depth; i++) {
            if (relevant.contains(ranking.get(i))) {
                return 1.0;
            }
        }
        return 0.0;
    }

    public static double averagePrecision(List<String> ranking, Set<String> relevant) {
        if (relevant.isEmpty()) {
            return 0.0;
        }
        int depth = Math.min(DEPTH, ranking.size());
        int found = 0;
        double sum = 0.0;
        for (int i = 0; i < depth; i++) {
            if (relevant.contains(ranking.get(i))) {
                found++;
                sum += (double) found / (i + 1);
            }
        }
        return sum / relevant.size();
    }
}
