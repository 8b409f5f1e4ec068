package nl.skillsmap.evaluation.personas;

import nl.skillsmap.evaluation.metrics.GradedMeasures;
import nl.skillsmap.evaluation.metrics.Latency;
import nl.skillsmap.model.Qualification;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one method over the personas: nDCG@10 of the ranked crebos against the gains, Recall@10 of the crebos
 * with gain 2 or more. The gains are those the set prescribes ({@link CreditedGains}): codes of one qualification
 * are judged alike, and crebos absent from the index or present without work processes or skills are left out
 * (neither expected nor credited). Beside them, two diagnostics of how complete the judgements are for what the
 * method returns: nDCG@10 of the condensed list (unjudged crebos removed, read from the first
 * {@link #CONDENSED_DEPTH}) and judged@10 (the share of the first ten that carry a judgement).
 */
public final class PersonaEvaluation {

    static final int DEPTH = 10;
    /** How deep each ranking is read: the condensed list takes its ten judged crebos from this far down. */
    static final int CONDENSED_DEPTH = 100;
    static final int RECALL_GAIN = 2;

    private PersonaEvaluation() {
    }

    public record Result(String method, double ndcg10, double recall10, double condensedNdcg10, double judged10,
                         Latency latency, List<PersonaOutcome> personas) {
    }

    /**
     * @param credited      crebos credited with a gain
     * @param creditedAlike of those, the codes credited with the gain of a judged code of the same qualification
     * @param leftOut       judged or judged-alike crebos left out (absent or without content)
     * @param returned      the first crebos returned, "crebo name (gain)"
     */
    public record PersonaOutcome(String id, String narrative, double ndcg10, double recall10,
                                 double condensedNdcg10, double judged10, int credited, int creditedAlike,
                                 int leftOut, List<String> returned) {
    }

    public static Result evaluate(PersonaSet set, String method, QualificationMatcher matcher,
                                  Map<String, Qualification> qualifications) throws IOException {
        List<PersonaOutcome> outcomes = new ArrayList<>();
        double ndcg = 0;
        double recall = 0;
        double condensed = 0;
        double judgedShare = 0;
        long[] nanos = new long[set.personas().size()];
        for (PersonaSet.Persona persona : set.personas()) {
            CreditedGains credited = CreditedGains.of(persona.judgements(), qualifications);
            Map<String, Integer> gains = credited.gains();
            long start = System.nanoTime();
            List<String> ranking = matcher.rank(persona.activities(), persona.occupation(), CONDENSED_DEPTH);
            nanos[outcomes.size()] = System.nanoTime() - start;
            double n = GradedMeasures.ndcg(ranking, gains, DEPTH);
            double r = GradedMeasures.recall(ranking, gains, DEPTH, RECALL_GAIN);
            double cn = GradedMeasures.condensedNdcg(ranking, gains, DEPTH);
            double j = GradedMeasures.judged(ranking, gains, DEPTH);
            ndcg += n;
            recall += r;
            condensed += cn;
            judgedShare += j;
            outcomes.add(new PersonaOutcome(persona.id(), persona.narrative(), n, r, cn, j, gains.size(),
                    credited.creditedAlike(), credited.leftOut(),
                    ranking.stream().limit(DEPTH)
                            .map(c -> c + " " + name(qualifications, c) + " (" + gains.getOrDefault(c, 0)
                            + ")").toList()));
        }
        int count = Math.max(1, set.personas().size());
        return new Result(method, ndcg / count, recall / count, condensed / count, judgedShare / count,
                Latency.of(nanos), outcomes);
    }

    private static String name(Map<String, Qualification> qualifications, String crebo) {
        Qualification q = qualifications.get(crebo);
        return q == null ? "?" : q.name();
    }
}
