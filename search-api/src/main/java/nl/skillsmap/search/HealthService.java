package nl.skillsmap.search;

import nl.skillsmap.index.IndexManifest;
import org.apache.lucene.search.IndexSearcher;

/** Reports the index being served; acquiring a searcher proves the index is open, not only that it once was. */
public final class HealthService {

    private final SkillsmapIndex index;

    public HealthService(SkillsmapIndex index) {
        this.index = index;
    }

    public Health health() {
        IndexSearcher searcher = index.acquire();
        try {
            IndexManifest manifest = index.manifest();
            String status = searcher.getIndexReader().numDocs() > 0 ? "ok" : "empty";
            return new Health(status, manifest.version(), manifest.builtAt(), manifest.counts());
        } finally {
            index.release(searcher);
        }
    }
}
