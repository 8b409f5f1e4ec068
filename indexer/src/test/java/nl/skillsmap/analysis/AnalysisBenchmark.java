package nl.skillsmap.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * Whether the analysis chain is cheap enough for its two budgets, on the real texts: the whole index build (under
 * 20 s, of which analysis is a part: the corpus's first pass must take under 15 s) and a search (p99 under 10 ms,
 * of which query analysis with synonyms must take under 2 ms at p99). Times are thread CPU time, so a busy machine
 * inflates them less than wall time; the bounds are far above the measured values and catch a chain that went
 * wrong (an analyzer rebuilt per call, a quadratic filter). Run by {@code bin/benchmark-index}; exits 1 when a
 * budget is missed.
 */
public final class AnalysisBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final double CORPUS_SECONDS = 15;
    private static final double QUERY_P99_MICROS = 2_000;

    private AnalysisBenchmark() {}

    public static void main(String[] args) {
        AnalyzerFactory analyzers =
                new AnalyzerFactory(new AnalysisResources(RealTexts.derivedDictionary(), RealTexts.derivedSynonyms()));

        List<String> corpus = RealTexts.derivedCorpus();
        long start = THREADS.getCurrentThreadCpuTime();
        long tokens = 0;
        for (String text : corpus) {
            tokens += count(analyzers.dutch(), text);
        }
        double seconds = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
        boolean corpusMet = seconds < CORPUS_SECONDS;
        System.out.printf(
                Locale.ROOT,
                "index-side analysis, first pass: %d texts, %d tokens in %.2f s CPU " + "(budget %.0f s: %s)%n",
                corpus.size(),
                tokens,
                seconds,
                CORPUS_SECONDS,
                met(corpusMet));

        List<String> queries = RealTexts.escoLabels("occupations_nl.csv").stream()
                .map(List::getFirst)
                .toList();
        for (String query : queries) { // warm-up
            count(analyzers.dutchWithSynonyms(), query);
        }
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long begin = THREADS.getCurrentThreadCpuTime();
            count(analyzers.dutchWithSynonyms(), queries.get(i));
            nanos[i] = THREADS.getCurrentThreadCpuTime() - begin;
        }
        Arrays.sort(nanos);
        double p50 = nanos[nanos.length / 2] / 1e3;
        double p99 = nanos[(int) (nanos.length * 0.99)] / 1e3;
        boolean queryMet = p99 < QUERY_P99_MICROS;
        System.out.printf(
                Locale.ROOT,
                "query analysis with synonyms: %d queries, p50 %.0f µs, p99 %.0f µs CPU "
                        + "(budget p99 %.0f µs: %s)%n",
                queries.size(),
                p50,
                p99,
                QUERY_P99_MICROS,
                met(queryMet));
        System.exit(corpusMet && queryMet ? 0 : 1);
    }

    private static String met(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static long count(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            stream.reset();
            long n = 0;
            while (stream.incrementToken()) {
                n++;
            }
            stream.end();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
