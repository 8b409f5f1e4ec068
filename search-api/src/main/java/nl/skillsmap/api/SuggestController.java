package nl.skillsmap.api;

import io.javalin.http.Context;
import io.javalin.validation.Validation;
import io.javalin.validation.ValidationException;
import io.javalin.validation.Validator;
import nl.skillsmap.search.suggest.SuggestService;

import java.util.List;

/** GET /suggest: reads and checks the parameters (text, limit, types), answers with the service's suggestions. */
final class SuggestController {

    private final SuggestService suggest;

    SuggestController(SuggestService suggest) {
        this.suggest = suggest;
    }

    void suggest(Context ctx) {
        Validator<String> query = QueryParameters.text(ctx, "q", 1, SuggestService.MAX_QUERY_LENGTH);
        Validator<Integer> limit = QueryParameters.number(ctx, "limit", 1, SuggestService.MAX_LIMIT);
        Validator<List<String>> types = QueryParameters.types(ctx);
        var errors = Validation.collectErrors(query, limit, types);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ctx.json(suggest.suggest(query.get(), limit.getOrDefault(SuggestService.DEFAULT_LIMIT),
                QueryParameters.types(types)));
    }
}
