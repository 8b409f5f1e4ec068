package nl.skillsmap.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.skillsmap.index.DocType;
import nl.skillsmap.search.RequestChecks;
import nl.skillsmap.search.ValidationException;

/**
 * Reads one request's query parameters into the types the services take: a number, a boolean, document types,
 * one of a few words. A value that is not of its type is collected and the request refused once, naming every
 * such parameter ({@link #done()}); whether a value is allowed (a limit's bounds, a text's length) is the
 * service's to check, in its own request.
 */
final class QueryParameters {

    /** The most characters of a wrong value an error message repeats. */
    static final int SHOWN_VALUE = 40;

    /** The document type keys, for messages. */
    static final String TYPES =
            Arrays.stream(DocType.values()).map(DocType::key).collect(Collectors.joining(", "));

    /** A % that does not start an escape of two hexadecimal digits. */
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private final Context ctx;
    private final RequestChecks checks = new RequestChecks();

    private QueryParameters(Context ctx) {
        this.ctx = ctx;
    }

    static QueryParameters of(Context ctx) {
        return new QueryParameters(ctx);
    }

    /**
     * Refuses a query string with a broken percent escape ({@code q=%}, {@code q=50%korting}), naming the parameter:
     * decoded leniently it would arrive empty or changed, and the answer would be about something else.
     */
    static void checkEncoding(Context ctx) {
        String query = ctx.queryString();
        if (query == null || query.indexOf('%') < 0) {
            return;
        }
        for (String pair : query.split("&")) {
            if (BROKEN_ESCAPE.matcher(pair).find()) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                throw new ValidationException(
                        BROKEN_ESCAPE.matcher(name).find() ? "query" : name,
                        "is not properly URL-encoded: a % must be followed by two hexadecimal digits (%25 for %)");
            }
        }
    }

    /** The text as given; null when absent. */
    String text(String name) {
        return ctx.queryParam(name);
    }

    /** A whole number; null when absent or not a whole number (then collected). */
    Integer integer(String name) {
        String value = ctx.queryParam(name);
        return value == null ? null : parse(name, value);
    }

    /** Every value of a repeatable whole-number parameter; those that are not whole numbers are collected. */
    List<Integer> integers(String name) {
        List<Integer> values = new ArrayList<>();
        for (String value : ctx.queryParams(name)) {
            Integer parsed = parse(name, value);
            if (parsed != null) {
                values.add(parsed);
            }
        }
        return values;
    }

    /** "true" or "false"; {@code absent} when absent. */
    boolean bool(String name, boolean absent) {
        return absent ? !"false".equals(oneOf(name, "true", "false")) : "true".equals(oneOf(name, "true", "false"));
    }

    /** One of {@code allowed}; null when absent or another word (then collected). */
    String oneOf(String name, String... allowed) {
        String value = ctx.queryParam(name);
        if (value == null || Arrays.asList(allowed).contains(value)) {
            return value;
        }
        checks.check(
                false,
                name,
                "must be " + Arrays.stream(allowed).map(a -> "'" + a + "'").collect(Collectors.joining(" or "))
                        + " or left out, not " + quoted(value));
        return null;
    }

    /** The repeatable "type" parameter: document type keys, each one the index knows; absent means none. */
    Set<DocType> types() {
        Set<DocType> types = EnumSet.noneOf(DocType.class);
        for (String key : ctx.queryParams("type")) {
            DocType.ofKey(key)
                    .ifPresentOrElse(types::add, () -> checks.check(false, "type", "must be one of " + TYPES));
        }
        return types;
    }

    /** @throws ValidationException naming every parameter that is not of its type */
    void done() {
        checks.done();
    }

    /** A value as an error message repeats it: quoted, and cut short when long, so a huge value is not echoed. */
    static String quoted(String value) {
        return "'" + (value.length() <= SHOWN_VALUE ? value : value.substring(0, SHOWN_VALUE) + "…") + "'";
    }

    private Integer parse(String name, String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            checks.check(false, name, "must be a whole number, not " + quoted(value));
            return null;
        }
    }
}
