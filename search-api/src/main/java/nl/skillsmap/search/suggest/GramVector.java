package nl.skillsmap.search.suggest;

import java.util.Arrays;

/**
 * A sparse unit-length vector over gram ids, ids ascending; the cosine of two is a merge of their id lists.
 */
record GramVector(int[] ids, float[] weights) {

    static final GramVector EMPTY = new GramVector(new int[0], new float[0]);

    /** Builds a unit vector from parallel arrays of ids and raw weights (ids in any order, no repeats). */
    static GramVector of(int[] ids, float[] weights) {
        Integer[] order = new Integer[ids.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
        int[] sortedIds = new int[ids.length];
        float[] sortedWeights = new float[ids.length];
        double norm = 0;
        for (int i = 0; i < order.length; i++) {
            sortedIds[i] = ids[order[i]];
            sortedWeights[i] = weights[order[i]];
            norm += (double) weights[order[i]] * weights[order[i]];
        }
        float length = (float) Math.sqrt(norm);
        if (length > 0) {
            for (int i = 0; i < sortedWeights.length; i++) {
                sortedWeights[i] /= length;
            }
        }
        return new GramVector(sortedIds, sortedWeights);
    }

    double cosine(GramVector other) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                dot += (double) weights[i++] * other.weights[j++];
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }
}
