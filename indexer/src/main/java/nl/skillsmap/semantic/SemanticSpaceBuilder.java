package nl.skillsmap.semantic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.skillsmap.analysis.Terms;
import org.apache.lucene.analysis.Analyzer;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * Builds a {@link SemanticSpace} by latent semantic analysis. Documents are qualification profiles (which the
 * space then places) and further Dutch texts that only shape it (ESCO skills and occupations: labels, descriptions
 * and, for an occupation, its essential skills). Each document is a column of log term frequency x inverse document
 * frequency weights, scaled to length 1; terms in fewer than {@link #MIN_DOCUMENT_FREQUENCY} documents are left out
 * (a word seen once has no neighbours to learn from). The leading singular vectors come from a randomized range
 * finder with one power iteration (Halko, Martinsson and Tropp 2011), computed with EJML: the matrix is sparse and
 * tall, and a full decomposition would cost minutes where this costs seconds. The random start is seeded, so the
 * same corpus gives the same space.
 */
public final class SemanticSpaceBuilder {

    /**
     * Dimensions kept: enough to separate trades, few enough that a trade's words share them. Measured on the
     * persona set with {@code bin/evaluate}: 128 ranked better than 256 and 400, and costs half the space.
     */
    public static final int DIMENSIONS = 128;

    static final int MIN_DOCUMENT_FREQUENCY = 2;
    private static final int OVERSAMPLING = 16;
    private static final int POWER_ITERATIONS = 1;
    private static final long SEED = 20_151_101L;

    private final Analyzer analyzer;
    private final String field;
    private final int dimensions;
    private final List<Map<String, Integer>> documents = new ArrayList<>();
    private final Map<String, Integer> qualificationDocuments = new TreeMap<>();

    /** @param field the field whose chain of {@code analyzer} analyses the texts (as the searches that use it) */
    public SemanticSpaceBuilder(Analyzer analyzer, String field) {
        this(analyzer, field, DIMENSIONS);
    }

    SemanticSpaceBuilder(Analyzer analyzer, String field, int dimensions) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("dimensions must be positive, was " + dimensions);
        }
        this.analyzer = analyzer;
        this.field = field;
        this.dimensions = dimensions;
    }

    /** A qualification's profile: shapes the space and is placed in it. A repeated crebo replaces the first. */
    public SemanticSpaceBuilder addQualification(String crebo, String profile) {
        Integer earlier = qualificationDocuments.get(crebo);
        Map<String, Integer> counts = counts(profile);
        if (earlier != null) {
            documents.set(earlier, counts);
        } else {
            qualificationDocuments.put(crebo, documents.size());
            documents.add(counts);
        }
        return this;
    }

    /** A text that only shapes the space. Blank texts are skipped. */
    public SemanticSpaceBuilder addText(String text) {
        if (text != null && !text.isBlank()) {
            documents.add(counts(text));
        }
        return this;
    }

    private Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (text != null) {
            Terms.wholeWords(analyzer, field, text).forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        return counts;
    }

    public SemanticSpace build() {
        Map<String, Integer> documentFrequency = new TreeMap<>();
        documents.forEach(d -> d.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
        List<String> vocabulary = new ArrayList<>();
        documentFrequency.forEach((term, df) -> {
            if (df >= MIN_DOCUMENT_FREQUENCY) {
                vocabulary.add(term);
            }
        });
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            row.put(vocabulary.get(i), i);
        }
        int n = documents.size();
        float[] idf = new float[vocabulary.size()];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = (float) Math.log((double) n / documentFrequency.get(vocabulary.get(t)));
        }
        List<Column> columns = new ArrayList<>(n);
        for (Map<String, Integer> counts : documents) {
            columns.add(Column.of(counts, row, idf));
        }
        int m = vocabulary.size();
        int rank = Math.min(Math.min(m, n), dimensions + OVERSAMPLING);
        int k = Math.min(dimensions, rank);
        float[] termVectors = new float[m * dimensions];
        if (k > 0) {
            DMatrixRMaj u = leadingLeftSingularVectors(columns, m, rank, k);
            for (int t = 0; t < m; t++) {
                for (int j = 0; j < k; j++) {
                    termVectors[t * dimensions + j] = (float) u.get(t, j);
                }
            }
        }
        List<String> crebos = new ArrayList<>(qualificationDocuments.keySet());
        float[] qualificationVectors = new float[crebos.size() * dimensions];
        for (int q = 0; q < crebos.size(); q++) {
            Column column = columns.get(qualificationDocuments.get(crebos.get(q)));
            float[] v = new float[dimensions];
            for (int i = 0; i < column.rows.length; i++) {
                SemanticSpace.addScaled(v, termVectors, column.rows[i] * dimensions, column.weights[i]);
            }
            if (SemanticSpace.normalise(v)) {
                System.arraycopy(v, 0, qualificationVectors, q * dimensions, dimensions);
            }
        }
        return new SemanticSpace(dimensions, vocabulary, idf, termVectors, crebos, qualificationVectors);
    }

    /** The {@code k} leading left singular vectors (m x k) of the term-document matrix given by its columns. */
    private static DMatrixRMaj leadingLeftSingularVectors(List<Column> columns, int m, int rank, int k) {
        Random random = new Random(SEED);
        DMatrixRMaj omega = new DMatrixRMaj(columns.size(), rank);
        for (int i = 0; i < omega.data.length; i++) {
            omega.data[i] = random.nextGaussian();
        }
        DMatrixRMaj q = orthonormal(times(columns, m, omega));
        for (int i = 0; i < POWER_ITERATIONS; i++) {
            DMatrixRMaj z = orthonormal(transposeTimes(columns, q));
            q = orthonormal(times(columns, m, z));
        }
        // B = Q^T A is small (rank x n); B B^T = W S^2 W^T gives B's left singular vectors W, and A's are Q W.
        DMatrixRMaj bt = transposeTimes(columns, q);
        DMatrixRMaj gram = new DMatrixRMaj(rank, rank);
        CommonOps_DDRM.multTransA(bt, bt, gram);
        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(rank, true, true);
        if (!eigen.decompose(gram)) {
            throw new IllegalStateException(
                    "eigen decomposition of the " + rank + " x " + rank + " projected term-document matrix failed");
        }
        Integer[] order = new Integer[rank];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(eigen.getEigenvalue(b).real, eigen.getEigenvalue(a).real));
        DMatrixRMaj w = new DMatrixRMaj(rank, k);
        for (int j = 0; j < k; j++) {
            DMatrixRMaj vector = eigen.getEigenVector(order[j]);
            for (int i = 0; i < rank; i++) {
                w.set(i, j, vector.get(i, 0));
            }
        }
        DMatrixRMaj u = new DMatrixRMaj(m, k);
        CommonOps_DDRM.mult(q, w, u);
        return u;
    }

    /** A x (m x cols) for A given by its sparse columns and x with one row per column of A. */
    private static DMatrixRMaj times(List<Column> columns, int m, DMatrixRMaj x) {
        int cols = x.numCols;
        DMatrixRMaj result = new DMatrixRMaj(m, cols);
        for (int d = 0; d < columns.size(); d++) {
            Column column = columns.get(d);
            int xOffset = d * cols;
            for (int i = 0; i < column.rows.length; i++) {
                int rOffset = column.rows[i] * cols;
                double w = column.weights[i];
                for (int j = 0; j < cols; j++) {
                    result.data[rOffset + j] += w * x.data[xOffset + j];
                }
            }
        }
        return result;
    }

    /** A^T x (one row per column of A) for x with one row per term. */
    private static DMatrixRMaj transposeTimes(List<Column> columns, DMatrixRMaj x) {
        int cols = x.numCols;
        DMatrixRMaj result = new DMatrixRMaj(columns.size(), cols);
        for (int d = 0; d < columns.size(); d++) {
            Column column = columns.get(d);
            int rOffset = d * cols;
            for (int i = 0; i < column.rows.length; i++) {
                int xOffset = column.rows[i] * cols;
                double w = column.weights[i];
                for (int j = 0; j < cols; j++) {
                    result.data[rOffset + j] += w * x.data[xOffset + j];
                }
            }
        }
        return result;
    }

    /**
     * An orthonormal basis (as many columns as {@code a}) whose span holds the column space: the thin Q of a QR
     * decomposition. Householder QR fails on a rank-deficient matrix whose remaining column is exactly zero (a small
     * corpus, where terms found in every document weigh nothing); the basis is then completed by Gram-Schmidt with
     * unit vectors, which still holds the column space, so the SVD stays exact.
     */
    private static DMatrixRMaj orthonormal(DMatrixRMaj a) {
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(a.numRows, a.numCols);
        if (qr.decompose(a.copy())) {
            return qr.getQ(null, true);
        }
        return completedGramSchmidt(a);
    }

    /** Gram-Schmidt on the columns of {@code a}; a column with (almost) nothing left is replaced by a unit vector. */
    static DMatrixRMaj completedGramSchmidt(DMatrixRMaj a) {
        int m = a.numRows;
        int cols = a.numCols;
        DMatrixRMaj q = new DMatrixRMaj(m, cols);
        double scale = Math.max(NormOps_DDRM.normF(a), 1e-300);
        int nextUnit = 0;
        for (int j = 0; j < cols; j++) {
            double[] v = new double[m];
            for (int i = 0; i < m; i++) {
                v[i] = a.get(i, j);
            }
            while (!orthogonalised(q, j, v, scale)) {
                if (nextUnit >= m) {
                    throw new IllegalStateException("no orthonormal basis of " + cols + " columns in " + m + " rows");
                }
                Arrays.fill(v, 0);
                v[nextUnit++] = 1;
                scale = 1;
            }
            for (int i = 0; i < m; i++) {
                q.set(i, j, v[i]);
            }
        }
        return q;
    }

    /** Takes the first {@code j} columns of {@code q} out of {@code v} (twice) and normalises it, if enough is left. */
    private static boolean orthogonalised(DMatrixRMaj q, int j, double[] v, double scale) {
        for (int pass = 0; pass < 2; pass++) {
            for (int c = 0; c < j; c++) {
                double dot = 0;
                for (int i = 0; i < v.length; i++) {
                    dot += q.get(i, c) * v[i];
                }
                for (int i = 0; i < v.length; i++) {
                    v[i] -= dot * q.get(i, c);
                }
            }
        }
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm <= 1e-10 * scale) {
            return false;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= norm;
        }
        return true;
    }

    /** One document: the rows (terms) it holds and their weights, scaled to length 1. */
    private record Column(int[] rows, double[] weights) {

        static Column of(Map<String, Integer> counts, Map<String, Integer> row, float[] idf) {
            List<Map.Entry<Integer, Double>> entries = new ArrayList<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                Integer r = row.get(e.getKey());
                if (r != null) {
                    double w = (1 + Math.log(e.getValue())) * idf[r];
                    entries.add(Map.entry(r, w));
                    norm += w * w;
                }
            }
            entries.sort(Map.Entry.comparingByKey());
            int[] rows = new int[entries.size()];
            double[] weights = new double[entries.size()];
            double length = Math.sqrt(norm);
            for (int i = 0; i < rows.length; i++) {
                rows[i] = entries.get(i).getKey();
                weights[i] = length == 0 ? 0 : entries.get(i).getValue() / length;
            }
            return new Column(rows, weights);
        }
    }
}
