package nl.skillsmap.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Derives the Dutch multiword expressions the chain keeps whole ("eerste hulp", "sociale media") from the
 * corpus: word pairs that recur as a unit both in the Dutch labels of ESCO skills and in the qualification texts,
 * and whose words go together far more often than chance (association by Dunning's log-likelihood ratio and by
 * pointwise mutual information over every text added, labels and texts alike). Words are read as the Dutch chain reads them (stems, the
 * first token at each position, stop words removed), so "verleent eerste hulp" and "eerste hulp verlenen" give the
 * same pair, in either order ("hulp bieden", "biedt hulp"); two words count as a pair when they stand next to each
 * other, with no stop word or punctuation between them.
 *
 * <p>Only pairs with a shared word are kept: a word that many texts use ({@code minSharedShare} of the texts or
 * more: "eerste", "werken", "klant"), the word that would otherwise make evidence on its own. A pair of two rare
 * words ("mond" and "zorg") matches well enough word by word.
 *
 * <p>An expression is written as its two stems with one space ("eerst hulp"). Not thread-safe: one builder collects
 * one corpus.
 */
public final class MultiwordExpressions {

    public static final int DEFAULT_MIN_LABELS = 2;
    public static final int DEFAULT_MIN_TEXTS = 2;
    public static final double DEFAULT_MIN_LLR = 50;
    public static final double DEFAULT_MIN_PMI = 3;
    public static final double DEFAULT_MIN_SHARED_SHARE = 0.005;

    private final int minLabels;
    private final int minTexts;
    private final double minLlr;
    private final double minPmi;
    private final double minSharedShare;
    private final Analyzer stems;

    private final Map<String, Integer> wordCounts = new HashMap<>();
    private final Map<String, Integer> pairCounts = new HashMap<>();
    private final Map<String, Integer> textsPerWord = new HashMap<>();
    private final Map<String, Integer> labelsPerPair = new HashMap<>();
    private final Map<String, Integer> textsPerPair = new HashMap<>();
    private long words;
    private int texts;

    public MultiwordExpressions() {
        this(DEFAULT_MIN_LABELS, DEFAULT_MIN_TEXTS, DEFAULT_MIN_LLR, DEFAULT_MIN_PMI, DEFAULT_MIN_SHARED_SHARE);
    }

    public MultiwordExpressions(int minLabels, int minTexts, double minLlr, double minPmi, double minSharedShare) {
        this.minLabels = minLabels;
        this.minTexts = minTexts;
        this.minLlr = minLlr;
        this.minPmi = minPmi;
        this.minSharedShare = minSharedShare;
        this.stems = new AnalyzerFactory(AnalysisResources.empty()).dutch();
    }

    /** Adds a Dutch ESCO skill label: its pairs count as used as a unit in a label. */
    public MultiwordExpressions addLabel(String label) {
        return add(label, labelsPerPair);
    }

    /** Adds a qualification text (a title, description, work process): its pairs count as used in a text. */
    public MultiwordExpressions addText(String text) {
        return add(text, textsPerPair);
    }

    private MultiwordExpressions add(String text, Map<String, Integer> perPair) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String> stemsOf = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        read(text, stemsOf, gaps);
        if (stemsOf.isEmpty()) {
            return this;
        }
        texts++;
        words += stemsOf.size();
        Set<String> seenWords = new HashSet<>();
        Set<String> seenPairs = new HashSet<>();
        for (int i = 0; i < stemsOf.size(); i++) {
            wordCounts.merge(stemsOf.get(i), 1, Integer::sum);
            if (seenWords.add(stemsOf.get(i))) {
                textsPerWord.merge(stemsOf.get(i), 1, Integer::sum);
            }
            if (i > 0 && gaps.get(i) == 1 && !stemsOf.get(i - 1).equals(stemsOf.get(i))) {
                // gaps: 1 only for a word right after the previous one (no stop word, no punctuation between)
                String pair = pair(stemsOf.get(i - 1), stemsOf.get(i));
                pairCounts.merge(pair, 1, Integer::sum);
                if (seenPairs.add(pair)) {
                    perPair.merge(pair, 1, Integer::sum);
                }
            }
        }
        return this;
    }

    /** A pair in either order is the same pair: its two stems in alphabetical order. */
    static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
    }

    private void read(String text, List<String> into, List<Integer> gaps) {
        try (TokenStream stream = stems.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int lastEnd = -1;
            boolean skipped = false;
            while (stream.incrementToken()) {
                if (posInc.getPositionIncrement() == 0) {
                    continue;
                }
                if (term.length() <= 1) {
                    skipped = true;
                    continue;
                }
                boolean next = !skipped
                        && posInc.getPositionIncrement() == 1
                        && lastEnd >= 0
                        && offset.startOffset() - lastEnd <= 1;
                into.add(term.toString());
                gaps.add(next ? 1 : 2);
                lastEnd = offset.endOffset();
                skipped = false;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text", e);
        }
    }

    /** One candidate pair with its counts and association, for inspection. */
    record Candidate(String pair, int count, int labels, int texts, double llr, double pmi, double shared) {}

    /** Every pair used in two labels or texts at least, with its figures, strongest association first. */
    List<Candidate> candidates() {
        List<Candidate> result = new ArrayList<>();
        pairCounts.forEach((pair, count) -> {
            int labels = labelsPerPair.getOrDefault(pair, 0);
            int inTexts = textsPerPair.getOrDefault(pair, 0);
            if (labels + inTexts < 2) {
                return;
            }
            int space = pair.indexOf(' ');
            String a = pair.substring(0, space);
            String b = pair.substring(space + 1);
            double shared = Math.max(textsPerWord.getOrDefault(a, 0), textsPerWord.getOrDefault(b, 0))
                    / (double) Math.max(1, texts);
            result.add(new Candidate(
                    pair,
                    count,
                    labels,
                    inTexts,
                    llr(count, wordCounts.get(a), wordCounts.get(b)),
                    pmi(count, a, b),
                    shared));
        });
        result.sort((x, y) -> Double.compare(y.llr(), x.llr()));
        return result;
    }

    /** The expressions: pairs of stems with one space between ("eerst hulp"), sorted. */
    public SortedSet<String> build() {
        SortedSet<String> expressions = new TreeSet<>();
        for (Candidate c : candidates()) {
            if (c.labels() >= minLabels
                    && c.texts() >= minTexts
                    && c.llr() >= minLlr
                    && c.pmi() >= minPmi
                    && c.shared() >= minSharedShare) {
                expressions.add(c.pair());
            }
        }
        return expressions;
    }

    private double pmi(int count, String a, String b) {
        return Math.log(count * (double) words / ((double) wordCounts.get(a) * wordCounts.get(b)));
    }

    /** Dunning's log-likelihood ratio of the 2x2 table of the first word and the second word following it. */
    private double llr(long ab, long a, long b) {
        long n = words;
        long k11 = ab;
        long k12 = Math.max(0, a - ab);
        long k21 = Math.max(0, b - ab);
        long k22 = Math.max(0, n - a - b + ab);
        double rowEntropy = entropy(k11 + k12, k21 + k22);
        double columnEntropy = entropy(k11 + k21, k12 + k22);
        double matrixEntropy = entropy(k11, k12, k21, k22);
        return Math.max(0, 2.0 * (rowEntropy + columnEntropy - matrixEntropy));
    }

    private static double xLogX(long x) {
        return x == 0 ? 0 : x * Math.log(x);
    }

    private static double entropy(long... counts) {
        long sum = 0;
        double logs = 0;
        for (long c : counts) {
            logs += xLogX(c);
            sum += c;
        }
        return xLogX(sum) - logs;
    }
}
