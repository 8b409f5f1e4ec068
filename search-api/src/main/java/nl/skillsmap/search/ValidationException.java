package nl.skillsmap.search;

/**
 * Input a service cannot accept. {@link #field()} names the offending input as the request spells it
 * ({@code activities[2]}, {@code limit}), so the API can answer 400 with the field and the reason.
 */
public final class ValidationException extends RuntimeException {

    private final String field;
    private final String reason;

    public ValidationException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
        this.reason = message;
    }

    public String field() {
        return field;
    }

    /** The reason alone, without the field name. */
    public String reason() {
        return reason;
    }
}
