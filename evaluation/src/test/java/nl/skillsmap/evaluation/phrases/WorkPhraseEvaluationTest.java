package nl.skillsmap.evaluation.phrases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.WorkProcess;
import org.junit.jupiter.api.Test;

class WorkPhraseEvaluationTest {

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    static IndexedWorkProcess workProcess(String id, String title) {
        return new IndexedWorkProcess(
                new WorkProcess(
                        id,
                        null,
                        title,
                        null,
                        null,
                        null,
                        new Provenance("test", "test.jsonl", Provenance.Quality.OFFICIAL)),
                "25000",
                "Kwalificatie",
                2,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    /** The index holds a to h and x; "gone" is judged but not in the index. */
    private static final Map<String, IndexedWorkProcess> INDEX = new LinkedHashMap<>();

    static {
        Stream.of("a", "b", "c", "d", "e", "f", "g", "h", "x")
                .forEach(id -> INDEX.put(id, workProcess(id, "werk " + id)));
    }

    /**
     * P1 counts one of its three work processes graded 2+, among a 0, a 1 and an unjudged one; P2 counts nothing;
     * P3 counts its one known work process (its other, graded 3, is not in the index); P4 counts only a tempting
     * wrong one.
     */
    private static WorkPhraseSet set() {
        return new WorkPhraseSet(
                "tiny",
                List.of(
                        new WorkPhraseSet.Phrase("P1", "een"),
                        new WorkPhraseSet.Phrase("P2", "twee"),
                        new WorkPhraseSet.Phrase("P3", "drie"),
                        new WorkPhraseSet.Phrase("P4", "vier")),
                Map.of(
                        "P1",
                        Map.of("a", 3, "b", 2, "c", 1, "d", 0, "e", 3),
                        "P2",
                        Map.of("f", 2),
                        "P3",
                        Map.of("g", 3, "gone", 3),
                        "P4",
                        Map.of("d", 0, "h", 2)));
    }

    private static final Map<String, List<String>> COUNTED =
            Map.of("een", List.of("d", "a", "c", "x"), "twee", List.of(), "drie", List.of("g"), "vier", List.of("d"));

    private static SharedWorkCounter counter() {
        return phrase -> COUNTED.get(phrase).stream()
                .map(id -> new SharedWorkCounter.Counted(id, 1.0, "test"))
                .toList();
    }

    /** DCG of d, a, c, x (gains 0, 3, 1, 0) against the ideal order of every judged grade (3, 3, 2, 1). */
    private static final double P1_NDCG = (3 / log2(3) + 1 / log2(4)) / (3 + 3 / log2(3) + 2 / log2(4) + 1 / log2(5));

    @Test
    void eachPhraseIsScoredOnWhatItCountsAgainstTheGradesUnjudgedAsZero() throws IOException {
        WorkPhraseEvaluation.Result result = WorkPhraseEvaluation.evaluate(set(), "test", counter(), INDEX);
        WorkPhraseEvaluation.PhraseOutcome p1 = result.outcomes().getFirst();
        assertThat(p1.precision()).isEqualTo(0.25);
        assertThat(p1.partialPrecision()).isEqualTo(0.5);
        assertThat(p1.recall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(p1.ndcg10()).isCloseTo(P1_NDCG, within(1e-12));
        assertThat(p1.counted()).isEqualTo(4);
        // Missed: the work processes graded 2+ not counted, best grade first.
        assertThat(p1.missed()).containsExactly("e (3) Kwalificatie: werk e", "b (2) Kwalificatie: werk b");
        assertThat(p1.shown().get(3)).isEqualTo("x (unjudged; test 1.00) Kwalificatie: werk x");
    }

    @Test
    void aPhraseCountingNothingHasNoPrecisionAndZeroRecall() throws IOException {
        WorkPhraseEvaluation.PhraseOutcome p2 = WorkPhraseEvaluation.evaluate(set(), "test", counter(), INDEX)
                .outcomes()
                .get(1);
        assertThat(p2.precision()).isNull();
        assertThat(p2.partialPrecision()).isNull();
        assertThat(p2.recall()).isZero();
        assertThat(p2.ndcg10()).isZero();
    }

    @Test
    void judgementsOfWorkProcessesTheIndexDoesNotHoldAreNotMeasured() throws IOException {
        WorkPhraseEvaluation.PhraseOutcome p3 = WorkPhraseEvaluation.evaluate(set(), "test", counter(), INDEX)
                .outcomes()
                .get(2);
        assertThat(p3.recall()).isEqualTo(1.0);
        assertThat(p3.ndcg10()).isCloseTo(1.0, within(1e-12));
        assertThat(set().unknown(INDEX.keySet()).judgements()).isEqualTo(1);
    }

    @Test
    void precisionAveragesOverThePhrasesThatCountedSomethingRecallAndNdcgOverAll() throws IOException {
        WorkPhraseEvaluation.Result result = WorkPhraseEvaluation.evaluate(set(), "test", counter(), INDEX);
        assertThat(result.precision()).isCloseTo((0.25 + 1 + 0) / 3, within(1e-12));
        assertThat(result.partialPrecision()).isCloseTo((0.5 + 1 + 0) / 3, within(1e-12));
        assertThat(result.recall()).isCloseTo((1.0 / 3 + 0 + 1 + 0) / 4, within(1e-12));
        assertThat(result.ndcg10()).isCloseTo((P1_NDCG + 0 + 1 + 0) / 4, within(1e-12));
        assertThat(result.meanCounted()).isEqualTo(1.5);
        assertThat(result.countedNothing()).isEqualTo(1);
        assertThat(result.judged()).isEqualTo(4);
    }

    @Test
    void whatWasCountedIsTalliedByHowItWasReached() throws IOException {
        SharedWorkCounter byHow = phrase -> COUNTED.get(phrase).stream()
                .map(id -> new SharedWorkCounter.Counted(id, 1.0, id.equals("a") || id.equals("d") ? "exact" : "stem"))
                .toList();
        // exact: a (3 for P1), d (0 for P1), d (0 for P4); stem: c (1 for P1), x (unjudged), g (3 for P3).
        assertThat(WorkPhraseEvaluation.evaluate(set(), "test", byHow, INDEX).byHow())
                .containsExactly(
                        new WorkPhraseEvaluation.HowTally("exact", 3, 1, 1),
                        new WorkPhraseEvaluation.HowTally("stem", 3, 1, 2));
    }

    @Test
    void theWorstPhrasesPutAWrongPromiseBeforeSilence() throws IOException {
        WorkPhraseEvaluation.Result result = WorkPhraseEvaluation.evaluate(set(), "test", counter(), INDEX);
        assertThat(result.worst(4))
                .extracting(WorkPhraseEvaluation.PhraseOutcome::id)
                .containsExactly("P4", "P2", "P1", "P3");
    }

    @Test
    void precisionAndRecallReadTheWholeCountedSetWhileNdcgReadsItsFirstTen() throws IOException {
        Map<String, IndexedWorkProcess> index = new LinkedHashMap<>(INDEX);
        List<SharedWorkCounter.Counted> counted = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            index.put("u" + i, workProcess("u" + i, "ander werk"));
            counted.add(new SharedWorkCounter.Counted("u" + i, 1.0, "test"));
        }
        counted.add(new SharedWorkCounter.Counted("a", 0.5, "test"));
        WorkPhraseSet set =
                new WorkPhraseSet("tiny", List.of(new WorkPhraseSet.Phrase("P1", "een")), Map.of("P1", Map.of("a", 3)));
        WorkPhraseEvaluation.PhraseOutcome outcome = WorkPhraseEvaluation.evaluate(
                        set, "test", phrase -> counted, index)
                .outcomes()
                .getFirst();
        assertThat(outcome.precision()).isCloseTo(1.0 / 11, within(1e-12));
        assertThat(outcome.recall()).isEqualTo(1.0);
        assertThat(outcome.ndcg10()).isZero();
        assertThat(outcome.shown()).hasSize(WorkPhraseEvaluation.SHOWN);
    }
}
