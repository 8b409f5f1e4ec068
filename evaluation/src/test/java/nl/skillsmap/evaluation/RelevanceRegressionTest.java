package nl.skillsmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.skillsmap.evaluation.fit.FitSameWork;
import nl.skillsmap.evaluation.melo.ConceptIndex;
import nl.skillsmap.evaluation.melo.EngineElementRanker;
import nl.skillsmap.evaluation.melo.JobStatementElementRanker;
import nl.skillsmap.evaluation.melo.MeloEvaluation;
import nl.skillsmap.evaluation.melo.MeloSet;
import nl.skillsmap.evaluation.melo.SuggestElementRanker;
import nl.skillsmap.evaluation.personas.EngineQualificationMatcher;
import nl.skillsmap.evaluation.personas.PersonaEvaluation;
import nl.skillsmap.evaluation.personas.PersonaSet;
import nl.skillsmap.evaluation.phrases.EngineSharedWorkCounter;
import nl.skillsmap.evaluation.phrases.WorkPhraseEvaluation;
import nl.skillsmap.evaluation.phrases.WorkPhraseSet;
import nl.skillsmap.evaluation.related.RelatedEvaluation;
import nl.skillsmap.evaluation.related.RelatedSet;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.match.MatchService;
import nl.skillsmap.search.related.RelatedOccupation;
import nl.skillsmap.search.related.RelatedOccupationsService;
import nl.skillsmap.search.suggest.SuggestService;
import nl.skillsmap.testing.FullData;
import nl.skillsmap.testing.FullDataIndex;
import nl.skillsmap.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relevance is a regression test: a fixed sample of each evaluation set, run through the same code and, for related
 * occupations, personas and work phrases, on the same full-data index as {@code bin/evaluate}, must score at least
 * what {@code relevance-scores.properties} records, less a small tolerance. When a change improves a score for good,
 * record the new value there.
 */
@FullData
class RelevanceRegressionTest {

    /** Every n-th judged query or source is in the sample: deterministic, spread over the whole set. */
    private static final int MELO_EVERY = 3;

    private static final int RELATED_EVERY = 4;
    /**
     * Every 5th persona: weights are chosen by cross-validation on the other personas, never on this sample, so
     * the sample stays a fair check of what a change does to people the weights were not fitted on.
     */
    public static final int PERSONA_EVERY = 5;
    /** Every 5th work phrase, from the first: 20 of the 100. */
    private static final int PHRASE_EVERY = FitSameWork.REGRESSION_EVERY;

    @TempDir
    Path dir;

    /** The full default data's index, as {@code bin/evaluate} measures related occupations and personas on. */
    private static SkillsmapIndex full;

    @BeforeAll
    static void openFullIndex() throws IOException {
        full = SkillsmapIndex.open(FullDataIndex.ofDefaultData().ensureBuilt());
    }

    @AfterAll
    static void closeFullIndex() throws IOException {
        full.close();
    }

    /** The catalogue of the full index as the engine serves it. */
    private static Catalogue catalogue() {
        IndexSnapshot served = full.acquire();
        try {
            return served.catalogue();
        } finally {
            full.release(served);
        }
    }

    @Test
    void jobTitlesStillFindTheirOccupations() throws IOException {
        MeloSet set = MeloSet.read(SharedData.evalSet("melo-bel-nl"));
        List<MeloSet.Query> sample = every(set.judgedQueries(), MELO_EVERY);
        try (SkillsmapIndex index = SkillsmapIndex.open(ConceptIndex.build(set, dir))) {
            MeloEvaluation.Result result =
                    MeloEvaluation.evaluate(set, "engine", new EngineElementRanker(index, set), sample);
            assertAtLeastRecorded("melo.mrr", result.mrr());
            assertAtLeastRecorded("melo.success10", result.success10());
            assertAtLeastRecorded("melo.map", result.map());
            // The page's occupation picker (/suggest, occupations only) on the whole titles.
            MeloEvaluation.Result picker = MeloEvaluation.evaluate(
                    set, "picker", new SuggestElementRanker(new SuggestService(index), set, title -> title), sample);
            assertAtLeastRecorded("melo.picker.mrr", picker.mrr());
            // A title said as one's job ("Ik werk als ..."): the share of titles read as the right occupation, and of
            // those read as naming one, the share read as the right one.
            MeloEvaluation.Result stated = MeloEvaluation.evaluate(
                    set, "job statement", new JobStatementElementRanker(new MatchService(index), set), sample);
            assertAtLeastRecorded("melo.statement.success1", stated.success1());
            assertAtLeastRecorded(
                    "melo.statement.precision", stated.answered() == 0 ? 0 : stated.success1() / stated.answered());
        }
    }

    @Test
    void relatedOccupationsStillShareTheirWork() throws IOException {
        RelatedSet set = RelatedSet.read(SharedData.evalSet("esco-related-dev"));
        IndexSnapshot served = full.acquire();
        List<Occupation> occupations = List.copyOf(served.catalogue().occupations());
        RelatedOccupationsService service = RelatedOccupationsService.of(occupations, served.analyzers());
        full.release(served);
        Map<String, String> labels =
                occupations.stream().collect(Collectors.toMap(Occupation::uri, Occupation::label, (a, b) -> a));
        RelatedEvaluation.Result result = RelatedEvaluation.evaluate(
                set,
                "engine",
                (uri, depth) -> service.related(uri, depth)
                        .map(l -> l.stream().map(RelatedOccupation::uri).toList()),
                labels,
                every(List.copyOf(set.gains().keySet()), RELATED_EVERY));
        assertThat(result.skipped()).isZero();
        assertAtLeastRecorded("related.ndcg10", result.ndcg10());
        assertAtLeastRecorded("related.recall20", result.recall20());
    }

    @Test
    void personasStillFindTheQualificationsThatFitThem() throws IOException {
        PersonaSet all = PersonaSet.read(SharedData.evalSet("personas-dev"));
        PersonaSet set = new PersonaSet(all.name(), every(all.personas(), PERSONA_EVERY));
        Map<String, Qualification> qualifications = catalogue().qualifications().stream()
                .collect(Collectors.toMap(Qualification::crebo, q -> q, (a, b) -> a));
        PersonaEvaluation.Result result = PersonaEvaluation.evaluate(
                set, "engine", new EngineQualificationMatcher(new MatchService(full)), qualifications);
        assertAtLeastRecorded("personas.ndcg10", result.ndcg10());
        assertAtLeastRecorded("personas.recall10", result.recall10());
    }

    @Test
    void phrasesAreStillUnderstoodAsTheWorkTheyName() throws IOException {
        WorkPhraseSet all = WorkPhraseSet.read(SharedData.evalSet("work-phrases-dev"));
        WorkPhraseSet set = all.only(every(all.phrases(), PHRASE_EVERY));
        Map<String, IndexedWorkProcess> workProcesses = catalogue().workProcesses().stream()
                .collect(Collectors.toMap(IndexedWorkProcess::id, wp -> wp, (a, b) -> a));
        assertThat(set.unknown(workProcesses.keySet()).judgements())
                .as("judgements of unknown work processes")
                .isZero();
        WorkPhraseEvaluation.Result result = WorkPhraseEvaluation.evaluate(
                set, "engine", new EngineSharedWorkCounter(new MatchService(full)), workProcesses);
        assertAtLeastRecorded("phrases.precision", result.precision());
        assertAtLeastRecorded("phrases.recall", result.recall());
        assertAtLeastRecorded("phrases.ndcg10", result.ndcg10());
    }

    private static <T> List<T> every(List<T> all, int n) {
        return IntStream.range(0, all.size())
                .filter(i -> i % n == 0)
                .mapToObj(all::get)
                .toList();
    }

    private static void assertAtLeastRecorded(String measure, double value) throws IOException {
        Properties recorded = new Properties();
        try (InputStream in = RelevanceRegressionTest.class.getResourceAsStream("/relevance-scores.properties")) {
            recorded.load(in);
        }
        double tolerance = Double.parseDouble(recorded.getProperty("tolerance"));
        double floor = Double.parseDouble(recorded.getProperty(measure)) - tolerance;
        System.out.printf("relevance %s = %.4f (recorded %s)%n", measure, value, recorded.getProperty(measure));
        assertThat(value)
                .as("%s fell below its recorded score less %.3f", measure, tolerance)
                .isGreaterThanOrEqualTo(floor);
    }
}
