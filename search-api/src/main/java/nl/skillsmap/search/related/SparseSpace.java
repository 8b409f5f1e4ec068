package nl.skillsmap.search.related;

import java.util.List;
import java.util.Map;

/**
 * Items as length-normalised sparse vectors over term ids, with an inverted list per term, so the similarities of
 * one item with every other item cost only the postings of the item's own terms.
 */
final class SparseSpace {

    private final int[][] terms;
    private final float[][] weights;
    private final int[][] postings;
    private final float[][] postingWeights;

    /** How vectors are normalised, which decides how much an item's length counts against it. */
    enum Length {
        /** Unit length: the dot product is the cosine, and every term beyond the other item's counts against. */
        UNIT,
        /**
         * Divided by the square root of the length times the mean length (pivoted normalisation at its
         * flattest): a long item is charged only half as much for the terms it has beyond the other item's.
         */
        HALF
    }

    /**
     * @param vectors   per item, term id to raw (not yet normalised) weight; an empty map is an item with no terms
     * @param termCount one more than the largest term id
     */
    SparseSpace(List<Map<Integer, Double>> vectors, int termCount) {
        this(vectors, termCount, Length.UNIT);
    }

    SparseSpace(List<Map<Integer, Double>> vectors, int termCount, Length length) {
        int items = vectors.size();
        double[] lengths = vectors.stream()
                .mapToDouble(v ->
                        Math.sqrt(v.values().stream().mapToDouble(w -> w * w).sum()))
                .toArray();
        double meanLength =
                java.util.Arrays.stream(lengths).filter(l -> l > 0).average().orElse(1);
        terms = new int[items][];
        weights = new float[items][];
        int[] df = new int[termCount];
        for (int i = 0; i < items; i++) {
            Map<Integer, Double> vector = vectors.get(i);
            double norm = length == Length.UNIT ? lengths[i] : Math.sqrt(lengths[i] * meanLength);
            terms[i] = vector.keySet().stream()
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .toArray();
            weights[i] = new float[terms[i].length];
            for (int k = 0; k < terms[i].length; k++) {
                weights[i][k] = (float) (vector.get(terms[i][k]) / norm);
                df[terms[i][k]]++;
            }
        }
        postings = new int[termCount][];
        postingWeights = new float[termCount][];
        for (int t = 0; t < termCount; t++) {
            postings[t] = new int[df[t]];
            postingWeights[t] = new float[df[t]];
        }
        int[] fill = new int[termCount];
        for (int i = 0; i < items; i++) {
            for (int k = 0; k < terms[i].length; k++) {
                int t = terms[i][k];
                postings[t][fill[t]] = i;
                postingWeights[t][fill[t]++] = weights[i][k];
            }
        }
    }

    /** Adds {@code weight} times the similarity of {@code item} with every item to {@code scores} (itself too). */
    void addSimilarities(int item, double weight, double[] scores) {
        for (int k = 0; k < terms[item].length; k++) {
            int t = terms[item][k];
            double w = weight * weights[item][k];
            int[] items = postings[t];
            float[] itemWeights = postingWeights[t];
            for (int p = 0; p < items.length; p++) {
                scores[items[p]] += w * itemWeights[p];
            }
        }
    }
}
