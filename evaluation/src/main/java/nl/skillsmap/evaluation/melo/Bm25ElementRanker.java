package nl.skillsmap.evaluation.melo;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.skillsmap.analysis.Terms;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The plain baseline: every corpus element is a document of its label alone, analysed by Lucene's
 * {@link StandardAnalyzer}, ranked by BM25 with Lucene's default parameters.
 */
public final class Bm25ElementRanker implements ElementRanker, Closeable {

    private static final String ID = "id";
    private static final String LABEL = "label";

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public Bm25ElementRanker(MeloSet set) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (var element : set.elements().entrySet()) {
                Document doc = new Document();
                doc.add(new StringField(ID, element.getKey(), Field.Store.YES));
                doc.add(new TextField(LABEL, element.getValue(), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @Override
    public List<String> rank(String query, int depth) throws IOException {
        BooleanQuery.Builder parsed = new BooleanQuery.Builder();
        for (String term : Terms.of(analyzer, LABEL, query)) {
            parsed.add(new TermQuery(new Term(LABEL, term)), BooleanClause.Occur.SHOULD);
        }
        // Score first, then index order: a strict order like trec_eval's.
        ScoreDoc[] hits =
                searcher.search(parsed.build(), depth, new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC)).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<String> ranking = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            ranking.add(stored.document(hit.doc, Set.of(ID)).get(ID));
        }
        return ranking;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
