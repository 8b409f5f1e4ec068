package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.skillsmap.testing.FullData;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What people type finds the work processes that describe it: nouns and infinitives against third-person verb
 * phrases, through a real index. Run with the fixed test dictionary and with the dictionary and synonyms derived
 * from the real corpus, as an index build makes them.
 */
@FullData
class DutchSearchTest {

    private static final String STOCK = "Controleert de voorraad en doet bestelvoorstellen";
    private static final String CUSTOMERS = "Onderhoudt contact met klanten";
    private static final List<String> WORK_PROCESSES = List.of(
            STOCK,
            CUSTOMERS,
            "Geeft advies aan de ondernemingsraad", // "raad" hides inside "voorraad"
            "Maakt een bestek en een begroting", // "best..." begins like "bestellen"
            "Werkt met de kassa",
            "Verzorgt planten in de kas",
            "Ontvangt de gasten en wijst ze een tafel");

    static Stream<Arguments> analyzers() {
        return Stream.of(
                Arguments.of(
                        "fixed test dictionary",
                        new AnalyzerFactory(new AnalysisResources(GoldenTokensTest.goldenDictionary(), List.of()))),
                Arguments.of(
                        "derived from the real corpus",
                        new AnalyzerFactory(
                                new AnalysisResources(RealTexts.derivedDictionary(), RealTexts.derivedSynonyms()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analyzers")
    void nounsAndInfinitivesFindTheWorkProcessThatDescribesThem(String dictionary, AnalyzerFactory analyzers)
            throws IOException {
        try (Directory directory = index(analyzers)) {
            assertThat(search(directory, analyzers, "voorraadbeheer")).containsExactly(STOCK);
            assertThat(search(directory, analyzers, "bestellen")).containsExactly(STOCK);
            assertThat(search(directory, analyzers, "klantcontact")).containsExactly(CUSTOMERS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analyzers")
    void otherFormsOfTheSameWordsFindThemToo(String dictionary, AnalyzerFactory analyzers) throws IOException {
        try (Directory directory = index(analyzers)) {
            assertThat(search(directory, analyzers, "controleren")).containsExactly(STOCK);
            assertThat(search(directory, analyzers, "bestelling")).containsExactly(STOCK);
            assertThat(search(directory, analyzers, "klant")).containsExactly(CUSTOMERS);
            assertThat(search(directory, analyzers, "onderhoud")).containsExactly(CUSTOMERS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analyzers")
    void aRomanceVerbIsFoundByItsNoun(String dictionary, AnalyzerFactory analyzers) throws IOException {
        try (Directory directory = index(analyzers)) {
            assertThat(search(directory, analyzers, "controle")).containsExactly(STOCK);
        }
    }

    private static Directory index(AnalyzerFactory analyzers) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.dutch()))) {
            for (String title : WORK_PROCESSES) {
                Document doc = new Document();
                doc.add(new TextField("title", title, Field.Store.NO));
                doc.add(new StoredField("text", title));
                writer.addDocument(doc);
            }
        }
        return directory;
    }

    private static List<String> search(Directory directory, AnalyzerFactory analyzers, String text) throws IOException {
        Query query = new QueryBuilder(analyzers.dutchWithSynonyms()).createBooleanQuery("title", text);
        assertThat(query).as("query for '%s'", text).isNotNull();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> titles = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
                titles.add(searcher.storedFields().document(hit.doc).get("text"));
            }
            return titles;
        }
    }
}
