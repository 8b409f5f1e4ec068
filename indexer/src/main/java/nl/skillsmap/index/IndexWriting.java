package nl.skillsmap.index;

import static nl.skillsmap.index.IndexBuilder.since;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.semantic.SemanticSpace;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * The write stage of a build: the analysis resources and the semantic space into the generation's analysis
 * directory, the {@link MappedDocuments} into its Lucene index, merged into one segment sorted by id and committed.
 */
final class IndexWriting {

    private final Consumer<String> progress;

    IndexWriting(Consumer<String> progress) {
        this.progress = progress;
    }

    /**
     * @param indexAnalyzer the chain the documents' fields are indexed with ({@link IndexSchema#indexAnalyzer})
     * @return the content version of what was written ({@link #contentVersion})
     */
    String write(
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
        return contentVersion(mapped.version(), IndexLocation.analysisDirectory(build));
    }

    /**
     * The content version of an index: the documents' digest ({@link MappedDocuments#version}) together with the
     * checksums of the analysis files a question is read with (the analysis resources and the semantic space), so
     * that answers that could differ never share a version. The semantic space is derived from the documents, but
     * its numbers also depend on how it is computed: a change there (the last bits of a float) changes which word a
     * meaning evidence names, and an answer's {@code ETag} promises the same answer for the same version.
     */
    static String contentVersion(String documents, Path analysis) throws IOException {
        return contentVersion(documents, analysis, List.of(AnalysisResources.FILE, SemanticSpace.FILE));
    }

    /** @param files the files of the analysis directory the version covers, each with a Lucene checksum footer */
    static String contentVersion(String documents, Path analysis, List<String> files) throws IOException {
        MessageDigest digest = MappedDocuments.sha256();
        digest.update(documents.getBytes(StandardCharsets.UTF_8));
        try (FSDirectory dir = FSDirectory.open(analysis)) {
            for (String name : files) {
                try (IndexInput in = dir.openInput(name, IOContext.READONCE)) {
                    digest.update(
                            ("\n" + name + " " + CodecUtil.retrieveChecksum(in)).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
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
