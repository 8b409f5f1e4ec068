package nl.skillsmap.search.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.skillsmap.search.ValidationException;

/**
 * What a person sends as one activity, read as the activities it names. People paste what they already have: a
 * paragraph of a CV, a job description, a list of tasks. Each line, list item and sentence of it is one activity,
 * so each piece of work is matched on its own words (and "Ik werk als kassamedewerker." is read as a job). A
 * sentence still longer than one activity may be is split where a full stop is followed by lower case ("ik help
 * klanten. ik vul vakken"), then at its commas; a phrase without such breaks stays whole, commas and all ("mijn zoon
 * wassen, aankleden en eten geven"). Reading the activities it gives again gives the same activities.
 *
 * <p>A sentence ends where a full stop, question or exclamation mark and a space come before a capital, so an
 * abbreviation followed by lower case ends none ("o.a. de kassa"); one followed by a name does ("o.a. Excel").
 */
final class ActivityText {

    /** Lines, list items and semicolons: always a break between activities. */
    private static final Pattern BREAKS = Pattern.compile("[\\r\\n;•·]+");
    /** A bullet or dash that starts a list item: not part of the activity. */
    private static final Pattern LIST_MARK = Pattern.compile("^[-*–—>]+\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    /** The end of a sentence: a full stop, question or exclamation mark, space, and a capital that starts the next. */
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})", Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * A full stop, question or exclamation mark before a space, also where the next sentence starts in lower case:
     * used only on a sentence too long to be one activity.
     */
    private static final Pattern LOOSE_SENTENCE_END =
            Pattern.compile("(?<=[.!?])\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern COMMAS = Pattern.compile("\\s*,\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    /** Any run of white space, the non-breaking kinds too. */
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private ActivityText() {}

    /**
     * The activities {@code text} names, in the order written, each at most {@code maxLength} characters and
     * holding a letter; a list's numbers, dashes and rules on their own and headings ("Taken:") are none. A text
     * without letters is one activity, its white space made single.
     *
     * @param field the request field the text came in, named when a piece is too long
     * @throws ValidationException when a sentence is longer than {@code maxLength} even split at its loose sentence
     *                             ends and commas, or a text without letters is longer than {@code maxLength}
     */
    static List<String> activities(String field, String text, int maxLength) {
        List<String> result = new ArrayList<>();
        for (String line : BREAKS.split(text)) {
            // White space made single once per line; its sentences and clauses then only lose their ends and marks.
            for (String sentence : SENTENCE_END.split(SPACES.matcher(line).replaceAll(" "))) {
                for (String piece : withinLength(unmarked(sentence), maxLength)) {
                    if (piece.codePoints().noneMatch(Character::isLetter) || piece.endsWith(":")) {
                        continue; // a list's number or rule, or a heading ("Taken:")
                    }
                    if (piece.length() > maxLength) {
                        throw new ValidationException(
                                field,
                                "has a sentence or clause of more than " + maxLength
                                        + " characters; separate what it names with a full stop, comma or new line: \""
                                        + piece.substring(0, 40) + "...\"");
                    }
                    result.add(piece);
                }
            }
        }
        if (!result.isEmpty()) {
            return result;
        }
        // Symbols only: an activity still, which resolves to nothing, as a phrase of stop words does.
        String symbols = SPACES.matcher(text).replaceAll(" ").strip();
        if (symbols.length() > maxLength) {
            throw new ValidationException(field, "has no words, and more than " + maxLength + " characters");
        }
        return List.of(symbols);
    }

    /** A sentence as is when short enough, else split at loose sentence ends, then at commas. */
    private static List<String> withinLength(String sentence, int maxLength) {
        if (sentence.length() <= maxLength) {
            return List.of(sentence);
        }
        List<String> result = new ArrayList<>();
        for (String part : LOOSE_SENTENCE_END.split(sentence)) {
            if (part.length() <= maxLength) {
                result.add(unmarked(part));
                continue;
            }
            for (String clause : COMMAS.split(part)) {
                result.add(unmarked(clause));
            }
        }
        return result;
    }

    /** A piece of a line whose white space is single, without spaces at its ends or a list mark in front. */
    private static String unmarked(String piece) {
        return LIST_MARK.matcher(piece.strip()).replaceFirst("");
    }
}
