package nl.skillsmap.search;

/** A qualification, occupation or other item asked for by id that the index does not hold; the API answers 404. */
public final class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super("no " + kind + " with id '" + id + "'");
        this.kind = kind;
        this.id = id;
    }

    /** What was looked for: {@code qualification}, {@code occupation}, ... */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
