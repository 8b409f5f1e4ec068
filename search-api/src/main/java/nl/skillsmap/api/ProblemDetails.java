package nl.skillsmap.api;

import java.util.List;
import nl.skillsmap.search.ValidationException;

/**
 * An error response in the shape of RFC 9457 ({@code application/problem+json}).
 *
 * @param instance the request path the problem occurred on
 * @param errors   for invalid input: each parameter or body field at fault and what is wrong with it; else null
 */
public record ProblemDetails(
        String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String CONTENT_TYPE = "application/problem+json";

    /** @param suggestion a value the field would be answered for ({@code value}, {@code label}), if one is known */
    public record FieldError(String field, String message, ValidationException.Suggestion suggestion) {}
}
