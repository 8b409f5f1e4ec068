package nl.skillsmap.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain is cheap enough for its two budgets: the whole index build (under 20 s, of which analysis is a part)
 * and a search (p99 under 10 ms, of which query analysis is a small part). Times are thread CPU time, so a busy
 * machine does not fail the test; the bounds are far above the measured values and only catch a chain that went
 * wrong (an analyzer rebuilt per call, a quadratic filter).
 */
class AnalysisSpeedTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final AnalyzerFactory analyzers = new AnalyzerFactory(
            new AnalysisResources(RealTexts.derivedDictionary(), RealTexts.derivedSynonyms()));

    @Test
    void theWholeCorpusIsAnalysedInAFewSeconds() {
        List<String> corpus = RealTexts.derivedCorpus();
        long start = THREADS.getCurrentThreadCpuTime();
        long tokens = 0;
        for (String text : corpus) {
            tokens += count(analyzers.dutch(), text);
        }
        double seconds = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
        System.out.printf("Index-side analysis, first pass: %d texts, %d tokens in %.2f s CPU%n",
                corpus.size(), tokens, seconds);
        assertThat(seconds).isLessThan(15);
    }

    @Test
    void queryAnalysisStaysFarBelowTheSearchBudget() {
        List<String> queries = RealTexts.escoLabels("occupations_nl.csv").stream().map(List::getFirst).toList();
        for (String query : queries) { // warm-up
            count(analyzers.dutchWithSynonyms(), query);
        }
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            count(analyzers.dutchWithSynonyms(), queries.get(i));
            nanos[i] = THREADS.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(nanos);
        double p50 = nanos[nanos.length / 2] / 1e3;
        double p99 = nanos[(int) (nanos.length * 0.99)] / 1e3;
        System.out.printf("Query analysis with synonyms: %d queries, p50 %.0f µs, p99 %.0f µs CPU%n",
                queries.size(), p50, p99);
        assertThat(p99).as("p99 µs").isLessThan(2_000);
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
