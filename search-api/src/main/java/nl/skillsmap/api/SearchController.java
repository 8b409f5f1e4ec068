package nl.skillsmap.api;

import io.javalin.http.Context;
import io.javalin.validation.Validation;
import io.javalin.validation.ValidationException;
import io.javalin.validation.Validator;
import nl.skillsmap.search.LineageSelection;
import nl.skillsmap.search.text.SearchFilter;
import nl.skillsmap.search.text.SearchRequest;
import nl.skillsmap.search.text.SearchService;

import java.util.HashSet;
import java.util.List;

/** GET /search: reads and checks the parameters, answers with the service's result. */
final class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    void search(Context ctx) {
        Validator<String> query = QueryParameters.text(ctx, "q", 1, SearchRequest.MAX_QUERY_LENGTH);
        Validator<Integer> limit = QueryParameters.number(ctx, "limit", 1, SearchRequest.MAX_LIMIT);
        Validator<Integer> offset = QueryParameters.number(ctx, "offset", 0, SearchRequest.MAX_OFFSET);
        Validator<List<String>> types = QueryParameters.types(ctx);
        Validator<List<Integer>> levels = ctx.queryParamsAsClass("level", Integer.class)
                .check(ls -> ls.stream().allMatch(l -> l >= 1 && l <= 4), "must be 1 to 4");
        Validator<List<String>> domains = ctx.queryParamsAsClass("domain", String.class)
                .check(ds -> ds.stream().noneMatch(String::isBlank), "must not be empty");
        Validator<String> lineage = ctx.queryParamAsClass("lineage", String.class)
                .check(l -> l == null || LineageSelection.ONE.equals(l) || LineageSelection.ALL.equals(l),
                        "must be " + LineageSelection.ONE + " or " + LineageSelection.ALL);
        Validator<String> current = ctx.queryParamAsClass("current", String.class)
                .check(c -> c == null || "true".equals(c) || "false".equals(c), "must be true or false");
        var errors = Validation.collectErrors(query, limit, offset, types, levels, domains, lineage, current);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        SearchFilter filter = new SearchFilter(
                QueryParameters.types(types),
                new HashSet<>(levels.get()), new HashSet<>(domains.get()),
                new LineageSelection(LineageSelection.ALL.equals(lineage.getOrDefault(LineageSelection.ONE)),
                        "true".equals(current.getOrDefault("false"))));
        ctx.json(search.search(new SearchRequest(query.get(), filter,
                limit.getOrDefault(SearchRequest.DEFAULT_LIMIT), offset.getOrDefault(0))));
    }
}
