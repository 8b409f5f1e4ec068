package nl.skillsmap.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

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

    private static final int MAGIC = 0x534b5353; // "SKSS"
    private static final int FORMAT = 1;
    private static final int MAX_DIMENSIONS = 4096;

    private final int dimensions;
    private final List<String> terms;
    private final Map<String, Integer> termIndex;
    private final float[] idf;
    private final float[] termVectors;
    /** Length of each term's vector, for cosines with a term. */
    private final double[] termNorms;
    private final List<String> qualifications;
    private final Map<String, Integer> qualificationIndex;
    private final float[] qualificationVectors;

    /**
     * @param terms                the vocabulary, one entry per row of {@code termVectors}
     * @param idf                  each term's inverse document frequency
     * @param termVectors          row-major, {@code terms.size() x dimensions}
     * @param qualifications       crebos, one per row of {@code qualificationVectors}
     * @param qualificationVectors row-major, {@code qualifications.size() x dimensions}, each of length 1 or 0
     */
    public SemanticSpace(int dimensions, List<String> terms, float[] idf, float[] termVectors,
                         List<String> qualifications, float[] qualificationVectors) {
        if (dimensions < 1 || dimensions > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("dimensions must be 1.." + MAX_DIMENSIONS + ", was " + dimensions);
        }
        if (idf.length != terms.size() || termVectors.length != (long) terms.size() * dimensions) {
            throw new IllegalArgumentException("term arrays do not fit " + terms.size() + " terms of "
                    + dimensions + " dimensions");
        }
        if (qualificationVectors.length != (long) qualifications.size() * dimensions) {
            throw new IllegalArgumentException("qualification vectors do not fit " + qualifications.size()
                    + " qualifications of " + dimensions + " dimensions");
        }
        this.dimensions = dimensions;
        this.terms = List.copyOf(terms);
        this.termIndex = index(this.terms, "term");
        this.idf = idf.clone();
        this.termVectors = termVectors.clone();
        this.termNorms = new double[this.terms.size()];
        for (int t = 0; t < termNorms.length; t++) {
            termNorms[t] = Math.sqrt(dot(this.termVectors, t * dimensions, this.termVectors, t * dimensions,
                    dimensions));
        }
        this.qualifications = List.copyOf(qualifications);
        this.qualificationIndex = index(this.qualifications, "qualification");
        this.qualificationVectors = qualificationVectors.clone();
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
                addScaled(v, termVectors, row * dimensions, idf[row]);
                any = true;
            }
        }
        return any && normalise(v) ? Optional.of(v) : Optional.empty();
    }

    /** Cosine of a unit vector with every qualification's, in the order of {@link #qualifications()}. */
    public double[] qualificationSimilarities(float[] unit) {
        double[] result = new double[qualifications.size()];
        for (int q = 0; q < result.length; q++) {
            result[q] = dot(unit, qualificationVectors, q * dimensions);
        }
        return result;
    }

    /** Cosine of a unit vector with one qualification's; 0 for a qualification the space does not hold. */
    public double similarity(float[] unit, String crebo) {
        Integer row = qualificationIndex.get(crebo);
        return row == null ? 0 : dot(unit, qualificationVectors, row * dimensions);
    }

    /** Cosine of a unit vector with one term's vector; 0 for a term the space does not know. */
    public double termSimilarity(float[] unit, String term) {
        Integer row = termIndex.get(term);
        if (row == null) {
            return 0;
        }
        double norm = termNorms[row];
        return norm == 0 ? 0 : dot(unit, termVectors, row * dimensions) / norm;
    }

    static void addScaled(float[] target, float[] source, int offset, double scale) {
        for (int i = 0; i < target.length; i++) {
            target[i] += (float) (scale * source[offset + i]);
        }
    }

    /** Scales to length 1 in place; false for a zero vector. */
    static boolean normalise(float[] v) {
        double norm = Math.sqrt(dot(v, 0, v, 0, v.length));
        if (norm == 0 || !Double.isFinite(norm)) {
            return false;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (v[i] / norm);
        }
        return true;
    }

    private double dot(float[] unit, float[] rows, int offset) {
        if (unit.length != dimensions) {
            throw new IllegalArgumentException("vector has " + unit.length + " dimensions, the space "
                    + dimensions);
        }
        return dot(unit, 0, rows, offset, dimensions);
    }

    private static double dot(float[] a, int aOffset, float[] b, int bOffset, int length) {
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (double) a[aOffset + i] * b[bOffset + i];
        }
        return sum;
    }

    /** Writes the space into {@code dir} ({@link #FILE}), followed by a checksum of everything written. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        CRC32 crc = new CRC32();
        try (OutputStream file = Files.newOutputStream(dir.resolve(FILE));
             DataOutputStream out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(file),
                     crc))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(dimensions);
            out.writeInt(terms.size());
            out.writeInt(qualifications.size());
            for (int t = 0; t < terms.size(); t++) {
                out.writeUTF(terms.get(t));
                out.writeFloat(idf[t]);
            }
            writeFloats(out, termVectors);
            for (String crebo : qualifications) {
                out.writeUTF(crebo);
            }
            writeFloats(out, qualificationVectors);
            out.flush();
            // The checksum of what came before; not itself part of the sum.
            new DataOutputStream(file).writeLong(crc.getValue());
        }
    }

    /**
     * Reads what {@link #write(Path)} wrote.
     *
     * @throws IOException naming the file when it is missing, truncated, of another format or damaged
     */
    public static SemanticSpace read(Path dir) throws IOException {
        Path path = dir.resolve(FILE);
        CRC32 crc = new CRC32();
        try (InputStream file = new BufferedInputStream(Files.newInputStream(path));
             DataInputStream in = new DataInputStream(new CheckedInputStream(file, crc))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(path + " is not a semantic space file");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException(path + " has format " + format + ", this version reads " + FORMAT
                        + ": rebuild the index");
            }
            int dimensions = in.readInt();
            int termCount = in.readInt();
            int qualificationCount = in.readInt();
            if (dimensions < 1 || dimensions > MAX_DIMENSIONS || termCount < 0 || qualificationCount < 0
                    || (long) termCount * dimensions > Integer.MAX_VALUE / 2
                    || (long) qualificationCount * dimensions > Integer.MAX_VALUE / 2) {
                throw new IOException(path + " declares impossible sizes: " + dimensions + " dimensions, "
                        + termCount + " terms, " + qualificationCount + " qualifications");
            }
            String[] terms = new String[termCount];
            float[] idf = new float[termCount];
            for (int t = 0; t < termCount; t++) {
                terms[t] = in.readUTF();
                idf[t] = in.readFloat();
            }
            float[] termVectors = readFloats(in, termCount * dimensions);
            String[] qualifications = new String[qualificationCount];
            for (int q = 0; q < qualificationCount; q++) {
                qualifications[q] = in.readUTF();
            }
            float[] qualificationVectors = readFloats(in, qualificationCount * dimensions);
            long expected = crc.getValue();
            long stored = new DataInputStream(file).readLong();
            if (stored != expected) {
                throw new IOException(path + " is damaged (checksum mismatch): rebuild the index");
            }
            if (file.read() != -1) {
                throw new IOException(path + " has data after its end: rebuild the index");
            }
            try {
                return new SemanticSpace(dimensions, Arrays.asList(terms), idf, termVectors,
                        Arrays.asList(qualifications), qualificationVectors);
            } catch (IllegalArgumentException e) {
                throw new IOException(path + ": " + e.getMessage(), e);
            }
        } catch (NoSuchFileException e) {
            throw new IOException("no semantic space at " + path + ": rebuild the index", e);
        } catch (EOFException e) {
            throw new IOException(path + " is truncated: rebuild the index", e);
        }
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] readFloats(DataInputStream in, int count) throws IOException {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }
}
