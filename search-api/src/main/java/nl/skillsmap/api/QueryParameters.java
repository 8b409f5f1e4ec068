package nl.skillsmap.api;

import io.javalin.http.Context;
import io.javalin.validation.Validator;

/** The query parameters several endpoints share, read and checked the same way everywhere. */
final class QueryParameters {

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
}
