package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

class ExpressionFilterTest {

    private static final List<String> DICTIONARY = List.of("eerste", "hulp", "monteur", "verlenen", "bieden");

    /** One expression, "eerste hulp"; one synonym group. */
    private final AnalyzerFactory analyzers = new AnalyzerFactory(new AnalysisResources(
            new TreeSet<>(DICTIONARY),
            List.of(List.of("monteur", "mecanicien")),
            new TreeSet<>(List.of("eerst hulp"))));

    private final AnalyzerFactory withoutExpressions =
            new AnalyzerFactory(new AnalysisResources(new TreeSet<>(DICTIONARY), List.of()));

    @Test
    void anExpressionBecomesOneTokenInPlaceOfItsWords() {
        TokenStreamAssert.assertAnalyzesTo(analyzers.dutch(), "eerste hulp verlenen", "eerst_hulp _ verlen");
        TokenStreamAssert.assertAnalyzesTo(analyzers.dutch(), "verleent eerste hulp", "verleent eerst_hulp");
        List<TokenStreamAssert.Token> tokens = TokenStreamAssert.analyze(analyzers.dutch(), "verleent eerste hulp");
        TokenStreamAssert.Token joined = tokens.get(tokens.size() - 1);
        assertThat(joined.type()).isEqualTo(TokenTypes.EXPRESSION);
        assertThat("verleent eerste hulp".substring(joined.startOffset(), joined.endOffset()))
                .isEqualTo("eerste hulp");
    }

    @Test
    void theWordsInEitherOrderMakeTheSameExpression() {
        assertThat(TokenStreamAssert.terms(analyzers.dutch(), "hulp eerste")).containsExactly("eerst_hulp");
    }

    @Test
    void aLonePartOfAnExpressionReadsAsWithoutExpressions() {
        for (String text : List.of("eerste monteur", "hulp bieden", "eerste de hulp", "de hulp, eerste monteur")) {
            assertThat(TokenStreamAssert.terms(analyzers.dutch(), text))
                    .as(text)
                    .isEqualTo(TokenStreamAssert.terms(withoutExpressions.dutch(), text));
        }
    }

    @Test
    void theQueryChainWithSynonymsJoinsTheExpressionToo() {
        assertThat(TokenStreamAssert.terms(analyzers.dutchWithSynonyms(), "eerste hulp monteur"))
                .contains("eerst_hulp")
                .doesNotContain("eerst", "hulp");
    }

    @Test
    void theExpressionFindsTheExpressionAndItsPartsDoNotFindOtherWork() throws IOException {
        List<String> texts = List.of("Eerste monteur", "Verleent eerste hulp bij ongevallen", "Vraagt om hulp");
        assertThat(search(texts, "eerste hulp verlenen")).containsExactly("Verleent eerste hulp bij ongevallen");
        assertThat(search(texts, "eerste")).containsExactly("Eerste monteur");
        assertThat(search(texts, "hulp")).containsExactly("Vraagt om hulp");
    }

    private List<String> search(List<String> texts, String query) throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.dutch()))) {
                for (String text : texts) {
                    Document doc = new Document();
                    doc.add(new TextField("text", text, Field.Store.YES));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<String> found = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(
                                new QueryBuilder(analyzers.dutch()).createBooleanQuery("text", query), 10)
                        .scoreDocs) {
                    found.add(searcher.storedFields().document(hit.doc).get("text"));
                }
                return found;
            }
        }
    }
}
