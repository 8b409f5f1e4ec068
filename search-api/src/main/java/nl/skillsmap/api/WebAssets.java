package nl.skillsmap.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The web page and the embeddable widget, served from a classpath folder at {@code /}. The page itself is
 * revalidated on every load so a new release shows at once; scripts and styles may be cached for an hour (their
 * names carry no version, so not longer). Without the folder, {@code /} answers with a small page pointing at the
 * API.
 */
final class WebAssets {

    static final String PAGE_CACHE = "no-cache";
    static final String ASSET_CACHE = "public, max-age=3600";
    private static final String INDEX = "index.html";

    private final String folder;

    WebAssets(String classpathFolder) {
        this.folder = classpathFolder.endsWith("/")
                ? classpathFolder.substring(0, classpathFolder.length() - 1)
                : classpathFolder;
    }

    boolean present() {
        return WebAssets.class.getResource(folder + "/" + INDEX) != null;
    }

    /** Two handlers over the same folder, told apart by whether the request is for the page. */
    void serve(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = folder;
            files.location = Location.CLASSPATH;
            files.headers = Map.of(Header.CACHE_CONTROL, PAGE_CACHE);
            files.skipFileFunction = request -> !isPage(request.getRequestURI());
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = folder;
            files.location = Location.CLASSPATH;
            files.headers = Map.of(Header.CACHE_CONTROL, ASSET_CACHE);
            files.skipFileFunction = request -> isPage(request.getRequestURI());
        });
    }

    private static boolean isPage(String path) {
        return path.equals("/") || path.endsWith("/" + INDEX) || path.endsWith(".html");
    }

    /** Stands in for the web page when the assets are not on the classpath. */
    static void placeholder(Context ctx) {
        ctx.header(Header.CACHE_CONTROL, PAGE_CACHE).html("""
                <!doctype html>
                <html lang="nl"><head><meta charset="utf-8"><title>Skillsmap</title></head>
                <body><h1>Skillsmap</h1>
                <p>The API is running: <a href="%1$s/health">%1$s/health</a>,
                described in <a href="%1$s/openapi.yaml">%1$s/openapi.yaml</a>.</p></body></html>
                """.formatted(SkillsmapApp.API));
    }
}
