package nl.skillsmap.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Makes the answers that depend only on the index and the request cacheable: an entity tag derived from the index
 * version and the normalised request, before any work is done, so a repeated request whose tag the client (or a
 * proxy or CDN in front of replicas) still holds is answered 304 without searching or matching. Replicas serving
 * the same index version give the same tags. The tag is weak: the same answer leaves compressed or not.
 */
final class AnswerTags {

    /**
     * How long a shared cache may serve an answer without asking again. After a rebuild an answer may be this old;
     * then the tag (which names the index version) no longer matches and the answer is computed anew.
     */
    static final String CACHE_CONTROL = "public, max-age=300";

    /** GET routes whose answer is not a function of the index and the request alone. */
    private static final Set<String> UNTAGGED =
            Set.of(SkillsmapApp.API + "/health", SkillsmapApp.API + "/openapi.yaml");

    private final Supplier<String> indexVersion;

    AnswerTags(Supplier<String> indexVersion) {
        this.indexVersion = indexVersion;
    }

    /** The tag of an answer to {@code request} (a normalised form of it) from the index as it is now. */
    String tag(String request) {
        String version = indexVersion.get();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((version + '\n' + request).getBytes(StandardCharsets.UTF_8));
            return "W/\"" + version + '-' + HexFormat.of().formatHex(digest, 0, 12) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Marks the answer with its tag and says whether the client already holds it; then the status is 304 and
     * nothing else is to be written.
     */
    boolean notModified(Context ctx, String tag) {
        ctx.header(Header.ETAG, tag);
        ctx.header(Header.CACHE_CONTROL, CACHE_CONTROL);
        if (matches(ctx.header(Header.IF_NONE_MATCH), tag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            // A 304 has no body, so no type of one (the server's default would say text/plain).
            ctx.res().setContentType(null);
            return true;
        }
        return false;
    }

    /** Before a GET under the API: answers 304 when the client holds the tag, and skips the handler. */
    void beforeGet(Context ctx) {
        if (ctx.method() != HandlerType.GET || UNTAGGED.contains(ctx.path())) {
            return;
        }
        String tag = tag(normalisedGet(ctx));
        if (matches(ctx.header(Header.IF_NONE_MATCH), tag)) {
            notModified(ctx, tag);
            ctx.skipRemainingHandlers();
        } else {
            ctx.attribute(AnswerTags.class.getName(), tag);
        }
    }

    /** After a GET under the API: a successful answer carries its tag; an error is not cached. */
    void afterGet(Context ctx) {
        String tag = ctx.attribute(AnswerTags.class.getName());
        if (tag != null && ctx.status() == HttpStatus.OK) {
            ctx.header(Header.ETAG, tag);
            ctx.header(Header.CACHE_CONTROL, CACHE_CONTROL);
        }
    }

    /** The path and the query parameters by name (each name's values in the order given): one form per question. */
    static String normalisedGet(Context ctx) {
        StringBuilder request = new StringBuilder("GET ").append(ctx.path());
        char separator = '?';
        for (Map.Entry<String, List<String>> parameter : new TreeMap<>(ctx.queryParamMap()).entrySet()) {
            for (String value : parameter.getValue()) {
                request.append(separator)
                        .append(encode(parameter.getKey()))
                        .append('=')
                        .append(encode(value));
                separator = '&';
            }
        }
        return request.toString();
    }

    /** Whether an If-None-Match header names the tag (weak comparison, as RFC 9110 asks for If-None-Match). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.strip();
            if (trimmed.equals("*") || opaque(trimmed).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
