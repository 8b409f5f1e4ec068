package nl.skillsmap.api;

import io.javalin.http.Context;
import io.javalin.validation.Validation;
import io.javalin.validation.ValidationException;
import io.javalin.validation.Validator;
import nl.skillsmap.search.spelling.SpellingService;

/** GET /spelling: reads and checks the text and limit, answers with the service's corrections. */
final class SpellingController {

    private final SpellingService spelling;

    SpellingController(SpellingService spelling) {
        this.spelling = spelling;
    }

    void spelling(Context ctx) {
        Validator<String> query = QueryParameters.text(ctx, "q", 1, SpellingService.MAX_QUERY_LENGTH);
        Validator<Integer> limit = QueryParameters.number(ctx, "limit", 1, SpellingService.MAX_LIMIT);
        var errors = Validation.collectErrors(query, limit);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ctx.json(spelling.correct(query.get(), limit.getOrDefault(SpellingService.DEFAULT_LIMIT)));
    }
}
