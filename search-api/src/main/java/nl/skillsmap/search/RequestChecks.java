package nl.skillsmap.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a request's inputs, each rule worded once: collects what is wrong field by field and refuses the
 * request once, with every problem ({@link #done()}), so a caller fixes them all in one go.
 */
public final class RequestChecks {

    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    /** Text of {@code minLength} to {@code maxLength} characters, not blank; its stripped form, or null when wrong. */
    public String text(String field, String value, int minLength, int maxLength) {
        if (value == null || value.isBlank()) {
            return fail(field, "is required");
        }
        if (value.strip().length() < minLength) {
            return fail(field, "must have at least " + minLength + " characters");
        }
        if (value.length() > maxLength) {
            return fail(field, "must have at most " + maxLength + " characters");
        }
        return value.strip();
    }

    /** A whole number from {@code min} to {@code max}; null (absent) passes. */
    public RequestChecks range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            fail(field, "must be " + min + " to " + max);
        }
        return this;
    }

    /** Any other rule: {@code holds}, else {@code field} is at fault for {@code reason}. */
    public RequestChecks check(boolean holds, String field, String reason) {
        if (!holds) {
            fail(field, reason);
        }
        return this;
    }

    /** @throws ValidationException naming every input at fault, when there is one */
    public void done() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private <T> T fail(String field, String reason) {
        errors.add(new ValidationException.FieldError(field, reason));
        return null;
    }
}
