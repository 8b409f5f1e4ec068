package nl.skillsmap.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.index.IndexManifest;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.search.catalogue.Catalogue;
import nl.skillsmap.search.catalogue.WordAnalysis;
import nl.skillsmap.search.match.MeaningSearch;
import nl.skillsmap.search.related.RelatedOccupationsService;
import nl.skillsmap.search.suggest.OccupationRanking;
import nl.skillsmap.search.text.RowsHighlighter;
import nl.skillsmap.semantic.SemanticSpace;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Everything the services answer from, of one index generation, read once when the generation is opened: the
 * searcher, the analyzers and semantic space the index was built with, its manifest, the catalogue (matching), the
 * document rows (result lists and snippets) and the rankers derived from them (job titles, related occupations,
 * closeness in meaning). Immutable: a new index is a new snapshot, never a change to this one, so one request that
 * uses only the snapshot it acquired sees one version throughout.
 *
 * <p>Reference-counted as Lucene counts its readers: opening holds one reference, {@link SkillsmapIndex} hands
 * out more per request, and the files are closed when the last one is released.
 */
public final class IndexSnapshot {

    private final Path generation;
    private final IndexManifest manifest;
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final AnalyzerFactory analyzers;
    private final SemanticSpace semanticSpace;
    private final WordAnalysis words;
    private final Catalogue catalogue;
    private final DocumentRows rows;
    private final RowsHighlighter highlighter;
    private final OccupationRanking jobTitles;
    private final RelatedOccupationsService relatedOccupations;
    private final MeaningSearch meanings;
    /** The ordinals of the facet dimensions counted from doc values, across the reader's segments. */
    private final Map<String, StringDocValuesReaderState> facetStates;

    private final AtomicInteger references = new AtomicInteger(1);
    /** State that services derive from this snapshot alone (caches), by key: dropped with the snapshot. */
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    private IndexSnapshot(
            Path generation,
            IndexManifest manifest,
            FSDirectory directory,
            DirectoryReader reader,
            AnalyzerFactory analyzers,
            SemanticSpace semanticSpace)
            throws IOException {
        this.generation = generation;
        this.manifest = manifest;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analyzers = analyzers;
        this.semanticSpace = semanticSpace;
        this.words = new WordAnalysis(analyzers);
        this.catalogue = Catalogue.load(reader, words);
        this.rows = DocumentRows.read(reader);
        this.highlighter = new RowsHighlighter(searcher, rows, analyzers.dutch());
        this.jobTitles = OccupationRanking.of(reader, catalogue.occupations(), analyzers);
        this.relatedOccupations = RelatedOccupationsService.of(List.copyOf(catalogue.occupations()), analyzers);
        this.meanings = new MeaningSearch(semanticSpace, analyzers.dutch(), reader.maxDoc());
        this.facetStates = Map.of(
                IndexSchema.TYPE,
                new StringDocValuesReaderState(reader, IndexSchema.TYPE),
                IndexSchema.DOMAIN,
                new StringDocValuesReaderState(reader, IndexSchema.DOMAIN));
    }

    /**
     * Opens a published generation and reads what the services keep in memory (a few seconds on the full data).
     *
     * @throws IOException when the generation cannot be read; nothing stays open then
     */
    public static IndexSnapshot open(Path generation) throws IOException {
        IndexManifest manifest = IndexManifest.read(generation);
        AnalyzerFactory analyzers =
                new AnalyzerFactory(AnalysisResources.read(IndexLocation.analysisDirectory(generation)));
        SemanticSpace space = SemanticSpace.read(IndexLocation.analysisDirectory(generation));
        FSDirectory directory = FSDirectory.open(IndexLocation.luceneDirectory(generation));
        DirectoryReader reader = null;
        try {
            reader = DirectoryReader.open(directory);
            return new IndexSnapshot(generation, manifest, directory, reader, analyzers, space);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(reader, directory);
            throw e;
        }
    }

    /** The content version of the index (same data, same version), as /health and every API answer name it. */
    public String version() {
        return manifest.version();
    }

    public IndexManifest manifest() {
        return manifest;
    }

    public Path generation() {
        return generation;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public AnalyzerFactory analyzers() {
        return analyzers;
    }

    /** The index's semantic space (similarity of meaning between phrases and qualifications). */
    public SemanticSpace semanticSpace() {
        return semanticSpace;
    }

    /** The analysis the catalogue's texts were read with; queries are read the same way. */
    public WordAnalysis words() {
        return words;
    }

    /** The index's qualifications, work processes, skills and occupations as records, for matching. */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** What result rows and suggestions show of every document. */
    public DocumentRows rows() {
        return rows;
    }

    public RowsHighlighter highlighter() {
        return highlighter;
    }

    /** The occupations ranked as job titles, for the occupation picker. */
    public OccupationRanking jobTitles() {
        return jobTitles;
    }

    public RelatedOccupationsService relatedOccupations() {
        return relatedOccupations;
    }

    /** Closeness in meaning between a phrase and the qualifications, in this index's semantic space. */
    public MeaningSearch meanings() {
        return meanings;
    }

    /**
     * State a service derives from this snapshot alone and keeps with it (a bounded cache), made once per key by
     * {@code make} and dropped with the snapshot, so a rebuilt index never answers from the old one's state.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<Object, T> make) {
        return (T) derived.computeIfAbsent(key, make);
    }

    /** The facet counting state of a string facet field ({@link IndexSchema#TYPE}, {@link IndexSchema#DOMAIN}). */
    public StringDocValuesReaderState facetState(String field) {
        StringDocValuesReaderState state = facetStates.get(field);
        if (state == null) {
            throw new IllegalArgumentException(field + " is not a string facet field");
        }
        return state;
    }

    /** Takes one more reference unless the snapshot is already closed; false when it is. */
    boolean tryIncRef() {
        int count;
        while ((count = references.get()) > 0) {
            if (references.compareAndSet(count, count + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Gives one reference back; the last one closes the reader and its files. */
    void decRef() throws IOException {
        int left = references.decrementAndGet();
        if (left == 0) {
            IOUtils.close(reader, directory);
        } else if (left < 0) {
            throw new IllegalStateException("the snapshot of " + generation + " was released more often than taken");
        }
    }

    /** How many holders the snapshot has; 0 once it is closed. */
    public int references() {
        return references.get();
    }
}
