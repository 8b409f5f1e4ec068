package nl.skillsmap.evaluation.melo;

import java.util.List;
import java.util.Locale;
import nl.skillsmap.search.match.MatchService;

/**
 * A job title said as a person says their job to {@code /match} ("Ik werk als " + the title, in lower case): the
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
        return match.jobNamed("Ik werk als " + query.toLowerCase(Locale.ROOT))
                .map(o -> listing.elements(List.of(new LabelListing.Ranked(o.uri(), 1.0, o.shownLabels())), depth))
                .orElse(List.of());
    }
}
