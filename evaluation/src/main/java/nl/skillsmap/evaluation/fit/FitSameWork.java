package nl.skillsmap.evaluation.fit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.skillsmap.evaluation.phrases.WorkPhraseSet;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.match.MatchService;
import nl.skillsmap.search.match.SameWork;

/**
 * Fits {@link SameWork}'s weights on the work-phrases development set: every work process a phrase's words reach
 * is an example (positive when judged the same work, grade 2 or 3), phrases are split into folds, and each fold is
 * predicted by weights fitted on the others, so the precision and recall printed per threshold are those of
 * phrases the weights never saw. The phrases the relevance regression test records (every
 * {@value #REGRESSION_EVERY}th) take no part. The last lines give the weights fitted on all other phrases and the
 * threshold the folds chose.
 *
 * <p>Usage: {@code FitSameWork <index dir> <work-phrases dir>}.
 */
public final class FitSameWork {

    /** The regression test's sample: every n-th phrase, which must not be fitted on. */
    public static final int REGRESSION_EVERY = 5;

    public static final int FOLDS = 5;
    public static final double RIDGE = 1.0;
    static final double TARGET_PRECISION = 0.8;
    /** The least precision a chosen threshold must give; among those, the best F0.5 is chosen. */
    public static final double MIN_PRECISION = 0.5;

    /** @param titles each candidate's title, lower-cased: equal titles are the same work */
    public record Phrase(
            String id,
            String text,
            Map<String, Integer> grades,
            List<SameWork.Candidate> candidates,
            List<String> titles) {
        public long sameWork() {
            return grades.values().stream().filter(g -> g >= 2).count();
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: FitSameWork <index dir> <work-phrases dir>");
            System.exit(2);
        }
        try (SkillsmapIndex index = SkillsmapIndex.open(new IndexLocation(Path.of(args[0])))) {
            MatchService service = new MatchService(index);
            IndexSnapshot snapshot = index.acquire();
            List<Phrase> phrases;
            try {
                phrases = read(Path.of(args[1]), service, snapshot.catalogue());
            } finally {
                index.release(snapshot);
            }
            run(phrases, System.out);
        }
    }

    public static List<Phrase> read(Path dir, MatchService service, Catalogue catalogue) {
        WorkPhraseSet set = WorkPhraseSet.read(dir);
        List<Phrase> result = new ArrayList<>();
        for (int i = 0; i < set.phrases().size(); i++) {
            if (i % REGRESSION_EVERY != 0) {
                WorkPhraseSet.Phrase phrase = set.phrases().get(i);
                List<SameWork.Candidate> candidates = service.candidates(phrase.text());
                List<String> titles = candidates.stream()
                        .map(c -> catalogue
                                .workProcess(c.id())
                                .map(wp -> wp.title().toLowerCase(Locale.ROOT))
                                .orElse(c.id()))
                        .toList();
                result.add(new Phrase(phrase.id(), phrase.text(), set.gradesOf(phrase.id()), candidates, titles));
            }
        }
        return result;
    }

    static void run(List<Phrase> phrases, PrintStream out) {
        double[][] predicted = new double[phrases.size()][];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<LogisticFit.Example> train = new ArrayList<>();
            for (int p = 0; p < phrases.size(); p++) {
                if (p % FOLDS != fold) {
                    train.addAll(examples(phrases.get(p)));
                }
            }
            double[] w = LogisticFit.fit(train, RIDGE);
            for (int p = fold; p < phrases.size(); p += FOLDS) {
                List<SameWork.Candidate> cs = phrases.get(p).candidates();
                predicted[p] = new double[cs.size()];
                for (int c = 0; c < cs.size(); c++) {
                    predicted[p][c] =
                            LogisticFit.probability(w, SameWork.inputs(cs.get(c).signals()));
                }
            }
        }
        out.printf(
                "%d phrases, %d candidates, %d judged the same work among them%n",
                phrases.size(),
                phrases.stream().mapToInt(p -> p.candidates().size()).sum(),
                phrases.stream()
                        .mapToLong(p -> p.candidates().stream()
                                .filter(c -> p.grades().getOrDefault(c.id(), 0) >= 2)
                                .count())
                        .sum());
        double chosen = Double.NaN;
        int chosenTitles = 0;
        double chosenRecall = -1;
        double bestF = -1;
        double bestThreshold = Double.NaN;
        for (int titles : new int[] {1, 2, 3, 0}) {
            out.println("titles " + (titles == 0 ? "all" : titles)
                    + ": threshold  precision  precision(>=1)  recall  counted/phrase  phrases counting");
            for (int t = 5; t <= 95; t += 5) {
                double threshold = t / 100.0;
                Measured m = measure(phrases, predicted, threshold, titles);
                out.printf(
                        Locale.ROOT,
                        "%9.2f  %9.3f  %14.3f  %6.3f  %14.1f  %d%n",
                        threshold,
                        m.precision(),
                        m.partialPrecision(),
                        m.recall(),
                        m.perPhrase(),
                        m.counting());
                double f = fHalf(m.precision(), m.recall());
                if (titles == 0 && m.precision() >= MIN_PRECISION && f > bestF) {
                    bestF = f;
                    bestThreshold = threshold;
                }
                if (m.precision() >= TARGET_PRECISION && m.recall() > chosenRecall) {
                    chosen = threshold;
                    chosenTitles = titles;
                    chosenRecall = m.recall();
                }
            }
        }
        List<LogisticFit.Example> all = new ArrayList<>();
        phrases.forEach(p -> all.addAll(examples(p)));
        double[] w = LogisticFit.fit(all, RIDGE);
        StringBuilder weights = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            weights.append(String.format(Locale.ROOT, "%s%s %.3f", i == 0 ? "" : ", ", SameWork.INPUTS[i], w[i]));
        }
        out.println("weights (all phrases above): " + weights);
        out.printf(
                Locale.ROOT,
                "threshold (best F0.5 at precision >= %.2f, no title limit): %.2f (F0.5 %.3f)%n",
                MIN_PRECISION,
                bestThreshold,
                bestF);
        out.printf(
                Locale.ROOT,
                "best recall at precision >= %.2f on the folds: %s%n",
                TARGET_PRECISION,
                Double.isNaN(chosen)
                        ? "none"
                        : String.format(
                                Locale.ROOT,
                                "threshold %.2f, titles %d, recall %.3f",
                                chosen,
                                chosenTitles,
                                chosenRecall));
    }

    /** F-measure with precision weighted twice as much as recall. */
    public static double fHalf(double precision, double recall) {
        double denominator = 0.25 * precision + recall;
        return denominator == 0 ? 0 : 1.25 * precision * recall / denominator;
    }

    public record Measured(double precision, double partialPrecision, double recall, double perPhrase, int counting) {}

    /**
     * @param titles how many distinct titles, surest first, a phrase may count (every work process with one of
     *               them above the threshold); 0 for no limit
     */
    public static Measured measure(List<Phrase> phrases, double[][] predicted, double threshold, int titles) {
        double precision = 0;
        double partial = 0;
        double recall = 0;
        long counted = 0;
        int counting = 0;
        for (int p = 0; p < phrases.size(); p++) {
            Phrase phrase = phrases.get(p);
            int n = 0;
            int same = 0;
            int related = 0;
            java.util.Set<String> kept = keptTitles(phrase, predicted[p], threshold, titles);
            for (int c = 0; c < predicted[p].length; c++) {
                if (predicted[p][c] >= threshold
                        && kept.contains(phrase.titles().get(c))) {
                    int grade = phrase.grades()
                            .getOrDefault(phrase.candidates().get(c).id(), 0);
                    n++;
                    same += grade >= 2 ? 1 : 0;
                    related += grade >= 1 ? 1 : 0;
                }
            }
            counted += n;
            if (n > 0) {
                counting++;
                precision += (double) same / n;
                partial += (double) related / n;
            }
            recall += phrase.sameWork() == 0 ? 0 : (double) same / phrase.sameWork();
        }
        return new Measured(
                counting == 0 ? 0 : precision / counting,
                counting == 0 ? 0 : partial / counting,
                recall / phrases.size(),
                (double) counted / phrases.size(),
                counting);
    }

    private static java.util.Set<String> keptTitles(Phrase phrase, double[] predicted, double threshold, int titles) {
        Map<String, Double> best = new HashMap<>();
        for (int c = 0; c < predicted.length; c++) {
            if (predicted[c] >= threshold) {
                best.merge(phrase.titles().get(c), predicted[c], Math::max);
            }
        }
        return best.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(titles == 0 ? Long.MAX_VALUE : titles)
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static List<LogisticFit.Example> examples(Phrase phrase) {
        List<LogisticFit.Example> result = new ArrayList<>();
        for (SameWork.Candidate c : phrase.candidates()) {
            result.add(new LogisticFit.Example(
                    SameWork.inputs(c.signals()), phrase.grades().getOrDefault(c.id(), 0) >= 2));
        }
        return result;
    }
}
