package nl.skillsmap.search;

/**
 * The one rule for an id in a request (a crebo, a work-process id, a skill or occupation URI or the last segment
 * of one): not blank, at most {@link #MAX_LENGTH} characters, read without the spaces around it. Longer than any
 * real id (ESCO URIs are under 100 characters), short enough that a hostile value is refused before any lookup.
 */
public final class Ids {

    public static final int MAX_LENGTH = 300;

    private Ids() {}

    /** The id in {@code value}, stripped; refused, naming {@code field}, when absent, blank or too long. */
    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "an id is required");
        }
        return checked(field, value);
    }

    /** As {@link #required}, but an absent value (null) is no id; a blank one is still refused. */
    public static String optional(String field, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new ValidationException(field, "must not be empty");
        }
        return checked(field, value);
    }

    private static String checked(String field, String value) {
        if (value.length() > MAX_LENGTH) {
            throw new ValidationException(field, "at most " + MAX_LENGTH + " characters");
        }
        return value.strip();
    }
}
