package nl.skillsmap.api;

import io.javalin.http.Context;
import nl.skillsmap.search.spelling.SpellingService;

/** GET /spelling: reads the text and limit (the service checks them), answers with its corrections. */
final class SpellingController {

    private final SpellingService spelling;

    SpellingController(SpellingService spelling) {
        this.spelling = spelling;
    }

    void spelling(Context ctx) {
        QueryParameters parameters = QueryParameters.of(ctx);
        Integer limit = parameters.integer("limit");
        parameters.done();
        ctx.json(spelling.correct(parameters.text("q"), limit == null ? SpellingService.DEFAULT_LIMIT : limit));
    }
}
