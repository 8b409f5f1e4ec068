package nl.skillsmap.evaluation.melo;

import java.io.IOException;
import java.util.List;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.suggest.JobTitleMatch;
import nl.skillsmap.search.suggest.OccupationRanking;

/**
 * The engine on a MELO set: {@link OccupationRanking} ranks the occupations as it does for a job title in the
 * API, each occupation's best-matching label first, and {@link LabelListing} lists their labels as the set's corpus
 * elements.
 */
public final class EngineElementRanker implements ElementRanker {

    private final SkillsmapIndex index;
    private final LabelListing listing;

    public EngineElementRanker(SkillsmapIndex index, MeloSet set) {
        this.index = index;
        this.listing = new LabelListing(set);
    }

    @Override
    public List<String> rank(String query, int depth) throws IOException {
        List<JobTitleMatch> occupations;
        IndexSnapshot snapshot = index.acquire();
        try {
            occupations = snapshot.jobTitles().rank(snapshot.searcher(), query, depth);
        } finally {
            index.release(snapshot);
        }
        return listing.elements(
                occupations.stream()
                        .map(o -> new LabelListing.Ranked(
                                o.uri(),
                                o.score(),
                                o.labels().stream().map(l -> l.label()).toList()))
                        .toList(),
                depth);
    }
}
