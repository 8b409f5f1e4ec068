package nl.skillsmap.evaluation.report;

import java.util.List;
import java.util.Map;
import nl.skillsmap.evaluation.melo.MeloEvaluation;
import nl.skillsmap.evaluation.metrics.Latency;
import nl.skillsmap.evaluation.personas.PersonaEvaluation;
import nl.skillsmap.evaluation.phrases.WorkPhraseEvaluation;
import nl.skillsmap.evaluation.phrases.WorkPhraseSet;
import nl.skillsmap.evaluation.related.RelatedEvaluation;

/**
 * One evaluation run: what was measured on which data, every method's scores beside the simpler methods and the
 * published results, the targets, and the queries the engine did worst on with what it returned. Written as
 * Markdown for people and JSON for tools.
 *
 * @param melo     null when the MELO set was not evaluated; likewise {@code related}, {@code personas} and
 *                 {@code phrases}
 * @param seconds  wall-clock time of the whole run
 */
public record Report(
        String date,
        IndexSummary index,
        MeloReport melo,
        RelatedReport related,
        PersonaReport personas,
        WorkPhraseReport phrases,
        List<Target> targets,
        double seconds) {

    /** The index the related-occupation, persona and work-phrase evaluations ran on: its content version and counts. */
    public record IndexSummary(String version, Map<String, Integer> counts) {}

    /**
     * @param origin   "this run" for methods measured now, or where a published row comes from
     * @param answered share of the queries the method answered at all (null for published rows)
     */
    public record MeloRow(
            String method,
            String origin,
            double mrr,
            double success1,
            double success10,
            double map,
            Double answered,
            Latency latency) {}

    /** @param occupations concepts of the set indexed as occupations (ISCO groups are not occupations) */
    public record MeloReport(
            String set,
            int queries,
            int elements,
            int occupations,
            List<MeloRow> rows,
            List<MeloEvaluation.QueryOutcome> worst) {}

    public record RelatedRow(String method, double ndcg10, double recall20, Latency latency) {}

    /** @param skipped sources that are not occupations of the index, left out of the means */
    public record RelatedReport(
            String set,
            int sources,
            int measured,
            int skipped,
            List<RelatedRow> rows,
            List<RelatedEvaluation.SourceOutcome> worst) {}

    public record PersonaRow(
            String method, double ndcg10, double recall10, double condensedNdcg10, double judged10, Latency latency) {}

    /** @param engine every persona's outcome under the engine (or the best method measured), null when none ran */
    public record PersonaReport(
            String set,
            int personas,
            List<PersonaRow> rows,
            String note,
            List<PersonaEvaluation.PersonaOutcome> engine) {}

    /**
     * @param precision      macro-averaged over the phrases that counted something; {@code countedNothing} the
     *                       others
     * @param meanCounted    work processes counted per phrase
     */
    public record WorkPhraseRow(
            String method,
            double precision,
            double partialPrecision,
            double recall,
            double meanCounted,
            double ndcg10,
            int countedNothing,
            Latency latency) {}

    /**
     * @param judgements every judgement of the set
     * @param unknown    judgements of work-process ids the index does not hold, left out of the measures
     * @param engineByHow what the engine counted by each kind of evidence, most first
     * @param worst      the phrases the engine does worst on, with what it counted and missed
     */
    public record WorkPhraseReport(
            String set,
            int phrases,
            int judgements,
            WorkPhraseSet.Unknown unknown,
            List<Target> targets,
            List<WorkPhraseRow> rows,
            List<WorkPhraseEvaluation.HowTally> engineByHow,
            List<WorkPhraseEvaluation.PhraseOutcome> worst) {}

    /** A quality bar the engine is held to. */
    public record Target(String measure, double value, double threshold, boolean met) {
        public static Target atLeast(String measure, double value, double threshold) {
            return new Target(measure, value, threshold, value >= threshold);
        }
    }
}
