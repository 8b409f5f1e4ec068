package nl.skillsmap.evaluation.melo;

import nl.skillsmap.search.JobTitleMatch;
import nl.skillsmap.search.OccupationRanking;
import nl.skillsmap.search.SkillsmapIndex;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.util.List;

/**
 * The engine on a MELO set: {@link OccupationRanking} ranks the occupations as it does for a job title in the
 * API, each occupation's best-matching label first, and {@link LabelListing} lists their labels as the set's corpus
 * elements.
 */
public final class EngineElementRanker implements ElementRanker {

    private final SkillsmapIndex index;
    private final OccupationRanking ranking;
    private final LabelListing listing;

    public EngineElementRanker(SkillsmapIndex index, MeloSet set) {
        this(index, set, OccupationRanking.load(index));
    }

    /** @param ranking the job-title ranking of this index's occupations, when the caller holds it already */
    public EngineElementRanker(SkillsmapIndex index, MeloSet set, OccupationRanking ranking) {
        this.index = index;
        this.ranking = ranking;
        this.listing = new LabelListing(set);
    }

    @Override
    public List<String> rank(String query, int depth) throws IOException {
        List<JobTitleMatch> occupations;
        IndexSearcher searcher = index.acquire();
        try {
            occupations = ranking.rank(searcher, query, depth);
        } finally {
            index.release(searcher);
        }
        return listing.elements(occupations.stream().map(o -> new LabelListing.Ranked(o.uri(), o.score(),
                o.labels().stream().map(l -> l.label()).toList())).toList(), depth);
    }
}
