package nl.skillsmap.api;

import io.javalin.http.Context;
import io.javalin.validation.Validator;
import nl.skillsmap.index.DocType;
import nl.skillsmap.search.ValidationException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The query parameters several endpoints share, read and checked the same way everywhere. */
final class QueryParameters {

    /** The document type keys, for messages. */
    static final String TYPES = Arrays.stream(DocType.values()).map(DocType::key).collect(Collectors.joining(", "));

    /** A % that does not start an escape of two hexadecimal digits. */
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private QueryParameters() {
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
                throw new ValidationException(BROKEN_ESCAPE.matcher(name).find() ? "query" : name,
                        "is not properly URL-encoded: a % must be followed by two hexadecimal digits (%25 for %)");
            }
        }
    }

    /** Required text of 1 to {@code maxLength} characters (blank counts as missing). */
    static Validator<String> text(Context ctx, String name, int minLength, int maxLength) {
        return ctx.queryParamAsClass(name, String.class)
                .check(s -> s != null && !s.isBlank(), "is required")
                .check(s -> s == null || s.isBlank() || s.strip().length() >= minLength,
                        "must have at least " + minLength + " characters")
                .check(s -> s == null || s.length() <= maxLength, "must have at most " + maxLength + " characters");
    }

    /** An optional whole number within bounds; absent is fine, the caller supplies the default. */
    static Validator<Integer> number(Context ctx, String name, int min, int max) {
        return ctx.queryParamAsClass(name, Integer.class)
                .check(n -> n == null || (n >= min && n <= max), "must be " + min + " to " + max);
    }

    /** The repeatable "type" parameter: document type keys, each one the index knows; absent means none. */
    static Validator<List<String>> types(Context ctx) {
        return ctx.queryParamsAsClass("type", String.class)
                .check(ts -> ts.stream().allMatch(t -> DocType.ofKey(t).isPresent()), "must be one of " + TYPES);
    }

    /** The document types of a checked {@link #types} parameter. */
    static Set<DocType> types(Validator<List<String>> checked) {
        return checked.get().stream().map(t -> DocType.ofKey(t).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocType.class)));
    }
}
