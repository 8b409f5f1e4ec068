package nl.skillsmap.evaluation.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.skillsmap.evaluation.metrics.GradedMeasures;
import nl.skillsmap.evaluation.metrics.Latency;

/** Runs one method over the related-occupation judgements: nDCG@10 (gains 3/2/1) and Recall@20 (any gain). */
public final class RelatedEvaluation {

    static final int NDCG_DEPTH = 10;
    static final int RECALL_DEPTH = 20;
    private static final int SHOWN = 5;
    private static final Comparator<Map.Entry<String, Integer>> BEST_GAIN_FIRST =
            Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private RelatedEvaluation() {}

    /**
     * @param skipped sources the method does not know (absent from its occupations); left out of the means
     */
    public record Result(
            String method,
            double ndcg10,
            double recall20,
            int measured,
            int skipped,
            Latency latency,
            List<SourceOutcome> sources) {

        public List<SourceOutcome> worst(int count) {
            return sources.stream()
                    .sorted(Comparator.comparingDouble(SourceOutcome::ndcg10).thenComparing(SourceOutcome::uri))
                    .limit(count)
                    .toList();
        }
    }

    /**
     * @param expected the best-graded related occupations (labels)
     * @param returned the first occupations returned (labels), each with its gain
     */
    public record SourceOutcome(
            String uri, String label, double ndcg10, double recall20, List<String> expected, List<String> returned) {}

    public static Result evaluate(
            RelatedSet set, String method, RelatedRanker ranker, Map<String, String> labels, List<String> sources) {
        List<SourceOutcome> outcomes = new ArrayList<>();
        int skipped = 0;
        double ndcg = 0;
        double recall = 0;
        long[] nanos = new long[sources.size()];
        int calls = 0;
        for (String source : sources) {
            Map<String, Integer> gains = set.gains().get(source);
            long start = System.nanoTime();
            var ranking = ranker.rank(source, Math.max(NDCG_DEPTH, RECALL_DEPTH));
            nanos[calls++] = System.nanoTime() - start;
            if (ranking.isEmpty()) {
                skipped++;
                continue;
            }
            List<String> ranked = ranking.get();
            double n = GradedMeasures.ndcg(ranked, gains, NDCG_DEPTH);
            double r = GradedMeasures.recall(ranked, gains, RECALL_DEPTH, 1);
            ndcg += n;
            recall += r;
            outcomes.add(new SourceOutcome(
                    source,
                    label(labels, set, source),
                    n,
                    r,
                    gains.entrySet().stream()
                            .sorted(BEST_GAIN_FIRST)
                            .limit(SHOWN)
                            .map(e -> label(labels, set, e.getKey()))
                            .toList(),
                    ranked.stream()
                            .limit(SHOWN)
                            .map(u -> label(labels, set, u) + " (" + gains.getOrDefault(u, 0) + ")")
                            .toList()));
        }
        int measured = Math.max(1, outcomes.size());
        return new Result(
                method,
                ndcg / measured,
                recall / measured,
                outcomes.size(),
                skipped,
                Latency.of(Arrays.copyOf(nanos, calls)),
                outcomes);
    }

    private static String label(Map<String, String> labels, RelatedSet set, String uri) {
        return labels.getOrDefault(uri, set.labels().getOrDefault(uri, uri));
    }
}
