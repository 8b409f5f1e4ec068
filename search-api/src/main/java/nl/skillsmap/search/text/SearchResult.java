package nl.skillsmap.search.text;

import java.util.List;

/** One page of search hits, the number of all hits and the facet counts over all of them. */
public record SearchResult(String query, long total, int offset, int limit, List<SearchHit> hits, Facets facets) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    /**
     * Counts per value of each facet dimension, most frequent first. Each dimension is counted with the filters of
     * the other dimensions applied but not its own, so choosing a value keeps its alternatives visible.
     */
    public record Facets(List<FacetValue> type, List<FacetValue> level, List<FacetValue> domain) {

        public static final Facets EMPTY = new Facets(List.of(), List.of(), List.of());

        public Facets {
            type = List.copyOf(type);
            level = List.copyOf(level);
            domain = List.copyOf(domain);
        }
    }

    public record FacetValue(String value, int count) {}
}
