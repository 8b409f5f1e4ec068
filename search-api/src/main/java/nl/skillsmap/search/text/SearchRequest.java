package nl.skillsmap.search.text;

import java.util.Objects;

/**
 * A free-text search: the text as typed, facet filters and the page wanted.
 *
 * @param query  what the person typed; always treated as text, never as query syntax
 * @param offset how many hits to skip (paging)
 * @param limit  how many hits to return
 */
public record SearchRequest(String query, SearchFilter filter, int limit, int offset) {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** Deep paging costs a full top-n collection; nobody reads past this. */
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(filter, "filter");
        if (query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("query must have 1 to " + MAX_QUERY_LENGTH + " characters");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be 0 to " + MAX_OFFSET + ", was " + offset);
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, SearchFilter.NONE, DEFAULT_LIMIT, 0);
    }
}
