package nl.skillsmap.evaluation.personas;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.skillsmap.analysis.Terms;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.WorkProcess;
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
 * The plain baseline: each qualification is one document of its name and its work-process titles (and core-task
 * titles), analysed by Lucene's {@link StandardAnalyzer}; the activities, joined, are one BM25 query.
 * Qualifications without work processes or skills are not indexed: there is nothing to match them on.
 */
public final class Bm25QualificationMatcher implements QualificationMatcher, Closeable {

    private static final String CREBO = "crebo";
    private static final String TEXT = "text";

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public Bm25QualificationMatcher(List<Qualification> qualifications) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Qualification q : qualifications) {
                if (q.coverageBasis() == Qualification.CoverageBasis.NONE) {
                    continue;
                }
                Document doc = new Document();
                doc.add(new StringField(CREBO, q.crebo(), Field.Store.YES));
                doc.add(new TextField(TEXT, text(q), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    static String text(Qualification q) {
        return Stream.of(
                        Stream.of(q.name()),
                        q.coreTasks().stream().map(CoreTask::title),
                        q.workProcesses().map(WorkProcess::title),
                        q.skills().stream().map(s -> s.label()))
                .flatMap(s -> s)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
    }

    /** The activities only: a baseline of words does not read the occupation the person works in. */
    @Override
    public List<String> rank(List<String> activities, String occupation, int depth) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : Terms.of(analyzer, TEXT, String.join("\n", activities))) {
            query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
        }
        ScoreDoc[] hits =
                searcher.search(query.build(), depth, new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC)).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<String> crebos = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            crebos.add(stored.document(hit.doc, Set.of(CREBO)).get(CREBO));
        }
        return crebos;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
