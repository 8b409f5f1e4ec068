package nl.skillsmap.semantic;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link SemanticSpace#dot} on the processor's vector unit, the same to the last bit: the eight partial sums are the
 * eight lanes of one 256-bit vector, each lane multiplying and adding exactly as its scalar sum does (a lane-wise
 * product or sum is IEEE's, compiled or not, on every machine), and the lanes are added pairwise here, in scalar
 * code, not by the vector API's reduction, whose order is left open. About as fast as Lucene's dot product. Loaded
 * only where the vector module is there ({@code --add-modules jdk.incubator.vector}, as every launcher of the
 * project gives it).
 */
final class LaneDot {

    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_256;

    private LaneDot() {}

    /** Whether the processor holds eight floats in one vector: else the vector API would emulate them, slowly. */
    static boolean fast() {
        return LANES.length() == SemanticSpace.PARTIAL_SUMS
                && FloatVector.SPECIES_PREFERRED.vectorBitSize() >= LANES.vectorBitSize();
    }

    /** {@link SemanticSpace#dot} of vectors of equal length (checked by the caller). */
    static float dot(float[] a, float[] b) {
        FloatVector sums = FloatVector.zero(LANES);
        int i = 0;
        for (; i + SemanticSpace.PARTIAL_SUMS <= a.length; i += SemanticSpace.PARTIAL_SUMS) {
            sums = sums.add(FloatVector.fromArray(LANES, a, i).mul(FloatVector.fromArray(LANES, b, i)));
        }
        float s0 = sums.lane(0);
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return ((s0 + sums.lane(1)) + (sums.lane(2) + sums.lane(3)))
                + ((sums.lane(4) + sums.lane(5)) + (sums.lane(6) + sums.lane(7)));
    }
}
