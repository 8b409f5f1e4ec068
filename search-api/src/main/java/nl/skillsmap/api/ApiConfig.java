package nl.skillsmap.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the HTTP application is set up, apart from the index it serves.
 *
 * @param corsOrigins origins (scheme, host, optional port) of sites allowed to call the API from their pages; empty
 *                    means same-origin only, {@code *} any site
 * @param webAssets   classpath folder of the web page and widget, served at {@code /}
 * @param limits      how much of the server one client or burst may take
 */
public record ApiConfig(List<String> corsOrigins, String webAssets, ServerLimits limits) {

    /** Where the web module puts its built assets on the classpath. */
    public static final String WEB_ASSETS = "/skillsmap-web";

    public static final String ANY_ORIGIN = "*";

    public ApiConfig {
        corsOrigins =
                corsOrigins.stream().map(ApiConfig::normalisedOrigin).distinct().toList();
        Objects.requireNonNull(webAssets, "webAssets");
        Objects.requireNonNull(limits, "limits");
    }

    public static ApiConfig defaults() {
        return new ApiConfig(List.of(), WEB_ASSETS, ServerLimits.defaults());
    }

    public ApiConfig withCorsOrigins(List<String> origins) {
        return new ApiConfig(origins, webAssets, limits);
    }

    public ApiConfig withWebAssets(String classpathFolder) {
        return new ApiConfig(corsOrigins, classpathFolder, limits);
    }

    public ApiConfig withLimits(ServerLimits serverLimits) {
        return new ApiConfig(corsOrigins, webAssets, serverLimits);
    }

    /** Reads a comma-separated list of origins, as given on the command line or in SKILLSMAP_CORS_ORIGINS. */
    public static List<String> parseOrigins(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * An origin as a browser sends it: lower-case scheme and host, no default port, no path. Rejects anything else,
     * so a typo in the configuration fails at start instead of silently blocking a site.
     */
    static String normalisedOrigin(String origin) {
        if (origin.equals(ANY_ORIGIN)) {
            return origin;
        }
        URI uri;
        try {
            uri = new URI(origin.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("CORS origin '" + origin + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = (uri.getRawPath() == null
                        || uri.getRawPath().isEmpty()
                        || uri.getRawPath().equals("/"))
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null
                && uri.getRawUserInfo() == null;
        if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null || !bare) {
            throw new IllegalArgumentException("CORS origin '" + origin
                    + "' must be scheme and host with an optional port, like https://www.example.nl");
        }
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
