package nl.skillsmap.evaluation.melo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.skillsmap.evaluation.metrics.Latency;
import nl.skillsmap.evaluation.metrics.TrecMeasures;

/** Runs one method over a MELO set and measures it as trec_eval would. */
public final class MeloEvaluation {

    /** Returned labels kept per query for the report's worst-query table. */
    private static final int SHOWN = 5;

    private MeloEvaluation() {}

    /**
     * Scores of one method on one set, averaged over the judged queries, and every query's outcome.
     *
     * @param answered share of the queries for which the method returned anything: for a method that names one
     *                 occupation or none, success@1 / answered is the share of its answers that are right
     */
    public record Result(
            String method,
            double mrr,
            double success1,
            double success10,
            double map,
            double answered,
            Latency latency,
            List<QueryOutcome> queries) {

        /** The queries whose first relevant element came last (reciprocal rank, then average precision). */
        public List<QueryOutcome> worst(int count) {
            return queries.stream()
                    .sorted(Comparator.comparingDouble(QueryOutcome::reciprocalRank)
                            .thenComparingDouble(QueryOutcome::averagePrecision)
                            .thenComparing(QueryOutcome::id))
                    .limit(count)
                    .toList();
        }
    }

    /**
     * @param firstRelevantRank 1-based rank of the first relevant element, 0 when none was retrieved
     * @param expected          the relevant concept's labels (first few)
     * @param returned          the first labels returned
     */
    public record QueryOutcome(
            String id,
            String text,
            double reciprocalRank,
            double averagePrecision,
            int firstRelevantRank,
            List<String> expected,
            List<String> returned) {}

    public static Result evaluate(MeloSet set, String method, ElementRanker ranker, List<MeloSet.Query> queries)
            throws IOException {
        List<QueryOutcome> outcomes = new ArrayList<>(queries.size());
        double rr = 0;
        double s1 = 0;
        double s10 = 0;
        double ap = 0;
        int answered = 0;
        long[] nanos = new long[queries.size()];
        for (MeloSet.Query query : queries) {
            Set<String> relevant = set.relevant().getOrDefault(query.id(), Set.of());
            long start = System.nanoTime();
            List<String> ranking = ranker.rank(query.text(), TrecMeasures.DEPTH);
            nanos[outcomes.size()] = System.nanoTime() - start;
            answered += ranking.isEmpty() ? 0 : 1;
            double queryRr = TrecMeasures.reciprocalRank(ranking, relevant);
            double queryAp = TrecMeasures.averagePrecision(ranking, relevant);
            rr += queryRr;
            ap += queryAp;
            s1 += TrecMeasures.success(ranking, relevant, 1);
            s10 += TrecMeasures.success(ranking, relevant, 10);
            outcomes.add(new QueryOutcome(
                    query.id(),
                    query.text(),
                    queryRr,
                    queryAp,
                    queryRr == 0 ? 0 : (int) Math.round(1 / queryRr),
                    relevant.stream().limit(SHOWN).map(set.elements()::get).toList(),
                    ranking.stream().limit(SHOWN).map(set.elements()::get).toList()));
        }
        int n = Math.max(1, queries.size());
        return new Result(method, rr / n, s1 / n, s10 / n, ap / n, answered / (double) n, Latency.of(nanos), outcomes);
    }
}
