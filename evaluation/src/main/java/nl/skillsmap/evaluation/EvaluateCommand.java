package nl.skillsmap.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.skillsmap.cli.IndexCommand;
import nl.skillsmap.evaluation.melo.Bm25ElementRanker;
import nl.skillsmap.evaluation.melo.ConceptIndex;
import nl.skillsmap.evaluation.melo.EngineElementRanker;
import nl.skillsmap.evaluation.melo.JobStatementElementRanker;
import nl.skillsmap.evaluation.melo.LinkerElementRanker;
import nl.skillsmap.evaluation.melo.MeloEvaluation;
import nl.skillsmap.evaluation.melo.MeloSet;
import nl.skillsmap.evaluation.melo.SearchElementRanker;
import nl.skillsmap.evaluation.melo.SuggestElementRanker;
import nl.skillsmap.evaluation.personas.Bm25QualificationMatcher;
import nl.skillsmap.evaluation.personas.EngineQualificationMatcher;
import nl.skillsmap.evaluation.personas.PersonaEvaluation;
import nl.skillsmap.evaluation.personas.PersonaSet;
import nl.skillsmap.evaluation.phrases.Bm25WorkProcessSearch;
import nl.skillsmap.evaluation.phrases.EngineSharedWorkCounter;
import nl.skillsmap.evaluation.phrases.WorkPhraseEvaluation;
import nl.skillsmap.evaluation.phrases.WorkPhraseSet;
import nl.skillsmap.evaluation.related.JaccardRanker;
import nl.skillsmap.evaluation.related.RelatedEvaluation;
import nl.skillsmap.evaluation.related.RelatedRanker;
import nl.skillsmap.evaluation.related.RelatedSet;
import nl.skillsmap.evaluation.report.PublishedResults;
import nl.skillsmap.evaluation.report.Report;
import nl.skillsmap.evaluation.report.ReportWriter;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.model.Occupation;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.match.MatchRequest;
import nl.skillsmap.search.match.MatchResponse;
import nl.skillsmap.search.match.MatchService;
import nl.skillsmap.search.match.RankFusion;
import nl.skillsmap.search.related.RelatedOccupation;
import nl.skillsmap.search.related.RelatedOccupationsService;
import nl.skillsmap.search.suggest.SuggestService;
import nl.skillsmap.search.text.SearchService;
import nl.skillsmap.source.DataFormatException;
import org.apache.lucene.analysis.Analyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate}: runs the evaluation sets through the engine's own analysis and search code, beside simpler
 * methods, and writes {@code report.md} and {@code report.json}. Each set is read from its own directory, so any
 * directory in the same format can be measured.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Measures search quality on the evaluation sets and writes report.md and report.json.")
public final class EvaluateCommand implements Callable<Integer> {

    /** The engine must reach these (see the evaluation sets' README for the published rows). */
    static final double MELO_MRR_TARGET = 0.63;

    static final double RELATED_RATIO_TARGET = 1.25;
    static final double PERSONA_NDCG_TARGET = 0.80;
    /**
     * What a phrase is counted as sharing is a promise to an advisor, so precision comes first: at least 80 % of
     * what is counted must be the phrase's work (graded 2 or 3) and 95 % at least partly (graded 1 or more), while
     * recall may stay lower (40 % of the phrase's work).
     */
    static final double PHRASE_PRECISION_TARGET = 0.80;

    static final double PHRASE_PARTIAL_PRECISION_TARGET = 0.95;
    static final double PHRASE_RECALL_TARGET = 0.40;
    /**
     * The baseline's relative cuts (a share of the best BM25 score): loose, middle and strict, so its trade-off
     * between precision and recall shows.
     */
    static final List<Double> PHRASE_BM25_CUTS = List.of(0.5, 0.7, 0.9);

    private static final int WORST_SHOWN = 15;

    @Option(
            names = "--melo",
            paramLabel = "DIR",
            description = "a MELO set (queries.tsv, corpus_elements.tsv, " + "concept_mapping.tsv, annotations.tsv)")
    Path melo;

    @Option(names = "--related", paramLabel = "DIR", description = "related-occupation judgements (pairs.csv)")
    Path related;

    @Option(names = "--personas", paramLabel = "DIR", description = "personas (personas.jsonl)")
    Path personas;

    @Option(
            names = "--phrases",
            paramLabel = "DIR",
            description = "work phrases with judged work processes " + "(queries.tsv, qrels.tsv)")
    Path phrases;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            description =
                    "a built index to evaluate; without it one is " + "built from --data into a temporary directory")
    Path index;

    @Option(names = "--data", paramLabel = "DIR", description = "data directory to build the index from")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where report.md and report.json go")
    Path out;

    private final PrintStream log;

    public EvaluateCommand() {
        this(System.err);
    }

    EvaluateCommand(PrintStream log) {
        this.log = log;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvaluateCommand()).execute(args));
    }

    @Override
    public Integer call() {
        if (melo == null && related == null && personas == null && phrases == null) {
            log.println("evaluate: name at least one set: --melo, --related, --personas or --phrases");
            return 2;
        }
        if ((related != null || personas != null || phrases != null) && index == null && data == null) {
            log.println("evaluate: related occupations, personas and work phrases need --index or --data");
            return 2;
        }
        long start = System.nanoTime();
        Path temp = null;
        try {
            temp = Files.createTempDirectory("skillsmap-evaluate");
            Report report = run(temp, start);
            ReportWriter.write(report, out);
            log.println("evaluate: wrote " + out.resolve(ReportWriter.MARKDOWN) + " and " + ReportWriter.JSON);
            report.targets()
                    .forEach(t -> log.printf(
                            "  %-40s %.4f (target >= %.4f) %s%n",
                            t.measure(), t.value(), t.threshold(), t.met() ? "met" : "NOT MET"));
            return 0;
        } catch (DataFormatException e) {
            log.println("evaluate: cannot read " + e.getMessage());
            return 1;
        } catch (IOException e) {
            log.println("evaluate: " + e.getMessage());
            return 1;
        } finally {
            deleteRecursively(temp);
        }
    }

    private Report run(Path temp, long start) throws IOException {
        List<Report.Target> targets = new ArrayList<>();
        Report.MeloReport meloReport = melo == null ? null : melo(temp.resolve("melo"), targets);
        Report.IndexSummary summary = null;
        Report.RelatedReport relatedReport = null;
        Report.PersonaReport personaReport = null;
        Report.WorkPhraseReport phraseReport = null;
        if (related != null || personas != null || phrases != null) {
            IndexLocation location = index != null ? new IndexLocation(index) : buildIndex(temp.resolve("index"));
            // The records the engine serves are read when the index is opened, before anything is timed.
            try (SkillsmapIndex opened = SkillsmapIndex.open(location)) {
                IndexSnapshot snapshot = opened.acquire();
                try {
                    summary = new Report.IndexSummary(
                            snapshot.version(), snapshot.manifest().counts());
                    Catalogue catalogue = snapshot.catalogue();
                    if (related != null) {
                        relatedReport = related(opened, snapshot, catalogue, targets);
                    }
                    if (personas != null) {
                        personaReport = personas(opened, catalogue, targets);
                    }
                    if (phrases != null) {
                        phraseReport = phrases(opened, catalogue, targets);
                    }
                } finally {
                    opened.release(snapshot);
                }
            }
        }
        return new Report(
                LocalDate.now(ZoneOffset.UTC).toString(),
                summary,
                meloReport,
                relatedReport,
                personaReport,
                phraseReport,
                targets,
                (System.nanoTime() - start) / 1e9);
    }

    private IndexLocation buildIndex(Path dir) throws IOException {
        log.println("evaluate: building an index of " + data);
        IndexLocation location = new IndexLocation(dir);
        IndexCommand.of(data, location.path(), log).build();
        return location;
    }

    private Report.MeloReport melo(Path dir, List<Report.Target> targets) throws IOException {
        MeloSet set = MeloSet.read(melo);
        log.println("evaluate: " + set.name() + ": indexing the set's occupations");
        IndexLocation location = ConceptIndex.build(set, dir);
        List<MeloSet.Query> queries = set.judgedQueries();
        List<Report.MeloRow> rows = new ArrayList<>();
        MeloEvaluation.Result engine;
        try (SkillsmapIndex opened = SkillsmapIndex.open(location);
                Bm25ElementRanker bm25 = new Bm25ElementRanker(set);
                LinkerElementRanker linker = new LinkerElementRanker(set, dutchAnalyzer(opened))) {
            log.println("evaluate: " + set.name() + ": " + queries.size() + " queries");
            MeloEvaluation.Result baseline =
                    MeloEvaluation.evaluate(set, "BM25 (Lucene StandardAnalyzer, " + "element labels)", bm25, queries);
            engine = MeloEvaluation.evaluate(
                    set, "Skillsmap occupation ranking", new EngineElementRanker(opened, set), queries);
            MeloEvaluation.Result search = MeloEvaluation.evaluate(
                    set,
                    "Skillsmap free-text search, occupations " + "only",
                    new SearchElementRanker(new SearchService(opened), set),
                    queries);
            MeloEvaluation.Result linked = MeloEvaluation.evaluate(
                    set,
                    "Skillsmap qualification-name linker " + "(index build; one occupation or none)",
                    linker,
                    queries);
            SuggestService suggest = new SuggestService(opened);
            MeloEvaluation.Result picked = MeloEvaluation.evaluate(
                    set,
                    "Skillsmap occupation picker (/suggest, " + "occupations only, whole title)",
                    new SuggestElementRanker(suggest, set, t -> t),
                    queries);
            MeloEvaluation.Result halfPicked = MeloEvaluation.evaluate(
                    set,
                    "Skillsmap occupation picker (/suggest, " + "occupations only, first half of the title typed)",
                    new SuggestElementRanker(suggest, set, SuggestElementRanker::halfTyped),
                    queries);
            MeloEvaluation.Result stated = MeloEvaluation.evaluate(
                    set,
                    "Skillsmap job statement (/match, \"Ik werk als\" + the title; one occupation or none)",
                    new JobStatementElementRanker(new MatchService(opened), set),
                    queries);
            for (MeloEvaluation.Result result : List.of(engine, search, picked, halfPicked, stated, linked, baseline)) {
                rows.add(new Report.MeloRow(
                        result.method(),
                        "this run",
                        result.mrr(),
                        result.success1(),
                        result.success10(),
                        result.map(),
                        result.answered(),
                        result.latency()));
            }
        }
        rows.addAll(PublishedResults.forSet(set.name()));
        targets.add(Report.Target.atLeast(set.name() + " MRR", engine.mrr(), MELO_MRR_TARGET));
        return new Report.MeloReport(
                set.name(),
                queries.size(),
                set.elements().size(),
                ConceptIndex.occupations(set).size(),
                rows,
                engine.worst(WORST_SHOWN));
    }

    private static Analyzer dutchAnalyzer(SkillsmapIndex opened) {
        IndexSnapshot snapshot = opened.acquire();
        try {
            return snapshot.analyzers().dutch();
        } finally {
            opened.release(snapshot);
        }
    }

    private Report.RelatedReport related(
            SkillsmapIndex index, IndexSnapshot opened, Catalogue catalogue, List<Report.Target> targets)
            throws IOException {
        RelatedSet set = RelatedSet.read(related);
        List<Occupation> occupations = List.copyOf(catalogue.occupations());
        Map<String, String> labels = occupations.stream()
                .collect(Collectors.toMap(Occupation::uri, Occupation::label, (a, b) -> a, LinkedHashMap::new));
        RelatedOccupationsService service = RelatedOccupationsService.of(occupations, opened.analyzers());
        List<String> sources = List.copyOf(set.gains().keySet());
        log.println("evaluate: " + set.name() + ": " + sources.size() + " source occupations");
        RelatedRanker engineRanker = (uri, depth) -> service.related(uri, depth)
                .map(list -> list.stream().map(RelatedOccupation::uri).toList());
        RelatedEvaluation.Result engine = RelatedEvaluation.evaluate(
                set,
                "Skillsmap related occupations " + "(BM25 vectors of skills, description, label, ISCO group levels)",
                engineRanker,
                labels,
                sources);
        // The occupations /match offers a person who names the source as their job, judged as the related ones are.
        MatchService match = new MatchService(index);
        RelatedRanker heldRanker = (uri, depth) -> Optional.of(match
                .match(new MatchRequest(
                        List.of(), List.of(), List.of(), null, uri, List.of(), List.of(), depth, null, null))
                .occupations()
                .stream()
                .map(MatchResponse.OccupationMatch::uri)
                .toList());
        RelatedEvaluation.Result held = RelatedEvaluation.evaluate(
                set,
                "Skillsmap match with the occupation held (/api/v1/match, occupation)",
                heldRanker,
                labels,
                sources);
        RelatedEvaluation.Result jaccard = RelatedEvaluation.evaluate(
                set, "Jaccard overlap of essential skills", new JaccardRanker(occupations), labels, sources);
        List<Report.RelatedRow> rows = new ArrayList<>();
        for (RelatedEvaluation.Result result : List.of(engine, held, jaccard)) {
            rows.add(new Report.RelatedRow(result.method(), result.ndcg10(), result.recall20(), result.latency()));
        }
        targets.add(Report.Target.atLeast(
                set.name() + " nDCG@10 / Jaccard's",
                jaccard.ndcg10() == 0 ? 0 : engine.ndcg10() / jaccard.ndcg10(),
                RELATED_RATIO_TARGET));
        return new Report.RelatedReport(
                set.name(), sources.size(), engine.measured(), engine.skipped(), rows, engine.worst(WORST_SHOWN));
    }

    private Report.PersonaReport personas(SkillsmapIndex opened, Catalogue catalogue, List<Report.Target> targets)
            throws IOException {
        PersonaSet set = PersonaSet.read(personas);
        Map<String, Qualification> qualifications = byKey(catalogue.qualifications(), Qualification::crebo);
        log.println("evaluate: " + set.name() + ": " + set.personas().size() + " personas");
        MatchService service = new MatchService(opened);
        // Beside the profiles, a short text about one's own work as the only input: each persona's narrative, judged
        // as the profile is.
        PersonaSet narratives = set.narratives();
        PersonaEvaluation.Result engine = PersonaEvaluation.evaluate(
                set, "Skillsmap match (/api/v1/match)", new EngineQualificationMatcher(service), qualifications);
        PersonaEvaluation.Result fromNarrative = PersonaEvaluation.evaluate(
                narratives,
                "Skillsmap match, the narrative as the only input",
                new EngineQualificationMatcher(service),
                qualifications);
        PersonaEvaluation.Result baseline;
        PersonaEvaluation.Result narrativeBaseline;
        try (Bm25QualificationMatcher bm25 = new Bm25QualificationMatcher(List.copyOf(qualifications.values()))) {
            String method = "BM25 (Lucene StandardAnalyzer, names, core tasks, work processes, skills)";
            baseline = PersonaEvaluation.evaluate(set, method, bm25, qualifications);
            narrativeBaseline =
                    PersonaEvaluation.evaluate(narratives, method + ", the narrative", bm25, qualifications);
        }
        List<PersonaEvaluation.Result> results =
                new ArrayList<>(List.of(engine, baseline, fromNarrative, narrativeBaseline));
        // What each signal of the ranking adds: the same matching, ranked with one signal left out, or with one alone.
        for (RankFusion.Signal signal : RankFusion.Signal.values()) {
            Set<RankFusion.Signal> others = EnumSet.complementOf(EnumSet.of(signal));
            results.add(PersonaEvaluation.evaluate(
                    set,
                    "Skillsmap match without " + signalName(signal),
                    new EngineQualificationMatcher(new MatchService(opened, others)),
                    qualifications));
        }
        for (RankFusion.Signal signal : RankFusion.Signal.values()) {
            results.add(PersonaEvaluation.evaluate(
                    set,
                    "Skillsmap match, " + signalName(signal) + " only",
                    new EngineQualificationMatcher(new MatchService(opened, EnumSet.of(signal))),
                    qualifications));
        }
        List<Report.PersonaRow> rows = new ArrayList<>();
        for (PersonaEvaluation.Result result : results) {
            rows.add(new Report.PersonaRow(
                    result.method(),
                    result.ndcg10(),
                    result.recall10(),
                    result.condensedNdcg10(),
                    result.judged10(),
                    result.latency()));
        }
        targets.add(Report.Target.atLeast(set.name() + " nDCG@10", engine.ndcg10(), PERSONA_NDCG_TARGET));
        return new Report.PersonaReport(set.name(), set.personas().size(), rows, null, engine.personas());
    }

    private static String signalName(RankFusion.Signal signal) {
        return switch (signal) {
            case SHARED_WORK -> "shared work";
            case PROFILE -> "whole-profile words";
            case MEANING -> "closeness in meaning";
        };
    }

    private Report.WorkPhraseReport phrases(SkillsmapIndex opened, Catalogue catalogue, List<Report.Target> targets)
            throws IOException {
        WorkPhraseSet set = WorkPhraseSet.read(phrases);
        Map<String, IndexedWorkProcess> workProcesses = byKey(catalogue.workProcesses(), IndexedWorkProcess::id);
        WorkPhraseSet.Unknown unknown = set.unknown(workProcesses.keySet());
        log.println("evaluate: " + set.name() + ": " + set.phrases().size() + " phrases"
                + (unknown.judgements() == 0
                        ? ""
                        : ", " + unknown.judgements() + " judgements of "
                                + unknown.ids().size() + " work-process ids not in the index (left out)"));
        List<WorkPhraseEvaluation.Result> results = new ArrayList<>();
        WorkPhraseEvaluation.Result engine = WorkPhraseEvaluation.evaluate(
                set,
                "Skillsmap shared work " + "(MatchService.sharedWork: the phrase as the only activity)",
                new EngineSharedWorkCounter(new MatchService(opened)),
                workProcesses);
        results.add(engine);
        try (Bm25WorkProcessSearch bm25 = new Bm25WorkProcessSearch(workProcesses.values())) {
            for (double cut : PHRASE_BM25_CUTS) {
                results.add(WorkPhraseEvaluation.evaluate(
                        set,
                        String.format(
                                Locale.ROOT,
                                "BM25 (Lucene "
                                        + "DutchAnalyzer, work-process titles and descriptions), hits scoring >= %.1f x the best",
                                cut),
                        bm25.above(cut),
                        workProcesses));
            }
        }
        List<Report.WorkPhraseRow> rows = results.stream()
                .map(r -> new Report.WorkPhraseRow(
                        r.method(),
                        r.precision(),
                        r.partialPrecision(),
                        r.recall(),
                        r.meanCounted(),
                        r.ndcg10(),
                        r.countedNothing(),
                        r.latency()))
                .toList();
        List<Report.Target> own = List.of(
                Report.Target.atLeast(set.name() + " precision", engine.precision(), PHRASE_PRECISION_TARGET),
                Report.Target.atLeast(
                        set.name() + " precision (partial)",
                        engine.partialPrecision(),
                        PHRASE_PARTIAL_PRECISION_TARGET),
                Report.Target.atLeast(set.name() + " recall", engine.recall(), PHRASE_RECALL_TARGET));
        targets.addAll(own);
        return new Report.WorkPhraseReport(
                set.name(),
                set.phrases().size(),
                set.judgements(),
                unknown,
                own,
                rows,
                engine.byHow(),
                engine.worst(WORST_SHOWN));
    }

    private void deleteRecursively(Path root) {
        if (root == null) {
            return;
        }
        try {
            IndexLocation.deleteRecursively(root);
        } catch (UncheckedIOException e) {
            log.println("evaluate: could not remove the temporary directory " + root + ": " + e.getMessage());
        }
    }

    /** The items by their key, in their order; the first of equal keys is kept. */
    private static <T> Map<String, T> byKey(java.util.Collection<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
