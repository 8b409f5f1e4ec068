package nl.skillsmap.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input a service cannot accept: the one exception for every request error, from a query parameter, a body or an
 * id. Each {@link FieldError} names the offending input as the request spells it ({@code activities[2]},
 * {@code limit}), so the API can answer 400 with every field at fault and the reason.
 */
public final class ValidationException extends RuntimeException {

    /**
     * One input at fault and why, without the field name in the reason.
     *
     * @param suggestion a value the field would be answered for, when one is known (else null)
     */
    public record FieldError(String field, String reason, Suggestion suggestion) {

        public FieldError(String field, String reason) {
            this(field, reason, null);
        }
    }

    /** A value to send instead, with the name a person knows it by. */
    public record Suggestion(String value, String label) {}

    private final List<FieldError> errors;

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** One field at fault, with a value to send instead. */
    public ValidationException(String field, String message, Suggestion suggestion) {
        this(List.of(new FieldError(field, message, suggestion)));
    }

    /** @param errors at least one */
    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation error names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    /** Every input at fault, in the order found. */
    public List<FieldError> errors() {
        return errors;
    }

    /** The first input at fault. */
    public String field() {
        return errors.getFirst().field();
    }

    /** The reason the first input is at fault, without the field name. */
    public String reason() {
        return errors.getFirst().reason();
    }
}
