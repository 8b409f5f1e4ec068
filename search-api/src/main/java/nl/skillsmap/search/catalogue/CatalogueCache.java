package nl.skillsmap.search.catalogue;

import nl.skillsmap.search.SkillsmapIndex;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Holds the {@link Catalogue} of the index generation being searched. A catalogue belongs to one reader: it is
 * (re)loaded the first time a searcher over another reader asks, so a refreshed searcher never meets a stale
 * catalogue. Share one cache between services so the catalogue is loaded once. Thread-safe.
 */
public final class CatalogueCache {

    private final SkillsmapIndex index;
    private final WordAnalysis words;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Entry current;

    public CatalogueCache(SkillsmapIndex index) {
        this.index = index;
        this.words = new WordAnalysis(index.analyzers());
    }

    /**
     * Loads the catalogue of the current searcher now (a few seconds on the full data), so no request waits, and
     * returns it.
     */
    public Catalogue preload() {
        IndexSearcher searcher = index.acquire();
        try {
            return of(searcher);
        } finally {
            index.release(searcher);
        }
    }

    private record Entry(IndexReader.CacheKey key, Catalogue catalogue) {
    }

    /** The catalogue of the searcher's reader, loading it if this is the first request on that reader. */
    public Catalogue of(IndexSearcher searcher) {
        IndexReader reader = searcher.getIndexReader();
        IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
        Entry entry = current;
        if (entry != null && entry.key() == key) {
            return entry.catalogue();
        }
        loading.lock();
        try {
            entry = current;
            if (entry == null || entry.key() != key) {
                entry = new Entry(key, Catalogue.load(reader, words));
                current = entry;
            }
            return entry.catalogue();
        } finally {
            loading.unlock();
        }
    }

    /** The analysis the catalogue's texts were read with; queries are read the same way. */
    public WordAnalysis words() {
        return words;
    }
}
