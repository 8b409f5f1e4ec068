package nl.skillsmap.api;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Set;
import nl.skillsmap.index.DocType;
import nl.skillsmap.search.suggest.SuggestService;

/** GET /suggest: reads the parameters (text, limit, types), answers with the service's suggestions. */
final class SuggestController {

    private final SuggestService suggest;

    SuggestController(SuggestService suggest) {
        this.suggest = suggest;
    }

    void suggest(Context ctx) {
        QueryParameters parameters = QueryParameters.of(ctx);
        Integer limit = parameters.integer("limit");
        Set<DocType> types = parameters.types();
        parameters.done();
        ctx.json(suggest.suggest(
                parameters.text("q"), Objects.requireNonNullElse(limit, SuggestService.DEFAULT_LIMIT), types));
    }
}
