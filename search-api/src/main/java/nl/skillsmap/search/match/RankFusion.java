package nl.skillsmap.search.match;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one place where the kinds of evidence on a qualification or occupation become its rank, for both.
 *
 * <p>Two kinds of evidence are summed over the person's inputs (a phrase, a chosen item, a part of what the person
 * holds): the work the item shares (per input, the surest of the item's parts that {@link SameWork} counts as the
 * same work, weighted by its certainty) and the evidence on the item as a whole (its profile's words and its
 * closeness in meaning, blended by {@link #PROFILE} and {@link #MEANING}). The rank is their weighted mean.
 *
 * <p>Ranking every item that shares work above every item that does not was measured and left out: on the persona
 * development set it scored nDCG@10 0.37 against 0.48 for the mean, because shared work, counted precision first,
 * is found for too few of a person's activities to order qualifications by itself. Whole-item evidence therefore
 * weighs {@link #WHOLE_WEIGHT} times the shared work.
 */
final class RankFusion {

    /**
     * Weight of whole-item evidence beside the shared work, chosen on the 40 personas the regression test does not
     * record: nDCG@10 0.447, 0.448, 0.451, 0.452, 0.454 for 1, 2, 3, 5, 10 (a plateau; 3 lies in its middle).
     */
    static final double WHOLE_WEIGHT = 3.0;
    /**
     * Weight of profile strength (BM25 over the item's description, core tasks, work processes, skills and linked
     * occupation, 0..1) in the whole-item evidence of one input.
     */
    static final double PROFILE = 0.7;
    /**
     * Weight of closeness in meaning (cosine in the semantic space) in the whole-item evidence of one input. Cosines
     * are small beside profile strengths (a phrase's closest qualifications lie near 0.3 to 0.6, unrelated ones near
     * 0), hence a weight above 1.
     */
    static final double MEANING = 2.0;

    /**
     * An item's rank keys.
     *
     * @param shared the sum over inputs of the surest shared part's certainty
     * @param whole  the sum over inputs of profile and meaning evidence, blended
     */
    record Score(double shared, double whole) {

        /** The score shown and ranked by: the weighted mean of shared work and whole-item evidence. */
        double total() {
            return Evidence.round((shared + WHOLE_WEIGHT * whole) / (1 + WHOLE_WEIGHT));
        }

        boolean sharesWork() {
            return shared > 0;
        }
    }

    /** Highest total score first. */
    static final Comparator<Score> ORDER =
            Comparator.comparingDouble(Score::total).reversed();

    private RankFusion() {}

    /**
     * @param sharedPerInput input -> the certainty of the surest shared part for it
     * @param profile        input -> profile evidence (may be empty)
     * @param meaning        input -> meaning evidence (may be empty; occupations have none)
     */
    static Score score(
            Map<Integer, Double> sharedPerInput, Map<Integer, Evidence> profile, Map<Integer, Evidence> meaning) {
        Set<Integer> inputs = new TreeSet<>(sharedPerInput.keySet());
        inputs.addAll(profile.keySet());
        inputs.addAll(meaning.keySet());
        double shared = 0;
        double whole = 0;
        for (int input : inputs) {
            shared += sharedPerInput.getOrDefault(input, 0.0);
            Evidence p = profile.get(input);
            Evidence m = meaning.get(input);
            whole += PROFILE * (p == null ? 0 : p.strength()) + MEANING * (m == null ? 0 : m.strength());
        }
        return new Score(Evidence.round(shared), Evidence.round(whole));
    }

    /**
     * {@link #score(Map, Map, Map)} with the shared work per input in an array (0 where an input shares none): the
     * same sums in the same order, since inputs without evidence add exactly 0.
     *
     * @param sharedPerInput by input number, the certainty of the surest shared part for it
     */
    static Score score(double[] sharedPerInput, Map<Integer, Evidence> profile, Map<Integer, Evidence> meaning) {
        int inputs = sharedPerInput.length;
        if (!profile.isEmpty()) {
            inputs = Math.max(inputs, Collections.max(profile.keySet()) + 1);
        }
        if (!meaning.isEmpty()) {
            inputs = Math.max(inputs, Collections.max(meaning.keySet()) + 1);
        }
        double shared = 0;
        double whole = 0;
        for (int input = 0; input < inputs; input++) {
            shared += input < sharedPerInput.length ? sharedPerInput[input] : 0.0;
            Evidence p = profile.get(input);
            Evidence m = meaning.get(input);
            whole += PROFILE * (p == null ? 0 : p.strength()) + MEANING * (m == null ? 0 : m.strength());
        }
        return new Score(Evidence.round(shared), Evidence.round(whole));
    }
}
