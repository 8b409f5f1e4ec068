package nl.skillsmap.api;

import io.javalin.http.Context;
import nl.skillsmap.search.match.OverviewRequest;
import nl.skillsmap.search.match.OverviewService;

/**
 * POST /qualifications/{crebo}/overview: a person's profile and corrections in, the overview of that qualification
 * for their employer or school out. It matches the profile as a match does, so it holds a place among the
 * {@link Turns heavy requests} (the same ones as POST /match) while it runs.
 */
final class OverviewController {

    private final OverviewService overviews;
    private final JsonBody body;
    private final Turns heavy;

    OverviewController(OverviewService overviews, JsonBody body, Turns heavy) {
        this.overviews = overviews;
        this.body = body;
        this.heavy = heavy;
    }

    void overview(Context ctx) {
        try (Turns.Ticket ticket = heavy.admit()) {
            OverviewRequest request = body.read(ctx, OverviewRequest.class);
            ticket.run();
            ctx.json(overviews.overview(ctx.pathParam("crebo"), request));
        }
    }
}
