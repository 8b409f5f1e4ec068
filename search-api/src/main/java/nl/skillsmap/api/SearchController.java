package nl.skillsmap.api;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Objects;
import nl.skillsmap.search.LineageSelection;
import nl.skillsmap.search.text.SearchFilter;
import nl.skillsmap.search.text.SearchRequest;
import nl.skillsmap.search.text.SearchService;

/** GET /search: reads the parameters into a {@link SearchRequest} (which checks them), answers with the result. */
final class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    void search(Context ctx) {
        QueryParameters parameters = QueryParameters.of(ctx);
        Integer limit = parameters.integer("limit");
        Integer offset = parameters.integer("offset");
        SearchFilter filter = new SearchFilter(
                parameters.types(),
                new HashSet<>(parameters.integers("level")),
                new HashSet<>(ctx.queryParams("domain")),
                new LineageSelection(
                        LineageSelection.ALL.equals(
                                parameters.oneOf("lineage", LineageSelection.ONE, LineageSelection.ALL)),
                        parameters.bool("current", false)));
        parameters.done();
        ctx.json(search.search(new SearchRequest(
                parameters.text("q"),
                filter,
                Objects.requireNonNullElse(limit, SearchRequest.DEFAULT_LIMIT),
                Objects.requireNonNullElse(offset, 0))));
    }
}
