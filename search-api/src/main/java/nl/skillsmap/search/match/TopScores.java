package nl.skillsmap.search.match;

import java.util.Arrays;

/** The cut below which a score cannot be among the first of a list, so only those that can are ordered. */
final class TopScores {

    private TopScores() {}

    /**
     * The {@code k}-th highest of the first {@code count} {@code scores} (reordering that part of the array), or
     * negative infinity when there are no more than {@code k}: every score at or above it can be among the first
     * {@code k}, ties with it included, and no other can.
     */
    static double kthHighest(double[] scores, int count, int k) {
        if (count <= k) {
            return Double.NEGATIVE_INFINITY;
        }
        Arrays.sort(scores, 0, count);
        return scores[count - k];
    }
}
