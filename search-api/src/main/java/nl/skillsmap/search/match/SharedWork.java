package nl.skillsmap.search.match;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a qualification or an occupation shares with what the person does, gathered from the evidence on its parts
 * (work processes or skills): per input its strongest evidence on one of them, and how many of its parts have any.
 */
final class SharedWork {

    final double[] bestPerInput;
    int parts;

    SharedWork(int inputs) {
        this.bestPerInput = new double[inputs];
    }

    /** The evidence on one part, which counts {@code times} (a part listed twice) and weighs {@code weight}. */
    void add(TreeMap<Integer, Evidence> evidence, double weight, int times) {
        parts += times;
        for (Map.Entry<Integer, Evidence> e : evidence.entrySet()) {
            int input = e.getKey();
            bestPerInput[input] = Math.max(bestPerInput[input], e.getValue().strength() * weight);
        }
    }
}
