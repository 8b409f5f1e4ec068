package nl.skillsmap.evaluation.melo;

import java.util.List;
import nl.skillsmap.search.match.MatchService;

/**
 * A job title said as a person says their job to {@code /match} ("Ik werk als " + the title): the
 * occupation the activity is read to name, or none. Success@1 is the share of titles read as the right job.
 */
public final class JobStatementElementRanker implements ElementRanker {

    private final MatchService match;
    private final LabelListing listing;

    public JobStatementElementRanker(MatchService match, MeloSet set) {
        this.match = match;
        this.listing = new LabelListing(set);
    }

    @Override
    public List<String> rank(String query, int depth) {
        return listing.elements(match.jobNamed("Ik werk als " + query), depth);
    }
}
