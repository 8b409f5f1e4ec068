package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

class AnalyzerFactoryTest {

    private final AnalyzerFactory analyzers = new AnalyzerFactory(new AnalysisResources(
            GoldenTokensTest.goldenDictionary(),
            List.of(List.of("kok", "kokkin"), List.of("kassamedewerker", "caissiere", "medewerker van de kassa"))));

    @Test
    void returnsTheSameAnalyzerInstancesOnEveryCall() {
        assertThat(analyzers.dutch()).isSameAs(analyzers.dutch());
        assertThat(analyzers.dutchQuery()).isSameAs(analyzers.dutchQuery());
        assertThat(analyzers.dutchWithSynonyms()).isSameAs(analyzers.dutchWithSynonyms());
        assertThat(analyzers.folded()).isSameAs(analyzers.folded());
        assertThat(analyzers.prefix()).isSameAs(analyzers.prefix());
        assertThat(analyzers.prefixQuery()).isSameAs(analyzers.prefixQuery());
    }

    @Test
    void withoutSynonymsTheSynonymChainIsTheTypedPhraseChain() {
        AnalyzerFactory plain = new AnalyzerFactory(AnalysisResources.empty());
        assertThat(plain.dutchWithSynonyms()).isSameAs(plain.dutchQuery());
    }

    @Test
    void aTypedCompoundTheCorpusLacksIsReadByItsPartsWhileDocumentsKeepTheCorpusSplits() {
        AnalyzerFactory corpus =
                new AnalyzerFactory(new AnalysisResources(new TreeSet<>(List.of("schoonmaak", "werken")), List.of()));
        List<String> typed = TokenStreamAssert.terms(corpus.dutchQuery(), "werken volgens een schoonmaakrooster");
        List<String> indexed = TokenStreamAssert.terms(corpus.dutch(), "werken volgens een schoonmaakrooster");
        assertThat(typed).contains("schoonmaakrooster", "rooster").containsAll(indexed);
        assertThat(indexed).contains("schoonmaakrooster").doesNotContain("rooster");
        assertThat(TokenStreamAssert.terms(corpus.dutchWithSynonyms(), "schoonmaakrooster"))
                .contains("rooster");
    }

    @Test
    void foldedKeepsEveryWordOnlyLowerCasedAndFolded() {
        TokenStreamAssert.assertAnalyzesTo(
                analyzers.folded(), "Bewaakt het sociaal-hygiënisch beleid", "bewaakt het sociaal hygienisch beleid");
    }

    @Test
    void theQueryChainAddsSynonymsButDoesNotSplitThem() {
        TokenStreamAssert.assertAnalyzesTo(analyzers.dutchWithSynonyms(), "kok", "~kokkin/kok");
        // The multi-word synonym lies beside the word as a path of two positions; its words are not split.
        TokenStreamAssert.assertAnalyzesTo(
                analyzers.dutchWithSynonyms(), "caissière", "~kassamedewerker/~medewerker/caissier ~kassa");
    }

    @Test
    void aMultiWordSynonymMatchesOnlyAsAWhole() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.dutch()))) {
                for (String text : List.of("Medewerker kassa supermarkt", "Medewerker magazijn")) {
                    Document doc = new Document();
                    doc.add(new TextField("title", text, Field.Store.YES));
                    writer.addDocument(doc);
                }
            }
            Query query = new QueryBuilder(analyzers.dutchWithSynonyms()).createBooleanQuery("title", "caissière");
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(searcher.search(query, 10).scoreDocs).hasSize(1);
                assertThat(searcher.storedFields()
                                .document(searcher.search(query, 10).scoreDocs[0].doc)
                                .get("title"))
                        .isEqualTo("Medewerker kassa supermarkt");
            }
        }
    }

    @Test
    void analyzersGiveTheSameTokensFromManyThreadsAtOnce() throws Exception {
        List<String> phrases = GoldenTokensTest.goldenPhrases().stream()
                .map(a -> (String) a.get()[0])
                .toList();
        List<String> expected = phrases.stream()
                .map(p -> TokenStreamAssert.render(TokenStreamAssert.analyze(analyzers.dutch(), p)))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> phrases.stream()
                        .map(p -> TokenStreamAssert.render(TokenStreamAssert.analyze(analyzers.dutch(), p)))
                        .toList()));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void multiTermQueriesAreNormalisedLikeTheWords() {
        assertThat(analyzers.dutch().normalize("title", "Hygië*").utf8ToString())
                .isEqualTo("hygie*");
    }
}
