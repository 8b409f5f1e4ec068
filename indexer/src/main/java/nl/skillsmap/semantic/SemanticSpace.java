package nl.skillsmap.semantic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.skillsmap.store.CheckedFile;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.Constants;

/**
 * A latent semantic space over the corpus's Dutch text (latent semantic analysis: a truncated singular value
 * decomposition of the weighted term-document matrix, {@link SemanticSpaceBuilder}). Words that occur in the same
 * kinds of text lie close together ("schoonmaken", "reinigen", "sanitair"), so a phrase is near a qualification
 * that describes the same work in other words.
 *
 * <p>A text's vector is the sum of the vectors of its analysed terms, each weighted by the term's inverse document
 * frequency (a phrase) or by its log term frequency x inverse document frequency (a qualification's profile), then
 * scaled to length 1; similarity is the cosine. Terms the space does not know add nothing. Immutable and
 * thread-safe.
 */
public final class SemanticSpace {

    /** File name inside the analysis directory of an index generation. */
    public static final String FILE = "semantic-space.bin";

    private static final CheckedFile STORED = new CheckedFile(FILE, "SkillsmapSemanticSpace", 2, "semantic space");
    private static final int MAX_DIMENSIONS = 4096;

    private final int dimensions;
    private final List<String> terms;
    private final Map<String, Integer> termIndex;
    private final float[] idf;
    private final float[][] termVectors;
    /** Length of each term's vector, for cosines with a term. */
    private final float[] termNorms;

    private final List<String> qualifications;
    private final Map<String, Integer> qualificationIndex;
    private final float[][] qualificationVectors;

    /**
     * @param terms                the vocabulary, one entry per row of {@code termVectors}
     * @param idf                  each term's inverse document frequency
     * @param termVectors          row-major, {@code terms.size() x dimensions}
     * @param qualifications       crebos, one per row of {@code qualificationVectors}
     * @param qualificationVectors row-major, {@code qualifications.size() x dimensions}, each of length 1 or 0
     */
    public SemanticSpace(
            int dimensions,
            List<String> terms,
            float[] idf,
            float[] termVectors,
            List<String> qualifications,
            float[] qualificationVectors) {
        if (dimensions < 1 || dimensions > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("dimensions must be 1.." + MAX_DIMENSIONS + ", was " + dimensions);
        }
        if (idf.length != terms.size() || termVectors.length != (long) terms.size() * dimensions) {
            throw new IllegalArgumentException(
                    "term arrays do not fit " + terms.size() + " terms of " + dimensions + " dimensions");
        }
        if (qualificationVectors.length != (long) qualifications.size() * dimensions) {
            throw new IllegalArgumentException("qualification vectors do not fit " + qualifications.size()
                    + " qualifications of " + dimensions + " dimensions");
        }
        this.dimensions = dimensions;
        this.terms = List.copyOf(terms);
        this.termIndex = index(this.terms, "term");
        this.idf = idf.clone();
        this.termVectors = rows(termVectors, dimensions);
        this.termNorms = new float[this.terms.size()];
        for (int t = 0; t < termNorms.length; t++) {
            termNorms[t] = (float) Math.sqrt(dot(this.termVectors[t], this.termVectors[t]));
        }
        this.qualifications = List.copyOf(qualifications);
        this.qualificationIndex = index(this.qualifications, "qualification");
        this.qualificationVectors = rows(qualificationVectors, dimensions);
    }

    private static float[][] rows(float[] values, int dimensions) {
        float[][] rows = new float[values.length / dimensions][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = Arrays.copyOfRange(values, r * dimensions, (r + 1) * dimensions);
        }
        return rows;
    }

    private static Map<String, Integer> index(List<String> keys, String what) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (index.put(keys.get(i), i) != null) {
                throw new IllegalArgumentException(what + " '" + keys.get(i) + "' appears twice");
            }
        }
        return index;
    }

    public int dimensions() {
        return dimensions;
    }

    public int termCount() {
        return terms.size();
    }

    public List<String> qualifications() {
        return qualifications;
    }

    public boolean knows(String term) {
        return termIndex.containsKey(term);
    }

    /**
     * The unit vector of a phrase from its analysed terms (each distinct term once, weighted by its inverse
     * document frequency); empty when the space knows none of them.
     */
    public Optional<float[]> phraseVector(Collection<String> analysedTerms) {
        float[] v = new float[dimensions];
        boolean any = false;
        for (String term : new LinkedHashSet<>(analysedTerms)) {
            Integer row = termIndex.get(term);
            if (row != null) {
                addScaled(v, termVectors[row], 0, idf[row]);
                any = true;
            }
        }
        return any && normalise(v) ? Optional.of(v) : Optional.empty();
    }

    /**
     * The inverse document frequency that the given share of the space's terms do not exceed: its most common terms
     * lie at or below it (0 for an empty space).
     */
    public float idfAtShare(double share) {
        if (idf.length == 0) {
            return 0;
        }
        float[] sorted = idf.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.floor(share * sorted.length)))];
    }

    /** A term's inverse document frequency; 0 when the space does not know the term. */
    public float idf(String term) {
        Integer row = termIndex.get(term);
        return row == null ? 0 : idf[row];
    }

    /** Cosine of a unit vector with every qualification's, in the order of {@link #qualifications()}. */
    public double[] qualificationSimilarities(float[] unit) {
        double[] result = new double[qualifications.size()];
        for (int q = 0; q < result.length; q++) {
            result[q] = checkedDot(unit, qualificationVectors[q]);
        }
        return result;
    }

    /**
     * The place of a qualification in {@link #qualifications()} and {@link #qualificationSimilarities}; -1 for one
     * the space does not hold.
     */
    public int qualificationRow(String crebo) {
        Integer row = qualificationIndex.get(crebo);
        return row == null ? -1 : row;
    }

    /** Cosine of a unit vector with one qualification's; 0 for a qualification the space does not hold. */
    public double similarity(float[] unit, String crebo) {
        Integer row = qualificationIndex.get(crebo);
        return row == null ? 0 : checkedDot(unit, qualificationVectors[row]);
    }

    /** Cosine of a unit vector with one term's vector; 0 for a term the space does not know. */
    public double termSimilarity(float[] unit, String term) {
        Integer row = termIndex.get(term);
        return row == null ? 0 : termSimilarity(unit, row);
    }

    /** The row of a term, for {@link #termSimilarity(float[], int)}; -1 for a term the space does not know. */
    public int termRow(String term) {
        Integer row = termIndex.get(term);
        return row == null ? -1 : row;
    }

    /** Cosine of a unit vector with the vector of the term in {@code row} ({@link #termRow}). */
    public double termSimilarity(float[] unit, int row) {
        float norm = termNorms[row];
        return norm == 0 ? 0 : checkedDot(unit, termVectors[row]) / norm;
    }

    static void addScaled(float[] target, float[] source, int offset, double scale) {
        for (int i = 0; i < target.length; i++) {
            target[i] += (float) (scale * source[offset + i]);
        }
    }

    /** Scales to length 1 in place; false for a zero vector. */
    static boolean normalise(float[] v) {
        float squares = dot(v, v);
        if (!(squares > 0) || Float.isInfinite(squares)) {
            return false;
        }
        float length = (float) Math.sqrt(squares);
        for (int i = 0; i < v.length; i++) {
            v[i] /= length;
        }
        return true;
    }

    /** How many partial sums {@link #dot} keeps. */
    static final int PARTIAL_SUMS = 8;

    /**
     * Whether {@link LaneDot} computes {@link #dot}: where Lucene would use the vector API too (the module is there and
     * C2 compiles; interpreted or compiled by C1 alone the vector API is far slower than scalar code) and the
     * processor holds eight floats in one vector.
     */
    private static final boolean LANES =
            ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
                    && Constants.IS_HOTSPOT_VM
                    && !Constants.IS_CLIENT_VM
                    && !Constants.IS_JVMCI_VM
                    && LaneDot.fast();

    /**
     * The dot product of two vectors of equal length, the same to the last bit in every run, on every machine and in
     * every state of the JIT: eight partial sums in float, the k-th adding every eighth product from the k-th on,
     * then added pairwise. Java's float arithmetic follows IEEE to the letter and the JIT may not reorder it, so only
     * this code decides the order ({@link LaneDot} computes the same sums on the vector unit where it can). Every
     * similarity the space gives is one. Lucene's {@code VectorUtil.dotProduct} adds its vector lanes in an order
     * the vector API leaves open: compiled and interpreted code (and machines of other vector widths) differ in the
     * last bits, so a tie between two words or qualifications went one way or the other depending on how warm the
     * server was.
     */
    public static float dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " dimensions");
        }
        return LANES ? LaneDot.dot(a, b) : scalarDot(a, b);
    }

    /** {@link #dot} in scalar code. */
    static float scalarDot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int i = 0;
        for (; i + PARTIAL_SUMS <= a.length; i += PARTIAL_SUMS) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
            s4 += a[i + 4] * b[i + 4];
            s5 += a[i + 5] * b[i + 5];
            s6 += a[i + 6] * b[i + 6];
            s7 += a[i + 7] * b[i + 7];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    private double checkedDot(float[] unit, float[] row) {
        if (unit.length != dimensions) {
            throw new IllegalArgumentException("vector has " + unit.length + " dimensions, the space " + dimensions);
        }
        return dot(unit, row);
    }

    /**
     * Writes the space into {@code dir} ({@link #FILE}) through Lucene's store, between a codec header and a
     * checksum footer.
     */
    public void write(Path dir) throws IOException {
        STORED.write(dir, out -> {
            out.writeVInt(dimensions);
            out.writeVInt(terms.size());
            out.writeVInt(qualifications.size());
            for (int t = 0; t < terms.size(); t++) {
                out.writeString(terms.get(t));
                out.writeInt(Float.floatToIntBits(idf[t]));
            }
            writeRows(out, termVectors);
            for (String crebo : qualifications) {
                out.writeString(crebo);
            }
            writeRows(out, qualificationVectors);
        });
    }

    /**
     * Reads what {@link #write(Path)} wrote.
     *
     * @throws IOException naming the file when it is missing, truncated, of another format or damaged
     */
    public static SemanticSpace read(Path dir) throws IOException {
        return STORED.read(dir, in -> {
            int dimensions = in.readVInt();
            int termCount = in.readVInt();
            int qualificationCount = in.readVInt();
            if (dimensions < 1
                    || dimensions > MAX_DIMENSIONS
                    || (long) termCount * dimensions > Integer.MAX_VALUE / 2
                    || (long) qualificationCount * dimensions > Integer.MAX_VALUE / 2) {
                throw new IllegalArgumentException("impossible sizes: " + dimensions + " dimensions, " + termCount
                        + " terms, " + qualificationCount + " qualifications");
            }
            String[] terms = new String[termCount];
            float[] idf = new float[termCount];
            for (int t = 0; t < termCount; t++) {
                terms[t] = in.readString();
                idf[t] = Float.intBitsToFloat(in.readInt());
            }
            float[] termVectors = new float[termCount * dimensions];
            in.readFloats(termVectors, 0, termVectors.length);
            String[] qualifications = new String[qualificationCount];
            for (int q = 0; q < qualificationCount; q++) {
                qualifications[q] = in.readString();
            }
            float[] qualificationVectors = new float[qualificationCount * dimensions];
            in.readFloats(qualificationVectors, 0, qualificationVectors.length);
            return new SemanticSpace(
                    dimensions,
                    Arrays.asList(terms),
                    idf,
                    termVectors,
                    Arrays.asList(qualifications),
                    qualificationVectors);
        });
    }

    private static void writeRows(IndexOutput out, float[][] rows) throws IOException {
        for (float[] row : rows) {
            for (float v : row) {
                out.writeInt(Float.floatToIntBits(v));
            }
        }
    }
}
