package nl.skillsmap.evaluation.personas;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import nl.skillsmap.evaluation.metrics.GradedMeasures;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.search.match.MatchRequest;
import nl.skillsmap.search.match.MatchResponse;
import nl.skillsmap.search.match.MatchService;

/**
 * Whether a meaning term would lift the persona ranking: the engine's first {@value #POOL} qualification cards for
 * each persona are re-ranked by their score (as a share of the persona's best) plus lambda times the term, lambda
 * chosen on four folds of the tuning personas and measured on the fifth (the personas the relevance regression test
 * records, every {@value #REGRESSION_EVERY}th, take no part). Lambda 0 is the engine as it is.
 */
public final class PersonaMeaningProbe {

    public static final int POOL = 100;
    static final int REGRESSION_EVERY = 5;
    static final int FOLDS = 5;
    static final double[] LAMBDAS = {0, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2};

    private PersonaMeaningProbe() {}

    /**
     * @param meaning the term for (a persona's activities, a qualification code), e.g. how close in meaning each
     *                activity lies to its nearest work process of that qualification
     */
    public static void run(
            PersonaSet set,
            MatchService service,
            Map<String, Qualification> qualifications,
            BiFunction<List<String>, String, Double> meaning,
            String name,
            PrintStream out) {
        List<PersonaSet.Persona> tuning = new ArrayList<>();
        for (int i = 0; i < set.personas().size(); i++) {
            if (i % REGRESSION_EVERY != 0) {
                tuning.add(set.personas().get(i));
            }
        }
        double[][] ndcg = new double[tuning.size()][LAMBDAS.length];
        for (int p = 0; p < tuning.size(); p++) {
            PersonaSet.Persona persona = tuning.get(p);
            Map<String, Integer> gains = new LinkedHashMap<>();
            CreditedGains.of(persona.judgements(), qualifications)
                    .gains()
                    .forEach((crebo, gain) ->
                            gains.merge(PersonaEvaluation.lineageOf(crebo, qualifications), gain, Math::max));
            List<MatchResponse.QualificationMatch> pool = service.match(new MatchRequest(
                            persona.activities(), null, null, null, persona.occupation(), null, null, POOL))
                    .qualifications();
            double top = pool.stream()
                    .mapToDouble(MatchResponse.QualificationMatch::score)
                    .max()
                    .orElse(1);
            double[] terms = pool.stream()
                    .mapToDouble(q -> meaning.apply(persona.activities(), q.crebo()))
                    .toArray();
            for (int l = 0; l < LAMBDAS.length; l++) {
                double lambda = LAMBDAS[l];
                List<String> ranking = IntStream.range(0, pool.size())
                        .boxed()
                        .sorted(Comparator.<Integer>comparingDouble(
                                        i -> -(pool.get(i).score() / (top == 0 ? 1 : top) + lambda * terms[i]))
                                .thenComparing(i -> i))
                        .map(i -> PersonaEvaluation.lineageOf(pool.get(i).crebo(), qualifications))
                        .distinct()
                        .toList();
                ndcg[p][l] = GradedMeasures.ndcg(ranking, gains, PersonaEvaluation.DEPTH);
            }
        }
        double heldOut = 0;
        int better = 0;
        int worse = 0;
        StringBuilder chosen = new StringBuilder();
        for (int fold = 0; fold < FOLDS; fold++) {
            int best = 0;
            double bestMean = -1;
            for (int l = 0; l < LAMBDAS.length; l++) {
                double sum = 0;
                for (int p = 0; p < tuning.size(); p++) {
                    sum += p % FOLDS == fold ? 0 : ndcg[p][l];
                }
                if (sum > bestMean + 1e-12) {
                    bestMean = sum;
                    best = l;
                }
            }
            for (int p = fold; p < tuning.size(); p += FOLDS) {
                heldOut += ndcg[p][best];
                better += ndcg[p][best] > ndcg[p][0] + 1e-9 ? 1 : 0;
                worse += ndcg[p][best] < ndcg[p][0] - 1e-9 ? 1 : 0;
            }
            chosen.append(fold == 0 ? "" : " / ").append(LAMBDAS[best]);
        }
        StringBuilder perLambda = new StringBuilder();
        for (int l = 0; l < LAMBDAS.length; l++) {
            int li = l;
            double mean = IntStream.range(0, tuning.size())
                    .mapToDouble(p -> ndcg[p][li])
                    .average()
                    .orElse(0);
            perLambda.append(String.format(Locale.ROOT, "%s%.2f: %.4f", l == 0 ? "" : ", ", LAMBDAS[l], mean));
        }
        double engine = IntStream.range(0, tuning.size())
                .mapToDouble(p -> ndcg[p][0])
                .average()
                .orElse(0);
        out.printf(
                Locale.ROOT,
                "| %s | %.4f | %.4f | %d / %d | %s | %s |%n",
                name,
                engine,
                heldOut / tuning.size(),
                better,
                worse,
                chosen,
                perLambda);
    }
}
