package nl.skillsmap.evaluation.personas;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.skillsmap.evaluation.metrics.GradedMeasures;
import nl.skillsmap.evaluation.metrics.Latency;
import nl.skillsmap.model.Qualification;

/**
 * Runs one method over the personas: nDCG@10 of the ranked qualifications against the gains, Recall@10 of those
 * with gain 2 or more. The gains are those the set prescribes ({@link CreditedGains}): codes of one qualification
 * are judged alike, and crebos absent from the index or present without work processes or skills are left out
 * (neither expected nor credited). A qualification is its lineage: the codes a method returns are read as their
 * lineages, each counted at its first place, and each lineage's gain is the highest of its credited codes. Beside them, two diagnostics of how complete the judgements are for what the
 * method returns: nDCG@10 of the condensed list (unjudged crebos removed, read from the first
 * {@link #CONDENSED_DEPTH}) and judged@10 (the share of the first ten that carry a judgement).
 */
public final class PersonaEvaluation {

    static final int DEPTH = 10;
    /** How deep each ranking is read: the condensed list takes its ten judged crebos from this far down. */
    static final int CONDENSED_DEPTH = 100;

    static final int RECALL_GAIN = 2;

    private PersonaEvaluation() {}

    public record Result(
            String method,
            double ndcg10,
            double recall10,
            double condensedNdcg10,
            double judged10,
            Latency latency,
            List<PersonaOutcome> personas) {}

    /**
     * @param credited      crebos credited with a gain
     * @param creditedAlike of those, the codes credited with the gain of a judged code of the same qualification
     * @param leftOut       judged or judged-alike crebos left out (absent or without content)
     * @param returned      the first crebos returned, "crebo name (gain)"
     */
    public record PersonaOutcome(
            String id,
            String narrative,
            double ndcg10,
            double recall10,
            double condensedNdcg10,
            double judged10,
            int credited,
            int creditedAlike,
            int leftOut,
            List<String> returned) {}

    public static Result evaluate(
            PersonaSet set, String method, QualificationMatcher matcher, Map<String, Qualification> qualifications)
            throws IOException {
        List<PersonaOutcome> outcomes = new ArrayList<>();
        double ndcg = 0;
        double recall = 0;
        double condensed = 0;
        double judgedShare = 0;
        long[] nanos = new long[set.personas().size()];
        for (PersonaSet.Persona persona : set.personas()) {
            CreditedGains credited = CreditedGains.of(persona.judgements(), qualifications);
            Map<String, Integer> gains = new LinkedHashMap<>();
            credited.gains().forEach((crebo, gain) -> gains.merge(lineageOf(crebo, qualifications), gain, Math::max));
            long start = System.nanoTime();
            List<String> returned = matcher.rank(persona.activities(), persona.occupation(), CONDENSED_DEPTH);
            nanos[outcomes.size()] = System.nanoTime() - start;
            List<String> ranking = returned.stream()
                    .map(crebo -> lineageOf(crebo, qualifications))
                    .distinct()
                    .toList();
            double n = GradedMeasures.ndcg(ranking, gains, DEPTH);
            double r = GradedMeasures.recall(ranking, gains, DEPTH, RECALL_GAIN);
            double cn = GradedMeasures.condensedNdcg(ranking, gains, DEPTH);
            double j = GradedMeasures.judged(ranking, gains, DEPTH);
            ndcg += n;
            recall += r;
            condensed += cn;
            judgedShare += j;
            outcomes.add(new PersonaOutcome(
                    persona.id(),
                    persona.narrative(),
                    n,
                    r,
                    cn,
                    j,
                    gains.size(),
                    credited.creditedAlike(),
                    credited.leftOut(),
                    returned.stream()
                            .limit(DEPTH)
                            .map(c -> c + " " + name(qualifications, c) + " ("
                                    + gains.getOrDefault(lineageOf(c, qualifications), 0) + ")")
                            .toList()));
        }
        int count = Math.max(1, set.personas().size());
        return new Result(
                method,
                ndcg / count,
                recall / count,
                condensed / count,
                judgedShare / count,
                Latency.of(nanos),
                outcomes);
    }

    /**
     * The lineage of a code: the codes of one qualification are one qualification, credited once however many of
     * its codes a method returns (a method listing every code would otherwise fill its first ten with one
     * qualification, and one listing a card per qualification could not reach the ideal).
     */
    static String lineageOf(String crebo, Map<String, Qualification> qualifications) {
        Qualification q = qualifications.get(crebo);
        return q == null || q.lineage() == null ? crebo : q.lineage().id();
    }

    private static String name(Map<String, Qualification> qualifications, String crebo) {
        Qualification q = qualifications.get(crebo);
        return q == null ? "?" : q.name();
    }
}
