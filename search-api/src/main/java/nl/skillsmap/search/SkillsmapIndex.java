package nl.skillsmap.search;

import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.index.IndexManifest;
import nl.skillsmap.semantic.SemanticSpace;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * One opened, read-only index generation: its searchers, the analyzers it was built with and its manifest.
 * Searchers are acquired and released per request ({@link #acquire()} / {@link #release(IndexSearcher)} in
 * try/finally); closing releases the files once no request holds a searcher.
 */
public final class SkillsmapIndex implements Closeable {

    private final Path generation;
    private final FSDirectory directory;
    private final SearcherManager searchers;
    private final AnalyzerFactory analyzers;
    private final IndexManifest manifest;
    private final SemanticSpace semanticSpace;

    private SkillsmapIndex(Path generation) throws IOException {
        this.generation = generation;
        this.manifest = IndexManifest.read(generation);
        this.analyzers = new AnalyzerFactory(AnalysisResources.read(IndexLocation.analysisDirectory(generation)));
        this.semanticSpace = SemanticSpace.read(IndexLocation.analysisDirectory(generation));
        this.directory = FSDirectory.open(IndexLocation.luceneDirectory(generation));
        try {
            this.searchers = new SearcherManager(directory, null);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Opens the generation the location currently points at; fails clearly if none has been built. */
    public static SkillsmapIndex open(IndexLocation location) throws IOException {
        Path generation = location.current().orElseThrow(() -> new IOException(
                "no index at " + location.path() + ": build one first with the 'index' command"));
        return new SkillsmapIndex(generation);
    }

    public IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot acquire a searcher on " + generation, e);
        }
    }

    public void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release a searcher on " + generation, e);
        }
    }

    public AnalyzerFactory analyzers() {
        return analyzers;
    }

    /** The index's semantic space (similarity of meaning between phrases and qualifications). */
    public SemanticSpace semanticSpace() {
        return semanticSpace;
    }

    public IndexManifest manifest() {
        return manifest;
    }

    public Path generation() {
        return generation;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            directory.close();
        }
    }
}
