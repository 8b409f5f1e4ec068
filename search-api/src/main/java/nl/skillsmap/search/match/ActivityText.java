package nl.skillsmap.search.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.skillsmap.search.ValidationException;

/**
 * What a person sends as one activity, read as the activities it names. People paste what they already have: a
 * paragraph of a CV, a job description, a list of tasks. Each line, list item and sentence of it is one activity,
 * so each piece of work is matched on its own words (and "Ik werk als kassamedewerker." is read as a job). A
 * sentence still longer than one activity may be is split at its commas; a phrase without such breaks stays whole,
 * commas and all ("mijn zoon wassen, aankleden en eten geven").
 */
final class ActivityText {

    /** Lines, list items and semicolons: always a break between activities. */
    private static final Pattern BREAKS = Pattern.compile("[\\r\\n;•·]+");
    /** A bullet or dash that starts a list item: not part of the activity. */
    private static final Pattern LIST_MARK = Pattern.compile("^[-*–—>]+\\s*");
    /**
     * The end of a sentence: a full stop, question or exclamation mark, space, and a capital that starts the next.
     * An abbreviation inside a sentence is followed by lower case ("o.a. de kassa", "t.b.v. (online-)systemen")
     * and ends none.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    /**
     * A full stop, question or exclamation mark before a space, also where the next sentence starts in lower case
     * ("ik help klanten. ik vul vakken"): used only on a sentence too long to be one activity.
     */
    private static final Pattern LOOSE_SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private static final Pattern COMMAS = Pattern.compile("\\s*,\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ActivityText() {}

    /**
     * The activities {@code text} names, in the order written, each at most {@code maxLength} characters and
     * holding a letter (a list's numbers and dashes on their own are none); a text without letters is one
     * activity as it is.
     *
     * @param field the request field the text came in, named when a piece is too long
     * @throws ValidationException when a sentence is longer than {@code maxLength} even split at its commas
     */
    static List<String> activities(String field, String text, int maxLength) {
        List<String> result = new ArrayList<>();
        for (String line : BREAKS.split(text)) {
            for (String sentence : sentences(LIST_MARK.matcher(line.strip()).replaceFirst(""))) {
                for (String piece : withinLength(sentence, maxLength)) {
                    if (piece.length() > maxLength) {
                        throw new ValidationException(
                                field,
                                "has a sentence of more than " + maxLength
                                        + " characters; separate what it names with a full stop, comma or new line: \""
                                        + piece.substring(0, Math.min(40, piece.length())) + "...\"");
                    }
                    if (piece.codePoints().anyMatch(Character::isLetter)) {
                        result.add(piece);
                    }
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

    /** The sentences of one line. */
    private static List<String> sentences(String line) {
        List<String> result = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(line)) {
            String clean = SPACES.matcher(sentence).replaceAll(" ").strip();
            if (!clean.isEmpty()) {
                result.add(clean);
            }
        }
        return result;
    }

    /** A sentence as is when short enough, else split at loose sentence ends, then at commas. */
    private static List<String> withinLength(String sentence, int maxLength) {
        if (sentence.length() <= maxLength) {
            return List.of(sentence);
        }
        List<String> result = new ArrayList<>();
        for (String part : LOOSE_SENTENCE_END.split(sentence)) {
            if (part.length() <= maxLength) {
                result.add(part);
                continue;
            }
            for (String clause : COMMAS.split(part)) {
                if (!clause.isBlank()) {
                    result.add(clause.strip());
                }
            }
        }
        return result;
    }
}
