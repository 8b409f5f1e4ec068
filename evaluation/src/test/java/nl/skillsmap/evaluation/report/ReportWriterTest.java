package nl.skillsmap.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.skillsmap.evaluation.metrics.Latency;
import nl.skillsmap.evaluation.phrases.WorkPhraseEvaluation;
import nl.skillsmap.evaluation.phrases.WorkPhraseSet;
import org.junit.jupiter.api.Test;

class ReportWriterTest {

    private static Report withPhrases(WorkPhraseSet.Unknown unknown) {
        Report.Target precision = Report.Target.atLeast("tiny precision", 0.25, 0.80);
        Report.WorkPhraseReport phrases = new Report.WorkPhraseReport(
                "tiny",
                2,
                7,
                unknown,
                List.of(precision),
                List.of(new Report.WorkPhraseRow("engine", 0.25, 0.5, 0.3333, 2.5, 0.4, 1, new Latency(1, 2, 3))),
                List.of(new WorkPhraseEvaluation.HowTally("stem", 4, 1, 2)),
                List.of(
                        new WorkPhraseEvaluation.PhraseOutcome(
                                "W2",
                                "wonden verzorgen",
                                null,
                                null,
                                0,
                                0,
                                0,
                                List.of(),
                                List.of("25655-B1-K1-W4 (2) Mbo-Verpleegkundige: Voert "
                                        + "verpleegtechnische handelingen uit"),
                                1),
                        new WorkPhraseEvaluation.PhraseOutcome(
                                "W1",
                                "kassa",
                                0.25,
                                0.5,
                                0.5,
                                0.4,
                                4,
                                List.of("25153-K1-W4 (3; exact 1.00) Eerste verkoper: Bedient de kassa"),
                                List.of(),
                                0)));
        return new Report("2026-01-01", null, null, null, null, phrases, List.of(precision), 1.0);
    }

    @Test
    void theWorkPhraseSectionShowsEachMethodsScoresAndWhatTheWorstPhrasesCountedAndMissed() {
        String md = ReportWriter.markdown(withPhrases(new WorkPhraseSet.Unknown(0, 0, List.of())));
        assertThat(md)
                .contains("| tiny precision | 0.2500 | >= 0.8000 | **no** |")
                .contains("| engine | 0.2500 | 0.5000 | 0.3333 | 2.5 | 1 | 0.4000 | 1.0, 2.0 |")
                .contains("- **W2 \"wonden verzorgen\"**: precision - (partial -), recall 0.00, nDCG@10 0.00, "
                        + "0 counted, 1 missed\n  - counted nothing\n  - missed 25655-B1-K1-W4 (2)")
                .contains("  - counted 25153-K1-W4 (3; exact 1.00) Eerste verkoper: Bedient de kassa")
                .contains("| stem | 4 | 1 (0.25) | 2 (0.50) |")
                .contains("Every judged work-process id is in the index.");
    }

    @Test
    void judgementsOfUnknownWorkProcessesAreNamedInTheReport() {
        String md = ReportWriter.markdown(
                withPhrases(new WorkPhraseSet.Unknown(3, 1, List.of("25999-K1-W1", "25999-K1-W2"))));
        assertThat(md)
                .contains("3 judgements (1 of them graded 2 or more) name 2 work-process ids the index does "
                        + "not hold; they are left out of the measures: 25999-K1-W1, 25999-K1-W2.");
    }
}
