package nl.skillsmap.model;

import java.util.Locale;

/** Which part of a qualification file a core task belongs to. */
public enum Part {
    /** Basisdeel: shared by every qualification of the dossier (codes B1-K1...). */
    BASIS,
    /** Profieldeel: specific to one qualification (codes P1-K1...). */
    PROFILE,
    /** The source did not say. */
    UNKNOWN;

    public static Part parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "basis" -> BASIS;
            case "profiel", "profile" -> PROFILE;
            default -> UNKNOWN;
        };
    }

    /** Derives the part from a code such as {@code B1-K1} or {@code P2-K1-W3}. */
    public static Part ofCode(String code) {
        if (code == null || code.isEmpty()) {
            return UNKNOWN;
        }
        return switch (Character.toUpperCase(code.charAt(0))) {
            case 'B' -> BASIS;
            case 'P' -> PROFILE;
            default -> UNKNOWN;
        };
    }
}
