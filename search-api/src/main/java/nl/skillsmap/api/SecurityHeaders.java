package nl.skillsmap.api;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers every response carries (OWASP ASVS V14.4), errors included: the browser must not guess
 * content types, sends no referrer to other sites, runs only the page's own scripts and styles, and shows the page in
 * no frame. API answers are data: their policy allows nothing at all. Set before the request is handled, so that
 * whatever answers (a route, a static file, an error) carries them.
 */
final class SecurityHeaders extends Handler.Wrapper {

    /**
     * The page and the widget load only their own files: scripts are modules, styles a stylesheet file (the widget
     * a constructed stylesheet), so no inline script or style is needed; {@code data:} images cover the SVG icon
     * in the stylesheet.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    SecurityHeaders(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put(
                "Content-Security-Policy",
                Request.getPathInContext(request).startsWith(SkillsmapApp.API + "/") ? API_POLICY : PAGE_POLICY);
        return super.handle(request, response, callback);
    }
}
