package nl.skillsmap.api;

import io.javalin.http.Context;
import nl.skillsmap.search.match.MatchRequest;
import nl.skillsmap.search.match.MatchService;

/** POST /match: reads the JSON profile, answers with the service's qualifications and occupations. */
final class MatchController {

    private final MatchService match;
    private final JsonBody body;

    MatchController(MatchService match, JsonBody body) {
        this.match = match;
        this.body = body;
    }

    void match(Context ctx) {
        ctx.json(match.match(body.read(ctx, MatchRequest.class)));
    }
}
