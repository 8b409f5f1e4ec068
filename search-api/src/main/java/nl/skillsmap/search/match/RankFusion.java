package nl.skillsmap.search.match;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

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
public final class RankFusion {

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

    /**
     * The kinds of evidence the fusion weighs. All are used; leaving one out measures what it adds (the evaluation's
     * ablation rows).
     */
    public enum Signal {
        /** The work the item shares, per input the surest shared part. */
        SHARED_WORK,
        /** The item's whole profile saying the input's words. */
        PROFILE,
        /** The item's closeness in meaning to the input. */
        MEANING;

        public static final Set<Signal> ALL = Collections.unmodifiableSet(EnumSet.allOf(Signal.class));
    }

    /** Highest total score first. */
    static final Comparator<Score> ORDER = (a, b) -> Double.compare(b.total(), a.total());

    private RankFusion() {}

    /**
     * @param sharedPerInput input -> the certainty of the surest shared part for it
     * @param profile        input -> profile evidence (may be empty)
     * @param meaning        input -> meaning evidence (may be empty; occupations have none)
     */
    static Score score(
            Map<Integer, Double> sharedPerInput, Map<Integer, Evidence> profile, Map<Integer, Evidence> meaning) {
        int inputs = sharedPerInput.isEmpty() ? 0 : Collections.max(sharedPerInput.keySet()) + 1;
        double[] shared = new double[inputs];
        sharedPerInput.forEach((input, certainty) -> shared[input] = certainty);
        return score(Signal.ALL, shared, profile, meaning);
    }

    /**
     * The score from the shared work per input in an array (0 where an input shares none), weighing only the
     * signals given: inputs without evidence add exactly 0, so the sums are those over the inputs with evidence.
     *
     * @param sharedPerInput by input number, the certainty of the surest shared part for it
     */
    static Score score(
            Set<Signal> used, double[] sharedPerInput, Map<Integer, Evidence> profile, Map<Integer, Evidence> meaning) {
        double sharedWeight = used.contains(Signal.SHARED_WORK) ? 1 : 0;
        double profileWeight = used.contains(Signal.PROFILE) ? PROFILE : 0;
        double meaningWeight = used.contains(Signal.MEANING) ? MEANING : 0;
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
            shared += sharedWeight * (input < sharedPerInput.length ? sharedPerInput[input] : 0.0);
            Evidence p = profile.get(input);
            Evidence m = meaning.get(input);
            whole += profileWeight * (p == null ? 0 : p.strength()) + meaningWeight * (m == null ? 0 : m.strength());
        }
        return new Score(Evidence.round(shared), Evidence.round(whole));
    }
}
