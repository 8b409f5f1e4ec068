package nl.skillsmap.evaluation.phrases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.skillsmap.evaluation.metrics.GradedMeasures;
import nl.skillsmap.evaluation.metrics.Latency;
import nl.skillsmap.index.IndexedWorkProcess;

/**
 * Runs one method over a work-phrase set: per phrase, the work processes it counts as shared, measured against
 * the grades, then averaged over the phrases (macro averages: every phrase weighs the same).
 * <ul>
 *   <li><b>precision</b>: the share of the counted work processes graded {@value #SHARED_GRADE} or more (the
 *   phrase's own work); <b>precision counting partial overlaps</b>: the share graded {@value #PARTIAL_GRADE} or
 *   more. A phrase that counts nothing has no precision (0 of 0 is undefined). As trec_eval does by default, where
 *   a query with nothing retrieved is absent from the run and so from the means (only {@code -c} scores it 0), it
 *   is left out of the precision means and counted apart ({@link Result#countedNothing()}): silence is neither
 *   rewarded as right nor punished as wrong; it costs recall.</li>
 *   <li><b>recall</b>: the share of the phrase's work processes graded {@value #SHARED_GRADE} or more that are
 *   counted; 0 when nothing is counted.</li>
 *   <li><b>counted per phrase</b>: the mean number of work processes counted, over all phrases.</li>
 *   <li><b>nDCG@10</b> of the counted list in the method's order, gains = grades ({@link GradedMeasures#ndcg}),
 *   normalised by the ideal order of every judged grade; 0 when nothing is counted.</li>
 * </ul>
 * Unjudged work processes count as grade 0. Recall and nDCG@10 are averaged over the phrases that have at least
 * one work process graded {@value #SHARED_GRADE} or more among the known ones (a phrase without any has nothing to
 * find). Judgements of work-process ids the index does not hold are not measured (the method can never count
 * them); {@link WorkPhraseSet#unknown} counts them for the report.
 */
public final class WorkPhraseEvaluation {

    /** Grades 3 and 2: the work process is this work, or clearly includes it as a main part. */
    static final int SHARED_GRADE = 2;
    /** Grade 1: related, partly overlapping (the same activity elsewhere, or a small part of a broader process). */
    static final int PARTIAL_GRADE = 1;

    static final int DEPTH = 10;
    /** Counted and missed work processes kept per phrase for the report. */
    public static final int SHOWN = 5;

    private WorkPhraseEvaluation() {}

    /**
     * Scores of one method, macro-averaged over the phrases.
     *
     * @param precision        over the phrases that counted something
     * @param recall           over the phrases with a known work process graded 2 or more, as {@code ndcg10}
     * @param meanCounted      work processes counted per phrase, over all phrases
     * @param countedNothing   phrases that counted no work process
     * @param judged           phrases with a known work process graded 2 or more
     */
    public record Result(
            String method,
            double precision,
            double partialPrecision,
            double recall,
            double meanCounted,
            double ndcg10,
            int phrases,
            int countedNothing,
            int judged,
            Latency latency,
            List<PhraseOutcome> outcomes,
            List<HowTally> byHow) {

        /**
         * The phrases the method does worst on: lowest nDCG@10 first; among equals, lower precision first and a
         * phrase that counted nothing after those that counted wrongly (a wrong promise is worse than silence).
         */
        public List<PhraseOutcome> worst(int count) {
            return outcomes.stream()
                    .sorted(Comparator.comparingDouble(PhraseOutcome::ndcg10)
                            .thenComparing(PhraseOutcome::precision, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(PhraseOutcome::id))
                    .limit(count)
                    .toList();
        }
    }

    /**
     * What one way of matching (the method's "how") counted, over all phrases: pooled counts, so a developer sees
     * which kind of evidence brings the wrong work processes.
     *
     * @param counted how many work processes, over all phrases, were counted by this kind of evidence
     * @param shared  of them, how many are graded 2 or more for their phrase; {@code partial} 1 or more
     */
    public record HowTally(String how, int counted, int shared, int partial) {}

    /**
     * @param precision        null when nothing was counted; likewise {@code partialPrecision}
     * @param counted          how many work processes were counted
     * @param shown            the first counted, "id (grade; how strength) qualification: title"
     * @param missed           the best-graded work processes graded 2 or more that were not counted
     * @param missedCount      how many work processes graded 2 or more were not counted
     */
    public record PhraseOutcome(
            String id,
            String text,
            Double precision,
            Double partialPrecision,
            double recall,
            double ndcg10,
            int counted,
            List<String> shown,
            List<String> missed,
            int missedCount) {}

    /**
     * @param workProcesses every work process of the index by id, to tell known judgements and to name them
     */
    public static Result evaluate(
            WorkPhraseSet set, String method, SharedWorkCounter counter, Map<String, IndexedWorkProcess> workProcesses)
            throws IOException {
        List<PhraseOutcome> outcomes = new ArrayList<>();
        long[] nanos = new long[set.phrases().size()];
        double precision = 0;
        double partial = 0;
        double recall = 0;
        double ndcg = 0;
        long counted = 0;
        int countedSomething = 0;
        int judged = 0;
        Map<String, int[]> tallies = new TreeMap<>();
        for (WorkPhraseSet.Phrase phrase : set.phrases()) {
            Map<String, Integer> grades = known(set.gradesOf(phrase.id()), workProcesses.keySet());
            long start = System.nanoTime();
            List<SharedWorkCounter.Counted> found = counter.count(phrase.text());
            nanos[outcomes.size()] = System.nanoTime() - start;
            List<String> ids =
                    found.stream().map(SharedWorkCounter.Counted::workProcessId).toList();
            Double p = precision(ids, grades, SHARED_GRADE);
            Double pp = precision(ids, grades, PARTIAL_GRADE);
            double r = recall(ids, grades);
            double n = GradedMeasures.ndcg(ids, grades, DEPTH);
            if (p != null) {
                precision += p;
                partial += pp;
                countedSomething++;
            }
            if (grades.values().stream().anyMatch(g -> g >= SHARED_GRADE)) {
                recall += r;
                ndcg += n;
                judged++;
            }
            counted += ids.size();
            for (SharedWorkCounter.Counted c : found) {
                int grade = grades.getOrDefault(c.workProcessId(), 0);
                int[] tally = tallies.computeIfAbsent(c.how(), h -> new int[3]);
                tally[0]++;
                tally[1] += grade >= SHARED_GRADE ? 1 : 0;
                tally[2] += grade >= PARTIAL_GRADE ? 1 : 0;
            }
            Set<String> countedIds = Set.copyOf(ids);
            List<String> missed = grades.entrySet().stream()
                    .filter(e -> e.getValue() >= SHARED_GRADE && !countedIds.contains(e.getKey()))
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .toList();
            outcomes.add(new PhraseOutcome(
                    phrase.id(),
                    phrase.text(),
                    p,
                    pp,
                    r,
                    n,
                    ids.size(),
                    found.stream()
                            .limit(SHOWN)
                            .map(c -> shown(c, grades, workProcesses))
                            .toList(),
                    missed.stream()
                            .limit(SHOWN)
                            .map(id -> id + " (" + grades.get(id) + ") " + named(workProcesses.get(id)))
                            .toList(),
                    missed.size()));
        }
        int phrases = set.phrases().size();
        return new Result(
                method,
                mean(precision, countedSomething),
                mean(partial, countedSomething),
                mean(recall, judged),
                mean(counted, phrases),
                mean(ndcg, judged),
                phrases,
                phrases - countedSomething,
                judged,
                Latency.of(nanos),
                outcomes,
                tallies.entrySet().stream()
                        .map(e -> new HowTally(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                        .sorted(Comparator.comparingInt(HowTally::counted).reversed())
                        .toList());
    }

    /**
     * The share of {@code counted} graded at least {@code minimumGrade} (unjudged = 0); null when nothing is
     * counted (undefined, see the class comment).
     */
    static Double precision(List<String> counted, Map<String, Integer> grades, int minimumGrade) {
        if (counted.isEmpty()) {
            return null;
        }
        long right = counted.stream()
                .filter(id -> grades.getOrDefault(id, 0) >= minimumGrade)
                .count();
        return (double) right / counted.size();
    }

    /** The share of the work processes graded 2 or more that are counted; 0 when there are none to count. */
    static double recall(List<String> counted, Map<String, Integer> grades) {
        Set<String> countedIds = Set.copyOf(counted);
        long relevant = grades.values().stream().filter(g -> g >= SHARED_GRADE).count();
        if (relevant == 0) {
            return 0;
        }
        long found = grades.entrySet().stream()
                .filter(e -> e.getValue() >= SHARED_GRADE && countedIds.contains(e.getKey()))
                .count();
        return (double) found / relevant;
    }

    private static Map<String, Integer> known(Map<String, Integer> grades, Set<String> ids) {
        return grades.entrySet().stream()
                .filter(e -> ids.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static String shown(
            SharedWorkCounter.Counted c, Map<String, Integer> grades, Map<String, IndexedWorkProcess> workProcesses) {
        String grade =
                grades.containsKey(c.workProcessId()) ? String.valueOf(grades.get(c.workProcessId())) : "unjudged";
        return String.format(
                Locale.ROOT,
                "%s (%s; %s %.2f) %s",
                c.workProcessId(),
                grade,
                c.how(),
                c.strength(),
                named(workProcesses.get(c.workProcessId())));
    }

    private static String named(IndexedWorkProcess wp) {
        return wp == null ? "?" : wp.qualificationName() + ": " + wp.title();
    }

    private static double mean(double sum, long count) {
        return count == 0 ? 0 : sum / count;
    }
}
