package nl.skillsmap.evaluation.metrics;

import java.util.List;
import java.util.Map;

/**
 * Graded-relevance measures of one ranked list. nDCG@k as trec_eval's {@code ndcg_cut_k}: gains as judged (not
 * exponentiated), discount log2(rank + 1), normalised by the DCG of the ideal ordering of every judged gain.
 * Recall@k: the share of documents with gain at or above a threshold that appear among the first k.
 */
public final class GradedMeasures {

    private GradedMeasures() {}

    public static double ndcg(List<String> ranking, Map<String, Integer> gains, int k) {
        double ideal = dcg(
                gains.values().stream()
                        .filter(g -> g > 0)
                        .sorted((a, b) -> b - a)
                        .toList(),
                k);
        if (ideal == 0.0) {
            return 0.0;
        }
        return dcg(
                        ranking.stream()
                                .limit(k)
                                .map(id -> gains.getOrDefault(id, 0))
                                .toList(),
                        k)
                / ideal;
    }

    public static double recall(List<String> ranking, Map<String, Integer> gains, int k, int minimumGain) {
        long relevant = gains.values().stream().filter(g -> g >= minimumGain).count();
        if (relevant == 0) {
            return 0.0;
        }
        long found = ranking.stream()
                .limit(k)
                .filter(id -> gains.getOrDefault(id, 0) >= minimumGain)
                .count();
        return (double) found / relevant;
    }

    /**
     * nDCG@k of the condensed list (Sakai, "Alternatives to bpref", SIGIR 2007): the ranking with every document
     * that carries no judgement removed, so it measures the order of the judged documents alone. Beside nDCG@k it
     * tells how much of a shortfall comes from unjudged documents ranked among the judged ones.
     */
    public static double condensedNdcg(List<String> ranking, Map<String, Integer> gains, int k) {
        return ndcg(ranking.stream().filter(gains::containsKey).toList(), gains, k);
    }

    /** The share of the first k ranks that hold a judged document (a list shorter than k counts the rest as not). */
    public static double judged(List<String> ranking, Map<String, Integer> gains, int k) {
        return (double) ranking.stream().limit(k).filter(gains::containsKey).count() / k;
    }

    private static double dcg(List<Integer> gains, int k) {
        double sum = 0.0;
        for (int i = 0; i < Math.min(k, gains.size()); i++) {
            sum += gains.get(i) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
