package nl.skillsmap.search.match;

import java.util.Optional;
import nl.skillsmap.search.catalogue.Word;

/**
 * Classifies a word match from what can be seen without token types: equal folded words are exact; a shared term
 * that covers both words up to an inflection ending is a stem match; a shared term much shorter than a word is a
 * compound part ("voorraad" in "voorraadbeleid"); a term only synonym expansion brought is a synonym.
 *
 * <p>A compound part matches with its role in mind: a Dutch compound is about its last part (its head), so a part
 * that is the head of one word and only a modifier of the other names different things ("order" heads
 * "werkorder", a work order, but only modifies "orderpicken", picking) and is no match. A part that is a whole
 * word on one side ("voorraad" / "voorraadbeheer"), or plays the same role on both ("geld" in "geldafhandeling"
 * and "geldadministratie"), still matches.
 */
public final class SurfaceTermMatchClassifier implements TermMatchClassifier {

    /**
     * Longest ending Dutch inflection adds to a stem ("-ende", "-ten", "-en", "-t"): a word longer than the
     * shared term by more than this holds more than the term, so the term is one of its parts.
     */
    static final int MAX_INFLECTION = 4;

    @Override
    public Optional<How> classify(Word query, Word document) {
        String shared = longestShared(query, document);
        if (shared == null) {
            for (String synonym : query.synonyms()) {
                if (document.terms().contains(synonym)) {
                    return Optional.of(How.SYNONYM);
                }
            }
            return Optional.empty();
        }
        if (query.surface().equals(document.surface())) {
            return Optional.of(How.EXACT);
        }
        int longest = Math.max(query.surface().length(), document.surface().length());
        if (longest - shared.length() <= MAX_INFLECTION
                && position(shared, query.surface()) == 0
                && position(shared, document.surface()) == 0) {
            return Optional.of(How.STEM);
        }
        Role inQuery = role(shared, query);
        Role inDocument = role(shared, document);
        if ((inQuery == Role.HEAD && inDocument == Role.MODIFIER)
                || (inQuery == Role.MODIFIER && inDocument == Role.HEAD)) {
            return Optional.empty();
        }
        return Optional.of(How.COMPOUND_PART);
    }

    /** What a term is in a word: the word itself (up to inflection), its last part, or a part before that. */
    enum Role {
        WHOLE,
        HEAD,
        MODIFIER
    }

    static Role role(String term, Word word) {
        if (!isPart(term, word)) {
            return Role.WHOLE;
        }
        int at = position(term, word.surface());
        for (String other : word.terms()) {
            if (!other.equals(term) && isPart(other, word) && position(other, word.surface()) > at) {
                return Role.MODIFIER;
            }
        }
        return Role.HEAD;
    }

    /**
     * A part of a compound, not the word itself: much shorter than the word, or not the start of the word's longest
     * term, of any of them where several are as long ("order" of "werkorder"; "control" of "controleert" is the word
     * in another form).
     */
    private static boolean isPart(String term, Word word) {
        if (word.surface().length() - term.length() > MAX_INFLECTION) {
            return true;
        }
        int longest = term.length();
        for (String t : word.terms()) {
            longest = Math.max(longest, t.length());
        }
        if (longest == term.length()) {
            return false;
        }
        for (String t : word.terms()) {
            if (t.length() == longest && t.startsWith(term)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a term starts in the word as written: terms are stems ("voorrad" of "voorraad"), so the last place its
     * first letters occur stands for it.
     */
    private static int position(String term, String surface) {
        return surface.lastIndexOf(term.substring(0, Math.min(3, term.length())));
    }

    /**
     * The longest term both words hold: what the match rests on. Of equally long ones ("gegeven" and "verwerk" of
     * "gegevensverwerking" and "gegevensverwerkingstechnieken") the one nearest the end of the query word as written,
     * where a Dutch compound's head is, then the first in alphabetical order. A word's terms are a set, whose order
     * changes from one start of the JVM to the next: the first one found made such a match one way in one run and
     * the other way in the next. Null when they share none.
     */
    static String longestShared(Word query, Word document) {
        String best = null;
        for (String term : query.terms()) {
            if (document.terms().contains(term) && (best == null || before(term, best, query.surface()))) {
                best = term;
            }
        }
        return best;
    }

    private static boolean before(String term, String other, String surface) {
        if (term.length() != other.length()) {
            return term.length() > other.length();
        }
        int at = position(term, surface);
        int otherAt = position(other, surface);
        return at != otherAt ? at > otherAt : term.compareTo(other) < 0;
    }
}
