package nl.skillsmap.evaluation.melo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.skillsmap.index.DocType;
import nl.skillsmap.search.text.SearchFilter;
import nl.skillsmap.search.text.SearchHit;
import nl.skillsmap.search.text.SearchRequest;
import nl.skillsmap.search.text.SearchService;

/**
 * The API's free-text search on a MELO set, restricted to occupations: a comparison row for
 * {@link EngineElementRanker}. The search scores occupations, not their labels, so {@link LabelListing} lists each
 * occupation's preferred label first and its other labels in the order the record gives them.
 */
public final class SearchElementRanker implements ElementRanker {

    private static final SearchFilter OCCUPATIONS = new SearchFilter(Set.of(DocType.OCCUPATION), Set.of(), Set.of());

    private final SearchService search;
    private final Map<String, List<String>> labelsOf;
    private final LabelListing listing;

    public SearchElementRanker(SearchService search, MeloSet set) {
        this.search = search;
        this.labelsOf = ConceptIndex.labelsByOccupation(set);
        this.listing = new LabelListing(set);
    }

    @Override
    public List<String> rank(String query, int depth) {
        String text = query.length() > SearchRequest.MAX_QUERY_LENGTH
                ? query.substring(0, SearchRequest.MAX_QUERY_LENGTH)
                : query;
        List<SearchHit> hits = search.search(new SearchRequest(text, OCCUPATIONS, SearchRequest.MAX_LIMIT, 0))
                .hits();
        return listing.elements(
                hits.stream()
                        .map(hit -> new LabelListing.Ranked(
                                hit.id(), hit.score(), labelsOf.getOrDefault(hit.id(), List.of())))
                        .toList(),
                depth);
    }
}
