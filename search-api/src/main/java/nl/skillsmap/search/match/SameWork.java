package nl.skillsmap.search.match;

import java.util.List;

/**
 * The fusion stage that decides whether what a person wrote and a work process (or skill) describe the same work:
 * each kind of evidence is one signal ({@link Signals}), and a logistic model with its weights in this one place
 * turns them into how sure the engine is ({@link #certainty}), 0..1. An item counts as shared work only from
 * {@link #SHARED} on; the same certainty then weighs the item in the ranking.
 *
 * <p>The weights are fitted on the work-phrases development set (phrases as people type them, each judged against
 * the work processes that are the same work), by cross-validation over phrases and never on the phrases the
 * relevance regression test records: the evaluation module's {@code FitSameWork} (its command is in the README)
 * prints the fit, the folds' precision and recall at each threshold, and the weights to put here.
 */
public final class SameWork {

    /**
     * The signals one phrase gives about one work process or skill, each 0..1.
     *
     * @param strength      share of the phrase's informativeness the item's texts say (title, description and core
     *                      task weighed as {@link MatchPolicy} says), discounted by how each word matched
     * @param titleStrength the same, for the item's title (or preferred label) alone
     * @param coverage      share of the item's title (or label) words that the phrase says
     * @param rarestShare   informativeness of the rarest phrase word the item says, as a share of the phrase's
     *                      rarest word: 1 when the item says what the phrase is most specifically about
     * @param rarity        that word's informativeness over all work-process titles, as a share of the most a word
     *                      can have: a generic word (werken, klant, controleren) is near 0
     * @param meaning       cosine of phrase and item in the semantic space (0 when either is unknown there)
     * @param wordShare     share of the phrase's informative words the item's texts say, each word counted once
     * @param titleWordShare the same, for the title (or preferred label) alone
     * @param single        1 for a phrase of one informative word, which says less about which work is meant
     * @param context       cosine of phrase and the item's qualification as a whole in the semantic space: the
     *                      same words mean the same work more often in a qualification about that kind of work
     */
    public record Signals(
            double strength,
            double titleStrength,
            double coverage,
            double rarestShare,
            double rarity,
            double meaning,
            double wordShare,
            double titleWordShare,
            double single,
            double context) {

        double[] vector() {
            return new double[] {
                1,
                strength,
                titleStrength,
                coverage,
                rarestShare,
                rarity,
                meaning,
                strength * meaning,
                wordShare,
                titleWordShare,
                single,
                titleWordShare * coverage,
                context,
                strength * context
            };
        }
    }

    /**
     * A work process a phrase's words reach, with its signals, before it is decided whether it is the same work.
     *
     * @param score      the search score that proposed it (for ordering equal certainties)
     * @param incidental the match rests on one word of the phrase that cannot say which work is meant on its own: a
     *                   common word ("klant"), or the bare verb of a phrase that names what it works on ("tuin
     *                   aanleggen" and "Aanleggen van bekabeling"); such a candidate is never the same work
     */
    public record Candidate(
            String id, Signals signals, How how, List<String> matchedTerms, float score, boolean incidental) {}

    /** Names of the model's inputs, in the order of {@link Signals#vector()}, for the fit's report. */
    public static final String[] INPUTS = {
        "bias",
        "strength",
        "titleStrength",
        "coverage",
        "rarestShare",
        "rarity",
        "meaning",
        "strength x meaning",
        "wordShare",
        "titleWordShare",
        "single",
        "titleWordShare x coverage",
        "context",
        "strength x context"
    };

    /** The fitted weights, in the order of {@link #INPUTS}. */
    private static final double[] WEIGHTS = {
        -7.070, 3.138, 3.219, 1.700, 2.231, 0.476, -0.762, -0.906, -0.419, -0.592, -4.505, 1.325, 3.647, 0.712
    };

    /**
     * Certainty from which an item counts as shared work, chosen on the cross-validated folds: the threshold with
     * the best F0.5 (precision weighted above recall) among those at which at least half of the counted items are
     * judged the same work. On the 80 fitted phrases the folds gave precision 0.60 (0.70 counting partial overlap)
     * at recall 0.095 here; no threshold reached precision 0.8: the words and the semantic space alone cannot tell
     * the same work said in other words from other work sharing a word.
     */
    public static final double SHARED = 0.25;

    static {
        if (WEIGHTS.length != INPUTS.length) {
            throw new IllegalStateException(
                    "SameWork has " + WEIGHTS.length + " weights for " + INPUTS.length + " inputs");
        }
    }

    private SameWork() {}

    /** How sure the engine is, 0..1, that the signals describe the same work. */
    public static double certainty(Signals signals) {
        return certainty(signals, WEIGHTS);
    }

    /** The certainty under other weights: for fitting them. */
    public static double certainty(Signals signals, double[] weights) {
        double[] x = signals.vector();
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The model's input vector, for fitting. */
    public static double[] inputs(Signals signals) {
        return signals.vector();
    }
}
