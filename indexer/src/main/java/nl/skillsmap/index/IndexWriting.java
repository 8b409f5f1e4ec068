package nl.skillsmap.index;

import static nl.skillsmap.index.IndexBuilder.since;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.semantic.SemanticSpace;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;

/**
 * The write stage of a build: the analysis resources and the semantic space into the generation's analysis
 * directory, the {@link MappedDocuments} into its Lucene index, merged into one segment sorted by id and committed.
 */
final class IndexWriting {

    private final Consumer<String> progress;

    IndexWriting(Consumer<String> progress) {
        this.progress = progress;
    }

    /** @param indexAnalyzer the chain the documents' fields are indexed with ({@link IndexSchema#indexAnalyzer}) */
    void write(
            Path build,
            MappedDocuments mapped,
            SemanticSpace space,
            AnalysisResources resources,
            Analyzer indexAnalyzer)
            throws IOException {
        resources.write(IndexLocation.analysisDirectory(build));
        space.write(IndexLocation.analysisDirectory(build));
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(128)
                // Documents sorted by id: with the single segment below, Lucene's doc ids follow the ids, so
                // every tie a search breaks by doc id breaks by id, the same in every build.
                .setIndexSort(new Sort(new SortField(IndexSchema.ID, SortField.Type.STRING)))
                .setCommitOnClose(false);
        try (FSDirectory dir = FSDirectory.open(IndexLocation.luceneDirectory(build));
                IndexWriter writer = new IndexWriter(dir, config)) {
            long t = System.nanoTime();
            // Analysis dominates the build; IndexWriter is thread-safe, so both cores invert documents. Which
            // thread writes which document varies between builds, and with it the segments' contents.
            mapped.documents().parallelStream().forEach(doc -> add(writer, doc));
            progress.accept(String.format("documents: %,d written in %s", writer.getDocStats().numDocs, since(t)));
            t = System.nanoTime();
            // One segment, sorted by id: the same doc ids whatever the thread scheduling, so a top-N cut that
            // breaks ties by doc id gives the same answers from every build of the same data. Merging copies
            // the inverted segments; nothing is analysed again.
            writer.forceMerge(1);
            progress.accept("index merged into one segment sorted by id in " + since(t));
            t = System.nanoTime();
            writer.commit();
            progress.accept("index committed in " + since(t));
        }
    }

    private static void add(IndexWriter writer, Document doc) {
        String id = doc.get(IndexSchema.ID);
        try {
            // updateDocument by id: a repeated id replaces, never duplicates.
            writer.updateDocument(IndexSchema.idTerm(id), doc);
        } catch (IOException e) {
            // The cause says why ("No space left on device"); the id says how far the build got.
            throw new UncheckedIOException("cannot write document " + id + ": " + e.getMessage(), e);
        }
    }
}
