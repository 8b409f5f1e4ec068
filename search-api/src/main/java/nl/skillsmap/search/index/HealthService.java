package nl.skillsmap.search.index;

import nl.skillsmap.index.IndexManifest;

/** Reports the index being served; acquiring a snapshot proves the index is open, not only that it once was. */
public final class HealthService {

    private final SkillsmapIndex index;

    public HealthService(SkillsmapIndex index) {
        this.index = index;
    }

    public Health health() {
        IndexSnapshot snapshot = index.acquire();
        try {
            IndexManifest manifest = snapshot.manifest();
            String status = snapshot.searcher().getIndexReader().numDocs() > 0 ? "ok" : "empty";
            return new Health(status, manifest.version(), manifest.builtAt(), manifest.counts());
        } finally {
            index.release(snapshot);
        }
    }
}
