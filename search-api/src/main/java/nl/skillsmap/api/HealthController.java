package nl.skillsmap.api;

import io.javalin.http.Context;
import nl.skillsmap.search.index.HealthService;

/** GET /health: which index is served, for load balancers and people. */
final class HealthController {

    private final HealthService health;

    HealthController(HealthService health) {
        this.health = health;
    }

    void health(Context ctx) {
        ctx.json(health.health());
    }
}
