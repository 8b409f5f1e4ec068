package nl.skillsmap.api;

import io.javalin.http.Context;
import io.javalin.validation.Validator;
import nl.skillsmap.index.DocType;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The query parameters several endpoints share, read and checked the same way everywhere. */
final class QueryParameters {

    /** The document type keys, for messages. */
    static final String TYPES = Arrays.stream(DocType.values()).map(DocType::key).collect(Collectors.joining(", "));

    private QueryParameters() {
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
