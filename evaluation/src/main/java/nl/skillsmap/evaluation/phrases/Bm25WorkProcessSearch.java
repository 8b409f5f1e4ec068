package nl.skillsmap.evaluation.phrases;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.skillsmap.analysis.Terms;
import nl.skillsmap.index.IndexedWorkProcess;
import nl.skillsmap.model.WorkProcess;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
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
 * The plain baseline for work phrases: every work process is one document of its title and description (with its
 * expected result and behaviour where the source gives them), analysed by Lucene's own {@link DutchAnalyzer}
 * (standard tokenizer, lower case, Dutch stop words, Lucene's Snowball Dutch stemmer; none of the engine's
 * compounds, synonyms or accent folding), and the phrase's terms are one BM25 query with Lucene's default
 * parameters. A method {@linkplain #above(double) at a relative cut} counts as shared every hit scoring at least
 * that share of the best hit's score: BM25 scores have no absolute scale, so a cut relative to the best is the
 * plain way to turn a ranking into a set.
 */
public final class Bm25WorkProcessSearch implements Closeable {

    private static final String ID = "id";
    private static final String TEXT = "text";

    private final DutchAnalyzer analyzer = new DutchAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public Bm25WorkProcessSearch(Collection<IndexedWorkProcess> workProcesses) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            // In id order, so that ties (equal titles in several qualifications) fall in id order, whatever order
            // the engine's index holds them in.
            for (IndexedWorkProcess wp : workProcesses.stream()
                    .sorted(Comparator.comparing(IndexedWorkProcess::id))
                    .toList()) {
                Document doc = new Document();
                doc.add(new StringField(ID, wp.id(), Field.Store.YES));
                doc.add(new TextField(TEXT, text(wp), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    static String text(IndexedWorkProcess indexed) {
        WorkProcess wp = indexed.workProcess();
        return Stream.of(wp.title(), wp.description(), wp.result(), wp.behaviour())
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
    }

    /**
     * Counts as shared the hits scoring at least {@code cut} times the best hit's score, best first, then by id;
     * the strength reported is that share.
     *
     * @param cut a share of the best score, above 0 and at most 1
     */
    public SharedWorkCounter above(double cut) {
        if (!(cut > 0 && cut <= 1)) {
            throw new IllegalArgumentException("a relative cut lies in (0, 1], not " + cut);
        }
        return phrase -> {
            List<SharedWorkCounter.Counted> counted = new ArrayList<>();
            ScoreDoc[] hits = ranked(phrase);
            if (hits.length == 0) {
                return counted;
            }
            float best = hits[0].score;
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : hits) {
                float score = hit.score;
                if (score < cut * best) {
                    break;
                }
                counted.add(new SharedWorkCounter.Counted(
                        stored.document(hit.doc, Set.of(ID)).get(ID), score / best, "bm25"));
            }
            return counted;
        };
    }

    private ScoreDoc[] ranked(String phrase) throws IOException {
        List<String> terms = Terms.of(analyzer, TEXT, phrase);
        if (terms.isEmpty()) {
            return new ScoreDoc[0];
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
        }
        // Score first, then index order (id order): a strict order, the same every run; scores kept for the cut.
        return searcher.search(
                        query.build(),
                        Math.max(1, reader.maxDoc()),
                        new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC),
                        true)
                .scoreDocs;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
