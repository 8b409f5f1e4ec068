package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrefixAnalyzerTest {

    private final AnalyzerFactory analyzers =
            new AnalyzerFactory(new AnalysisResources(GoldenTokensTest.goldenDictionary(), List.of()));
    private final Directory directory = new ByteBuffersDirectory();

    @BeforeEach
    void index() throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.prefix()))) {
            for (String label : List.of("Assisteert bij voorraadbeheer", "Hygiënisch werken", "Werkt met de kassa")) {
                Document doc = new Document();
                doc.add(new TextField("suggest", label, Field.Store.NO));
                doc.add(new StoredField("label", label));
                writer.addDocument(doc);
            }
        }
    }

    @AfterEach
    void close() throws IOException {
        directory.close();
    }

    @Test
    void theStartOfAWordFindsIt() throws IOException {
        assertThat(suggest("voorr")).containsExactly("Assisteert bij voorraadbeheer");
        assertThat(suggest("Ka")).containsExactly("Werkt met de kassa");
    }

    @Test
    void theStartOfACompoundPartFindsTheCompound() throws IOException {
        assertThat(suggest("behe")).containsExactly("Assisteert bij voorraadbeheer");
    }

    @Test
    void accentsAndCaseDoNotMatter() throws IOException {
        assertThat(suggest("HYGIË")).containsExactly("Hygiënisch werken");
        assertThat(suggest("hygie")).containsExactly("Hygiënisch werken");
    }

    @Test
    void aSingleLetterIsNoPrefixAndAWrongStartFindsNothing() throws IOException {
        assertThat(suggest("v")).isEmpty();
        assertThat(suggest("oorraad")).isEmpty();
    }

    @Test
    void theIndexSideHoldsEdgeNGramsOfWordsAndPartsTheQuerySideOnlyFoldedWords() {
        assertThat(TokenStreamAssert.terms(analyzers.prefix(), "Kassa")).containsExactly("ka", "kas", "kass", "kassa");
        assertThat(TokenStreamAssert.terms(analyzers.prefix(), "klantcontact"))
                .contains("kl", "klantcontact", "co", "contact")
                .doesNotHaveDuplicates();
        assertThat(TokenStreamAssert.terms(analyzers.prefixQuery(), "Voorraadbe Hygië"))
                .containsExactly("voorraadbe", "hygie");
    }

    @Test
    void aWordLongerThanTheLongestGramIsKeptWhole() {
        String word = "arbeidsbemiddelingsdiensten";
        assertThat(TokenStreamAssert.terms(analyzers.prefix(), word))
                .contains(word, word.substring(0, AnalyzerFactory.MAX_PREFIX))
                .doesNotContain(word.substring(0, AnalyzerFactory.MAX_PREFIX + 1));
    }

    private List<String> suggest(String typed) throws IOException {
        Query query = new QueryBuilder(analyzers.prefixQuery()).createBooleanQuery("suggest", typed);
        if (query == null) {
            return List.of();
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> labels = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
                labels.add(searcher.storedFields().document(hit.doc).get("label"));
            }
            return labels;
        }
    }
}
