package nl.skillsmap.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticSpaceTest {

    private static final Analyzer DUTCH = new AnalyzerFactory(AnalysisResources.empty()).dutch();

    @TempDir
    Path dir;

    /** Two trades; the qualifications say their work in words the phrases below do not use. */
    private static SemanticSpace twoTrades() {
        return new SemanticSpaceBuilder(DUTCH, IndexSchema.PROFILE, 2)
                .addText("kantoren schoonmaken en sanitair reinigen")
                .addText("sanitair reinigen en vloeren schoonmaken")
                .addText("schoonmaakmiddelen gebruiken en vloeren reinigen")
                .addText("kantoren en vloeren schoonmaken")
                .addText("maaltijden bereiden in de keuken en koken")
                .addText("gerechten koken in de keuken")
                .addText("maaltijden koken en gerechten bereiden")
                .addText("gerechten bereiden in de keuken")
                .addQualification("1", "Schoonmaker: vloeren reinigen, sanitair")
                .addQualification("2", "Kok: gerechten bereiden in de keuken")
                .build();
    }

    private static float[] vector(SemanticSpace space, String phrase) {
        return space.phraseVector(nl.skillsmap.analysis.Terms.wholeWords(DUTCH, IndexSchema.PROFILE, phrase))
                .orElseThrow();
    }

    @Test
    void aPhraseIsClosestToTheQualificationOfItsTradeWithoutSharingItsWords() {
        SemanticSpace space = twoTrades();
        float[] cleaning = vector(space, "kantoren schoonmaken");
        float[] cooking = vector(space, "maaltijden koken");

        assertThat(space.similarity(cleaning, "1")).isGreaterThan(0.9);
        assertThat(space.similarity(cleaning, "2")).isLessThan(0.3);
        assertThat(space.similarity(cooking, "2")).isGreaterThan(0.9);
        assertThat(space.similarity(cooking, "1")).isLessThan(0.3);
        assertThat(space.qualificationSimilarities(cleaning))
                .containsExactly(space.similarity(cleaning, "1"), space.similarity(cleaning, "2"));
    }

    @Test
    void wordsOfOneTradeLieClose() {
        SemanticSpace space = twoTrades();
        float[] cleaning = vector(space, "schoonmaken");
        double reinigen = space.termSimilarity(
                cleaning,
                nl.skillsmap.analysis.Terms.wholeWords(DUTCH, IndexSchema.PROFILE, "reinigen")
                        .getFirst());
        double koken = space.termSimilarity(
                cleaning,
                nl.skillsmap.analysis.Terms.wholeWords(DUTCH, IndexSchema.PROFILE, "koken")
                        .getFirst());
        assertThat(reinigen).isGreaterThan(0.9);
        assertThat(koken).isLessThan(0.3);
    }

    @Test
    void theSameCorpusGivesTheSameSpace() {
        SemanticSpace first = twoTrades();
        SemanticSpace second = twoTrades();
        float[] phrase = vector(first, "sanitair schoonmaken");
        assertThat(second.qualificationSimilarities(phrase)).containsExactly(first.qualificationSimilarities(phrase));
    }

    /**
     * Similarities decide ties between qualifications and between words, so each must be the same to the last bit
     * in every run and on every machine: before and after the JIT compiled the code, eight partial sums (the k-th of
     * every eighth product from the k-th on) added pairwise. Lucene's vectorised dot product gave other last bits
     * once compiled, and others again on a machine of another vector width.
     */
    @Test
    void similaritiesAreTheSameToTheLastBitColdAndCompiled() {
        Random random = new Random(20_151_101L);
        int dimensions = 128;
        int rows = 64;
        float[] vectors = new float[rows * dimensions];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = (float) random.nextGaussian();
        }
        List<String> crebos = java.util.stream.IntStream.range(0, rows)
                .mapToObj(Integer::toString)
                .toList();
        SemanticSpace space = new SemanticSpace(dimensions, List.of(), new float[0], new float[0], crebos, vectors);
        float[] phrase = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            phrase[i] = (float) random.nextGaussian();
        }
        double[] expected = new double[rows];
        for (int r = 0; r < rows; r++) {
            float[] sums = new float[8];
            for (int i = 0; i < dimensions; i++) {
                sums[i % 8] += phrase[i] * vectors[r * dimensions + i];
            }
            expected[r] = ((sums[0] + sums[1]) + (sums[2] + sums[3])) + ((sums[4] + sums[5]) + (sums[6] + sums[7]));
        }

        double[] cold = space.qualificationSimilarities(phrase);
        for (int i = 0; i < 20_000; i++) {
            space.qualificationSimilarities(phrase);
        }
        double[] compiled = space.qualificationSimilarities(phrase);

        assertThat(cold).containsExactly(expected);
        assertThat(compiled).containsExactly(expected);
    }

    /**
     * Where the vector module is there, the dot product runs on the vector unit: its sums must be the scalar code's to
     * the last bit, for vectors of any length, before and after the JIT compiled it.
     */
    @Test
    void theVectorUnitAddsAsTheScalarCodeDoes() {
        assumeTrue(
                ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "the vector module is not there (--add-modules jdk.incubator.vector)");
        Random random = new Random(7);
        List<float[][]> pairs = new java.util.ArrayList<>();
        for (int length : new int[] {0, 1, 7, 8, 13, 64, 128, 131}) {
            float[][] pair = new float[2][length];
            for (float[] v : pair) {
                for (int i = 0; i < length; i++) {
                    v[i] = (float) random.nextGaussian();
                }
            }
            pairs.add(pair);
        }
        for (int round = 0; round < 50_000; round++) {
            for (float[][] pair : pairs) {
                if (round == 0 || round == 49_999) {
                    assertThat(Float.floatToIntBits(LaneDot.dot(pair[0], pair[1])))
                            .as("%d dimensions, round %d", pair[0].length, round)
                            .isEqualTo(Float.floatToIntBits(SemanticSpace.scalarDot(pair[0], pair[1])));
                } else {
                    LaneDot.dot(pair[0], pair[1]);
                }
            }
        }
    }

    @Test
    void aPhraseOfUnknownWordsHasNoVectorAndUnknownIdsAreNotSimilar() {
        SemanticSpace space = twoTrades();
        assertThat(space.phraseVector(List.of("onbekend", "woord"))).isEmpty();
        assertThat(space.phraseVector(List.of())).isEmpty();
        assertThat(space.similarity(vector(space, "koken"), "99999")).isZero();
        assertThat(space.termSimilarity(vector(space, "koken"), "onbekend")).isZero();
    }

    @Test
    void aTermSeenInOneDocumentOnlyIsLeftOut() {
        SemanticSpace space = new SemanticSpaceBuilder(DUTCH, IndexSchema.PROFILE, 2)
                .addText("vloeren reinigen")
                .addText("vloeren dweilen")
                .addText("gerechten koken")
                .addQualification("1", "vloeren reinigen")
                .build();
        assertThat(space.knows("vloer")).isTrue();
        assertThat(space.knows("dweil")).isFalse();
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        SemanticSpace space = twoTrades();
        space.write(dir);
        SemanticSpace read = SemanticSpace.read(dir);
        float[] phrase = vector(space, "vloeren schoonmaken");
        assertThat(read.dimensions()).isEqualTo(space.dimensions());
        assertThat(read.termCount()).isEqualTo(space.termCount());
        assertThat(read.qualifications()).isEqualTo(space.qualifications());
        assertThat(read.qualificationSimilarities(phrase)).containsExactly(space.qualificationSimilarities(phrase));
    }

    @Test
    void aTruncatedFileIsRefusedNamingIt() throws IOException {
        twoTrades().write(dir);
        Path file = dir.resolve(SemanticSpace.FILE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> SemanticSpace.read(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a readable semantic space")
                .hasMessageContaining("rebuild the index");
    }

    @Test
    void aDamagedFileIsRefusedByItsChecksum() throws IOException {
        twoTrades().write(dir);
        Path file = dir.resolve(SemanticSpace.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 0x40;
        Files.write(file, bytes);
        assertThatThrownBy(() -> SemanticSpace.read(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("checksum failed");
    }

    @Test
    void anotherFileOrNoFileIsRefused() throws IOException {
        assertThatThrownBy(() -> SemanticSpace.read(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no semantic space")
                .hasMessageContaining("rebuild the index");
        Files.writeString(dir.resolve(SemanticSpace.FILE), "kantoren schoonmaken, not a vector file");
        assertThatThrownBy(() -> SemanticSpace.read(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(dir.resolve(SemanticSpace.FILE).toString())
                .hasMessageContaining("not a readable semantic space");
    }

    @Test
    void vectorsOfTheWrongSizeAreRefused() {
        assertThatThrownBy(
                        () -> new SemanticSpace(2, List.of("a"), new float[1], new float[3], List.of(), new float[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 terms");
        assertThatThrownBy(() ->
                        new SemanticSpace(2, List.of("a", "a"), new float[2], new float[4], List.of(), new float[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        SemanticSpace space = twoTrades();
        assertThatThrownBy(() -> space.qualificationSimilarities(new float[5]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimensions");
    }
}
