package nl.skillsmap.evaluation.meaning;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import nl.skillsmap.evaluation.fit.FitSameWork;
import nl.skillsmap.evaluation.fit.LogisticFit;
import nl.skillsmap.evaluation.metrics.GradedMeasures;
import nl.skillsmap.evaluation.personas.PersonaMeaningProbe;
import nl.skillsmap.evaluation.personas.PersonaSet;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.match.MatchService;
import nl.skillsmap.search.match.SameWork;

/**
 * Measures whether meaning beyond shared words would help {@link SameWork}: each candidate signal is added to the
 * model's inputs, the model is refitted with {@link FitSameWork}'s folds on the same 80 work phrases, and the
 * held-out precision, recall and nDCG@10 are printed beside those of the inputs as they are. The signals: cosines of
 * phrase and work process (title, and title with description) under three English sentence encoders over the
 * Dutch text glossed into English ({@link EnglishGloss}), the same encoder over the Dutch text unglossed, and a
 * paraphrase bridge learned from the data ({@link ParaphraseBridge}). One variant also lets the best encoder propose
 * work processes the words do not reach. The last table drops each present input in turn (the ablation).
 *
 * <p>Usage: {@code MeaningProbe <index dir> <data dir> <work-phrases dir> <personas dir> [<WordNet dict dir>]}
 * ({@code bin/meaning-probe}); the encoders' vectors are cached by content under
 * {@code evaluation-meaning/target/meaning-cache}.
 */
public final class MeaningProbe {

    /** Work processes an encoder proposes per phrase beyond those its words reach. */
    static final int PROPOSED = 10;
    /** The precision the inputs as they are give on the folds: recall is compared at it, precision first. */
    static final double MATCHED_PRECISION = 0.60;

    /** One phrase's candidates and the extra inputs each variant gives them, in candidate order. */
    record Probe(FitSameWork.Phrase phrase, Map<String, double[][]> extra) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: MeaningProbe <index dir> <data dir> <work-phrases dir> <personas dir>"
                    + " [<WordNet dict dir>]");
            System.exit(2);
        }
        Path data = Path.of(args[1]);
        Path wordnet = args.length > 4 ? Path.of(args[4]) : null;
        if (wordnet != null && !Files.isDirectory(wordnet)) {
            throw new IllegalArgumentException("no WordNet dict directory at " + wordnet);
        }
        try (SkillsmapIndex index = SkillsmapIndex.open(new IndexLocation(Path.of(args[0])))) {
            MatchService service = new MatchService(index);
            // The index does not change while the probe runs: one snapshot serves it throughout.
            IndexSnapshot snapshot = index.acquire();
            Catalogue catalogue = snapshot.catalogue();
            List<FitSameWork.Phrase> phrases = FitSameWork.read(Path.of(args[2]), service, catalogue);
            PersonaSet personas = PersonaSet.read(Path.of(args[3]));
            Map<String, Qualification> qualifications = new HashMap<>();
            catalogue.qualifications().forEach(q -> qualifications.put(q.crebo(), q));
            run(
                    phrases,
                    catalogue,
                    data,
                    wordnet,
                    Path.of("evaluation-meaning/target/meaning-cache"),
                    System.out,
                    (name, term) -> PersonaMeaningProbe.run(personas, service, qualifications, term, name, System.out));
        }
    }

    /** Measures a meaning term on the personas, under a name. */
    interface PersonaProbe {
        void measure(String name, BiFunction<List<String>, String, Double> term);
    }

    static void run(
            List<FitSameWork.Phrase> phrases,
            Catalogue catalogue,
            Path data,
            Path wordnet,
            Path cache,
            PrintStream out,
            PersonaProbe personas) {
        long start = System.nanoTime();
        EnglishGloss gloss = EnglishGloss.load(data.resolve("esco"), data.resolve("lexicon"), wordnet);
        List<IndexedWorkProcess> all = catalogue.workProcesses().stream()
                .sorted(Comparator.comparing(IndexedWorkProcess::id))
                .toList();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i).id(), i);
        }
        List<String> titles = all.stream().map(IndexedWorkProcess::title).toList();
        List<String> fulls = all.stream()
                .map(wp -> wp.title() + ". "
                        + (wp.workProcess().description() == null
                                ? ""
                                : wp.workProcess().description()))
                .toList();
        List<String> texts = phrases.stream().map(FitSameWork.Phrase::text).toList();
        double glossed = texts.stream().mapToDouble(gloss::coverage).average().orElse(0);
        out.printf(
                Locale.ROOT,
                "gloss: %.0f%% of phrase words and %.0f%% of title words put into English%n",
                100 * glossed,
                100 * titles.stream().mapToDouble(gloss::coverage).average().orElse(0));
        for (int i = 0; i < Math.min(5, texts.size()); i++) {
            out.println("  " + texts.get(i) + " -> " + gloss.gloss(texts.get(i)));
        }
        out.println("  " + titles.getFirst() + " -> " + gloss.gloss(titles.getFirst()));

        EnglishGloss escoGloss = EnglishGloss.load(data.resolve("esco"), null, null);
        Map<String, Cosines> spaces = new LinkedHashMap<>();
        Map<String, BiFunction<List<String>, String, Double>> personaTerms = new LinkedHashMap<>();
        List<SentenceEncoder> encoders = new ArrayList<>();
        for (SentenceEncoder.Model model : SentenceEncoder.Model.values()) {
            SentenceEncoder encoder = new SentenceEncoder(model, cache);
            encoders.add(encoder);
            Function<String, String> g = gloss::gloss;
            String name = model.name().toLowerCase(Locale.ROOT) + " glossed";
            spaces.put(name, Cosines.of(encoder, texts, titles, fulls, g));
            personaTerms.put(name, nearestWork(encoder, g, fulls, all, catalogue));
            if (model == SentenceEncoder.Model.MINILM) {
                Function<String, String> escoOnly = escoGloss::gloss;
                spaces.put("minilm glossed by ESCO alone", Cosines.of(encoder, texts, titles, fulls, escoOnly));
                out.printf(
                        Locale.ROOT,
                        "minilm: one phrase encoded alone (as a request would) takes %.1f ms"
                                + " (median of %d; the machine's load shares this)%n",
                        encoder.millisPerText(texts.stream().map(g).toList()),
                        texts.size());
                spaces.put("minilm Dutch as is", Cosines.of(encoder, texts, titles, fulls, Function.identity()));
                personaTerms.put(
                        "minilm Dutch as is", nearestWork(encoder, Function.identity(), fulls, all, catalogue));
            }
        }
        ParaphraseBridge bridge = ParaphraseBridge.learn(data.resolve("esco"), catalogue);
        out.printf(
                Locale.ROOT,
                "paraphrase bridge: learned from %d aligned pairs; encoders and gloss ready in %.1f s%n",
                bridge.pairs(),
                (System.nanoTime() - start) / 1e9);

        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("inputs as they are (SameWork)", phrases, null, List.of()));
        for (Map.Entry<String, Cosines> space : spaces.entrySet()) {
            variants.add(new Variant(
                    "+ " + space.getKey() + " (title, full)",
                    phrases,
                    null,
                    List.of(cosineInputs(space.getValue(), position))));
        }
        ExtraInputs bridgeInputs = (p, c, wp) -> new double[] {
            bridge.bridge(p.text(), wp.title()),
            bridge.bridge(
                    p.text(),
                    wp.title() + " "
                            + (wp.workProcess().description() == null
                                    ? ""
                                    : wp.workProcess().description()))
        };
        variants.add(new Variant("+ paraphrase bridge (title, full)", phrases, null, List.of(bridgeInputs)));
        String best = bestSpace(spaces, phrases, position, catalogue);
        Cosines chosen = spaces.get(best);
        variants.add(new Variant(
                "+ " + best + " + paraphrase bridge",
                phrases,
                null,
                List.of(cosineInputs(chosen, position), bridgeInputs)));
        List<FitSameWork.Phrase> widened = widen(phrases, chosen, all, position);
        ExtraInputs reached = (p, c, wp) -> new double[] {c.how() == null ? 0 : 1};
        variants.add(new Variant(
                "+ " + best + ", and it proposes " + PROPOSED + " more per phrase",
                widened,
                null,
                List.of(cosineInputs(chosen, position), reached)));
        variants.add(new Variant(
                "+ " + best + " + bridge, proposing " + PROPOSED + " more per phrase",
                widened,
                null,
                List.of(cosineInputs(chosen, position), bridgeInputs, reached)));

        out.println();
        out.println("| signals | threshold | precision | precision (>= 1) | recall | counted/phrase"
                + " | recall at precision >= 0.60 | nDCG@10 |");
        out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Variant v : variants) {
            out.println(v.evaluate(catalogue).row(v.name()));
        }
        out.println();
        out.println("Personas: the engine's first " + PersonaMeaningProbe.POOL
                + " cards re-ranked by score + lambda x the term (mean over"
                + " activities of the cosine with the qualification's nearest work process), 40 tuning personas");
        out.println("| term | engine | held-out (lambda per fold) | personas better / worse held out"
                + " | lambda chosen per fold | mean nDCG@10 per lambda |");
        out.println("| --- | --- | --- | --- | --- | --- |");
        personaTerms.forEach(personas::measure);
        encoders.forEach(SentenceEncoder::close);
        out.println();
        out.println("Ablation: each present input dropped in turn, refitted on the same folds");
        out.println("| dropped | threshold | precision | precision (>= 1) | recall | counted/phrase"
                + " | recall at precision >= 0.60 | nDCG@10 |");
        out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int i = 1; i < SameWork.INPUTS.length; i++) {
            out.println(variants.getFirst().withoutInput(i).evaluate(catalogue).row(SameWork.INPUTS[i]));
        }
    }

    /**
     * For the personas: the mean over a person's activities of each one's cosine with the nearest work process of a
     * qualification's lineage (any of its codes), in one encoder's space.
     */
    private static BiFunction<List<String>, String, Double> nearestWork(
            SentenceEncoder encoder,
            Function<String, String> text,
            List<String> fulls,
            List<IndexedWorkProcess> all,
            Catalogue catalogue) {
        List<float[]> vectors = encoder.encode(fulls.stream().map(text).toList());
        Map<String, List<float[]>> byCrebo = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byCrebo.computeIfAbsent(all.get(i).crebo(), k -> new ArrayList<>()).add(vectors.get(i));
        }
        return (activities, crebo) -> {
            List<float[]> work = new ArrayList<>();
            List<String> members = catalogue
                    .qualification(crebo)
                    .map(q -> q.lineageOrAlone().members())
                    .orElse(List.of(crebo));
            members.forEach(m -> work.addAll(byCrebo.getOrDefault(m, List.of())));
            if (work.isEmpty() || activities.isEmpty()) {
                return 0.0;
            }
            List<float[]> asked = encoder.encode(activities.stream().map(text).toList());
            double sum = 0;
            for (float[] a : asked) {
                double best = 0;
                for (float[] w : work) {
                    best = Math.max(best, SentenceEncoder.cosine(a, w));
                }
                sum += best;
            }
            return sum / asked.size();
        };
    }

    /** The encoder space whose cosines alone add most held-out nDCG@10 to the present inputs. */
    private static String bestSpace(
            Map<String, Cosines> spaces,
            List<FitSameWork.Phrase> phrases,
            Map<String, Integer> position,
            Catalogue catalogue) {
        String best = null;
        double bestNdcg = -1;
        for (Map.Entry<String, Cosines> space : spaces.entrySet()) {
            double ndcg = new Variant(space.getKey(), phrases, null, List.of(cosineInputs(space.getValue(), position)))
                    .evaluate(catalogue)
                    .ndcg();
            if (ndcg > bestNdcg) {
                bestNdcg = ndcg;
                best = space.getKey();
            }
        }
        return best;
    }

    /** Each phrase's candidates, plus the {@value #PROPOSED} work processes closest in the space its words missed. */
    private static List<FitSameWork.Phrase> widen(
            List<FitSameWork.Phrase> phrases,
            Cosines space,
            List<IndexedWorkProcess> all,
            Map<String, Integer> position) {
        List<FitSameWork.Phrase> result = new ArrayList<>();
        SameWork.Signals none = new SameWork.Signals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (int p = 0; p < phrases.size(); p++) {
            FitSameWork.Phrase phrase = phrases.get(p);
            Set<String> have = new HashSet<>();
            phrase.candidates().forEach(c -> have.add(c.id()));
            int pi = p;
            List<Integer> closest = IntStream.range(0, all.size())
                    .filter(i -> !have.contains(all.get(i).id()))
                    .boxed()
                    .sorted(Comparator.<Integer>comparingDouble(i -> -space.full[pi][i])
                            .thenComparing(i -> all.get(i).id()))
                    .limit(PROPOSED)
                    .toList();
            List<SameWork.Candidate> candidates = new ArrayList<>(phrase.candidates());
            List<String> titles = new ArrayList<>(phrase.titles());
            for (int i : closest) {
                candidates.add(new SameWork.Candidate(all.get(i).id(), none, null, List.of(), 0, false));
                titles.add(all.get(i).title().toLowerCase(Locale.ROOT));
            }
            result.add(new FitSameWork.Phrase(phrase.id(), phrase.text(), phrase.grades(), candidates, titles));
        }
        return result;
    }

    /** Extra inputs of one candidate. */
    interface ExtraInputs {
        double[] of(FitSameWork.Phrase phrase, SameWork.Candidate candidate, IndexedWorkProcess workProcess);
    }

    private static ExtraInputs cosineInputs(Cosines space, Map<String, Integer> position) {
        Map<String, Integer> phraseIndex = space.phraseIndex;
        return (p, c, wp) -> {
            int pi = phraseIndex.get(p.text());
            int wi = position.get(c.id());
            return new double[] {space.title[pi][wi], space.full[pi][wi]};
        };
    }

    /** Cosines of every phrase with every work process (title, and title with description) in one space. */
    record Cosines(Map<String, Integer> phraseIndex, double[][] title, double[][] full) {
        static Cosines of(
                SentenceEncoder encoder,
                List<String> phrases,
                List<String> titles,
                List<String> fulls,
                Function<String, String> text) {
            List<float[]> p = encoder.encode(phrases.stream().map(text).toList());
            List<float[]> t = encoder.encode(titles.stream().map(text).toList());
            List<float[]> f = encoder.encode(fulls.stream().map(text).toList());
            double[][] title = new double[p.size()][t.size()];
            double[][] full = new double[p.size()][f.size()];
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < p.size(); i++) {
                index.put(phrases.get(i), i);
                for (int j = 0; j < t.size(); j++) {
                    title[i][j] = SentenceEncoder.cosine(p.get(i), t.get(j));
                    full[i][j] = SentenceEncoder.cosine(p.get(i), f.get(j));
                }
            }
            return new Cosines(index, title, full);
        }
    }

    /** A set of inputs: SameWork's (less one, when {@code dropped} is given) and extra ones. */
    record Variant(String name, List<FitSameWork.Phrase> phrases, Integer dropped, List<ExtraInputs> extras) {

        Variant withoutInput(int input) {
            return new Variant(name, phrases, input, extras);
        }

        double[] inputs(FitSameWork.Phrase phrase, SameWork.Candidate c, Catalogue catalogue) {
            double[] base = SameWork.inputs(c.signals());
            if (dropped != null) {
                double[] less = new double[base.length - 1];
                for (int i = 0, k = 0; i < base.length; i++) {
                    if (i != dropped) {
                        less[k++] = base[i];
                    }
                }
                base = less;
            }
            IndexedWorkProcess wp = catalogue.workProcess(c.id()).orElseThrow();
            for (ExtraInputs extra : extras) {
                double[] more = extra.of(phrase, c, wp);
                double[] joined = Arrays.copyOf(base, base.length + more.length);
                System.arraycopy(more, 0, joined, base.length, more.length);
                base = joined;
            }
            return base;
        }

        Result evaluate(Catalogue catalogue) {
            List<double[][]> inputs = new ArrayList<>();
            for (FitSameWork.Phrase p : phrases) {
                double[][] x = new double[p.candidates().size()][];
                for (int c = 0; c < x.length; c++) {
                    x[c] = inputs(p, p.candidates().get(c), catalogue);
                }
                inputs.add(x);
            }
            double[][] predicted = new double[phrases.size()][];
            for (int fold = 0; fold < FitSameWork.FOLDS; fold++) {
                List<LogisticFit.Example> train = new ArrayList<>();
                for (int p = 0; p < phrases.size(); p++) {
                    if (p % FitSameWork.FOLDS != fold) {
                        FitSameWork.Phrase phrase = phrases.get(p);
                        for (int c = 0; c < phrase.candidates().size(); c++) {
                            train.add(new LogisticFit.Example(
                                    inputs.get(p)[c],
                                    phrase.grades()
                                                    .getOrDefault(
                                                            phrase.candidates()
                                                                    .get(c)
                                                                    .id(),
                                                            0)
                                            >= 2));
                        }
                    }
                }
                double[] w = LogisticFit.fit(train, FitSameWork.RIDGE);
                for (int p = fold; p < phrases.size(); p += FitSameWork.FOLDS) {
                    predicted[p] = new double[phrases.get(p).candidates().size()];
                    for (int c = 0; c < predicted[p].length; c++) {
                        predicted[p][c] = LogisticFit.probability(w, inputs.get(p)[c]);
                    }
                }
            }
            double bestF = -1;
            double threshold = Double.NaN;
            FitSameWork.Measured chosen = null;
            for (int t = 5; t <= 95; t += 5) {
                FitSameWork.Measured m = FitSameWork.measure(phrases, predicted, t / 100.0, 0);
                double f = FitSameWork.fHalf(m.precision(), m.recall());
                if (m.precision() >= FitSameWork.MIN_PRECISION && f > bestF) {
                    bestF = f;
                    threshold = t / 100.0;
                    chosen = m;
                }
            }
            double matchedRecall = 0;
            for (int t = 5; t <= 95; t += 5) {
                FitSameWork.Measured m = FitSameWork.measure(phrases, predicted, t / 100.0, 0);
                if (m.precision() >= MATCHED_PRECISION) {
                    matchedRecall = Math.max(matchedRecall, m.recall());
                }
            }
            double ndcg = 0;
            for (int p = 0; p < phrases.size(); p++) {
                FitSameWork.Phrase phrase = phrases.get(p);
                double[] score = predicted[p];
                List<String> ranking = IntStream.range(0, score.length)
                        .boxed()
                        .sorted(Comparator.<Integer>comparingDouble(c -> -score[c])
                                .thenComparing(c -> phrase.candidates().get(c).id()))
                        .map(c -> phrase.candidates().get(c).id())
                        .distinct()
                        .toList();
                ndcg += GradedMeasures.ndcg(ranking, phrase.grades(), 10);
            }
            return new Result(threshold, chosen, matchedRecall, ndcg / phrases.size());
        }
    }

    record Result(double threshold, FitSameWork.Measured measured, double matchedRecall, double ndcg) {
        String row(String name) {
            if (measured == null) {
                return String.format(
                        Locale.ROOT,
                        "| %s | none reaches precision %.2f | | | | | %.3f | %.4f |",
                        name,
                        FitSameWork.MIN_PRECISION,
                        matchedRecall,
                        ndcg);
            }
            return String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.3f | %.3f | %.3f | %.1f | %.3f | %.4f |",
                    name,
                    threshold,
                    measured.precision(),
                    measured.partialPrecision(),
                    measured.recall(),
                    measured.perPhrase(),
                    matchedRecall,
                    ndcg);
        }
    }
}
