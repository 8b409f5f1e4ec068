package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

class SeparableVerbFilterTest {

    /** Attested words: the joined verbs "schoonmaken" and "opruimen", not "omwerken"; one synonym group. */
    private final AnalyzerFactory analyzers = new AnalyzerFactory(new AnalysisResources(
            new TreeSet<>(List.of("schoonmaken", "opruimen", "schoon", "maken", "ruimen", "werken")),
            List.of(List.of("schoonmaken", "poetsen"))));

    @Test
    void aVerbSplitByTeIsAlsoReadAsTheWholeVerbOnTheVerbsPosition() {
        TokenStreamAssert.assertAnalyzesTo(analyzers.dutch(), "schoon te maken", "schon _ maak/schoonmak/+schon/*maak");
    }

    @Test
    void wordsAroundTeStayApartWhenTheirJoinIsNoAttestedWord() {
        assertThat(TokenStreamAssert.terms(analyzers.dutch(), "om te werken"))
                .isEqualTo(TokenStreamAssert.terms(analyzers.dutch(), "werken"));
        TokenStreamAssert.assertAnalyzesTo(analyzers.dutch(), "maken te schoon", "maak _ schon");
    }

    @Test
    void aDoubledTeJoinsNothing() {
        TokenStreamAssert.assertAnalyzesTo(analyzers.dutch(), "schoon te te maken", "schon _ _ maak");
    }

    @Test
    void theQueryChainWithSynonymsLeavesVerbsUnjoined() {
        assertThat(TokenStreamAssert.terms(analyzers.dutchWithSynonyms(), "schoon te maken"))
                .isEqualTo(List.of("schon", "maak"));
    }

    @Test
    void onlyTheWordRightBeforeTeIsJoined() {
        TokenStreamAssert.assertAnalyzesTo(analyzers.dutch(), "ruimte schoon en te maken", "ruimt schon _ _ maak");
    }

    @Test
    void aPersonsWholeVerbFindsTheTextThatSplitsIt() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.dutch()))) {
                for (String text : List.of(
                        "Zorgt dat de ruimte eerst op te ruimen en schoon te maken is",
                        "Maakt een rooster voor de ruimte")) {
                    Document doc = new Document();
                    doc.add(new TextField("text", text, Field.Store.YES));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryBuilder builder = new QueryBuilder(analyzers.dutch());
                // "opruimen" has no part in the fixture's dictionary, so only the joined verb can find the text
                // ("schoonmaken" would also match through its compound parts "schoon" and "maken").
                var hits = searcher.search(builder.createBooleanQuery("text", "opruimen"), 10).scoreDocs;
                assertThat(hits).hasSize(1);
                assertThat(searcher.storedFields().document(hits[0].doc).get("text"))
                        .startsWith("Zorgt");
            }
        }
    }
}
