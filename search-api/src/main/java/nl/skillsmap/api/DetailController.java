package nl.skillsmap.api;

import io.javalin.http.Context;
import nl.skillsmap.search.detail.DetailService;

/** GET /qualifications/{crebo} and /occupations/{id}: one item in full, 404 when the index has no such id. */
final class DetailController {

    private final DetailService details;

    DetailController(DetailService details) {
        this.details = details;
    }

    void qualification(Context ctx) {
        ctx.json(details.qualification(ctx.pathParam("crebo")));
    }

    /** The id is the ESCO UUID or the whole concept URI, URL-encoded into one path segment. */
    void occupation(Context ctx) {
        ctx.json(details.occupation(ctx.pathParam("id")));
    }
}
