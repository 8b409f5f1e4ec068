package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void termsComeInTextOrderWithRepeatsKept() {
        assertThat(Terms.of(new StandardAnalyzer(), "text", "Kassa, pin en kassa"))
                .containsExactly("kassa", "pin", "en", "kassa");
    }

    @Test
    void theFieldPicksTheChainOfAPerFieldAnalyzer() {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of("id", new KeywordAnalyzer()));

        assertThat(Terms.of(analyzer, "id", "Kassa en pin")).containsExactly("Kassa en pin");
        assertThat(Terms.of(analyzer, "text", "Kassa en pin")).containsExactly("kassa", "en", "pin");
    }

    @Test
    void aTextWithoutWordsHasNoTerms() {
        assertThat(Terms.of(new StandardAnalyzer(), "text", " , ")).isEmpty();
    }
}
