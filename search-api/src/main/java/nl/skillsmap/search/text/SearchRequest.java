package nl.skillsmap.search.text;

import java.util.Objects;
import nl.skillsmap.search.RequestChecks;

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

    /**
     * @throws ValidationException naming every input at fault as the API spells it (q, limit, offset, level,
     *                             domain)
     */
    public SearchRequest {
        Objects.requireNonNull(filter, "filter");
        RequestChecks checks = new RequestChecks();
        checks.text("q", query, 1, MAX_QUERY_LENGTH);
        checks.range("limit", limit, 1, MAX_LIMIT)
                .range("offset", offset, 0, MAX_OFFSET)
                .check(filter.levels().stream().allMatch(l -> l >= 1 && l <= 4), "level", "must be 1 to 4")
                .check(filter.domains().stream().noneMatch(String::isBlank), "domain", "must not be empty")
                .done();
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, SearchFilter.NONE, DEFAULT_LIMIT, 0);
    }
}
