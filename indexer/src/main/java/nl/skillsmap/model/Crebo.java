package nl.skillsmap.model;

import java.util.regex.Pattern;

/**
 * The format of a crebo code: five digits, for qualifications (25xxx-27xxx), qualification files (22xxx, 23xxx),
 * historic programmes and education domains alike. Every reader checks codes against this one rule.
 */
public final class Crebo {

    private static final Pattern FORMAT = Pattern.compile("\\d{5}");

    private Crebo() {}

    /** Whether {@code code} is written as a crebo: exactly five ASCII digits, nothing around them. */
    public static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }
}
