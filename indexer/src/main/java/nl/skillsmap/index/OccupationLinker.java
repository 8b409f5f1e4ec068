package nl.skillsmap.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.skillsmap.analysis.Terms;
import nl.skillsmap.model.Occupation;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Links a qualification to the ESCO occupation its name describes ("Logistiek medewerker" to the ESCO occupation
 * with that label), so the qualification's profile can borrow the occupation's labels and skills: the words
 * people use for the same work ("orderpicker", "heftruck besturen") that the qualification's own text may not
 * use. Each label (preferred or alternative) is matched on its own, so a short label that says the name outranks
 * an occupation that merely lists the name's words among many labels; the best label (BM25, Dutch chain) must
 * hold at least half of the name's distinct terms, else the qualification links to nothing. The terms are those
 * the Dutch chain makes of the name, so the parts stacked on a compound count beside it: "Magazijnmedewerker"
 * has three terms (the word, "magazijn", "medewerker"), and a label saying two of them links.
 *
 * <p>Linking a name is the MELO task (a job title to its ESCO occupation) with one answer; {@code bin/evaluate}
 * measures this linker on that set beside the engine's full occupation ranking.
 */
public final class OccupationLinker implements Closeable {

    private static final String LABELS = "labels";
    private static final String POSITION = "position";

    private final Analyzer analyzer;
    private final List<Occupation> occupations;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public OccupationLinker(List<Occupation> occupations, Analyzer analyzer) {
        this.analyzer = analyzer;
        this.occupations = occupations;
        try {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < occupations.size(); i++) {
                    Occupation o = occupations.get(i);
                    List<String> labels = new java.util.ArrayList<>();
                    labels.add(o.label());
                    labels.addAll(o.altLabels());
                    for (String label : labels) {
                        Document doc = new Document();
                        doc.add(new StoredField(POSITION, i));
                        doc.add(new TextField(LABELS, label, Field.Store.NO));
                        writer.addDocument(doc);
                    }
                }
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The occupation {@code qualificationName} describes, if a label holds enough of its terms. */
    public Optional<Occupation> link(String qualificationName) {
        Set<String> terms = terms(qualificationName);
        if (terms.isEmpty() || occupations.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.forEach(t -> query.add(new TermQuery(new Term(LABELS, t)), BooleanClause.Occur.SHOULD));
        query.setMinimumNumberShouldMatch((terms.size() + 1) / 2);
        try {
            TopDocs top = searcher.search(query.build(), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int position = searcher.storedFields()
                    .document(top.scoreDocs[0].doc)
                    .getField(POSITION)
                    .numericValue()
                    .intValue();
            return Optional.of(occupations.get(position));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> terms(String text) {
        return new LinkedHashSet<>(Terms.of(analyzer, LABELS, text));
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
