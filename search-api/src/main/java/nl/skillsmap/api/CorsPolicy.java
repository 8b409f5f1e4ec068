package nl.skillsmap.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Set;

/**
 * Lets the configured sites call the API from their pages. An allowed origin gets
 * {@code Access-Control-Allow-Origin} and its preflight is answered; any other origin gets no CORS header, so its
 * browser blocks the response while same-origin pages and non-browser clients work as always.
 */
final class CorsPolicy {

    private final Set<String> origins;
    private final boolean anyOrigin;

    CorsPolicy(List<String> origins) {
        this.origins = Set.copyOf(origins);
        this.anyOrigin = origins.contains(ApiConfig.ANY_ORIGIN);
    }

    void apply(Context ctx) {
        if (origins.isEmpty()) {
            return;
        }
        // The answer depends on the Origin header, so shared caches must keep one copy per origin.
        ctx.header(Header.VARY, Header.ORIGIN);
        String origin = ctx.header(Header.ORIGIN);
        if (origin == null || !(anyOrigin || origins.contains(origin))) {
            return;
        }
        ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, anyOrigin ? ApiConfig.ANY_ORIGIN : origin);
        if (ctx.method() == HandlerType.OPTIONS && ctx.header(Header.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            ctx.header(Header.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST");
            ctx.header(Header.ACCESS_CONTROL_ALLOW_HEADERS, Header.CONTENT_TYPE);
            ctx.header(Header.ACCESS_CONTROL_MAX_AGE, "600");
            ctx.status(HttpStatus.NO_CONTENT);
            ctx.skipRemainingHandlers();
        }
    }
}
