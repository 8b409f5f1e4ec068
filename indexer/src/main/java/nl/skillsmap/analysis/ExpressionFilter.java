package nl.skillsmap.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Keeps a multiword expression whole: two adjacent words whose stems form one of the {@link MultiwordExpressions}
 * ("eerste hulp", in either order: "hulp bieden" and "biedt hulp") become one token, the two stems joined by
 * {@value #JOIN} ("eerst_hulp", type {@link TokenTypes#EXPRESSION}, offsets from the first word's start to the second
 * word's end), in place of both words and what was stacked on them. A part of an expression then matches only the
 * same expression elsewhere, never the lone word: "eerste" in "eerste hulp verlenen" does not meet the "eerste" of
 * "Eerste monteur", while a lone "eerste" reads as before. The join token takes the first word's position and the
 * following word keeps its own, so positions still count the words of the text.
 *
 * <p>Runs last in the chain, on stems. A word is the first token at its position; tokens stacked on it (compound
 * parts, other verb forms, a joined separable verb) go with it. Words next to a stop word that was removed are not
 * adjacent, nor are words with punctuation between them; synonym tokens (which may span positions) are never joined.
 */
final class ExpressionFilter extends TokenFilter {

    /** Joins the two stems of an expression into one term. */
    static final String JOIN = "_";

    private final Map<String, String> joins;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    /** Words read ahead, not yet sent. */
    private final Deque<Word> words = new ArrayDeque<>();
    /** Tokens of a word being sent. */
    private final Deque<State> sending = new ArrayDeque<>();

    private State lookahead;
    private boolean exhausted;
    private int extraIncrement;

    /** @param expressions stem pairs with one space between ("eerst hulp"), each joined in either order */
    ExpressionFilter(TokenStream input, Collection<String> expressions) {
        super(input);
        this.joins = joins(expressions);
    }

    static Map<String, String> joins(Collection<String> expressions) {
        Map<String, String> joins = new HashMap<>();
        for (String expression : expressions) {
            int space = expression.indexOf(' ');
            String a = expression.substring(0, space);
            String b = expression.substring(space + 1);
            String joined = a + JOIN + b;
            joins.putIfAbsent(a + " " + b, joined);
            joins.putIfAbsent(b + " " + a, joined);
        }
        return joins;
    }

    private record Word(List<State> tokens, String first, int posInc, boolean plain, int start, int end) {}

    @Override
    public boolean incrementToken() throws IOException {
        if (!sending.isEmpty()) {
            restoreState(sending.removeFirst());
            return true;
        }
        if (!fill(1)) {
            return false;
        }
        Word first = words.removeFirst();
        if (first.plain() && fill(1)) {
            Word second = words.peekFirst();
            String joined = adjacent(first, second) ? joins.get(first.first() + " " + second.first()) : null;
            if (joined != null) {
                words.removeFirst();
                restoreState(first.tokens().getFirst());
                termAtt.setEmpty().append(joined);
                posIncAtt.setPositionIncrement(first.posInc() + extraIncrement);
                posLenAtt.setPositionLength(1);
                offsetAtt.setOffset(first.start(), second.end());
                typeAtt.setType(TokenTypes.EXPRESSION);
                // The next word keeps its position: the second word's position is left empty.
                extraIncrement = second.posInc();
                return true;
            }
        }
        restoreState(first.tokens().getFirst());
        if (extraIncrement > 0) {
            posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + extraIncrement);
            extraIncrement = 0;
        }
        sending.addAll(first.tokens().subList(1, first.tokens().size()));
        return true;
    }

    /**
     * Whether two words stand next to each other in the text: no stop word removed between them and at most one
     * character (a space or hyphen) between, so punctuation ("hulp, eerste") keeps them apart.
     */
    private static boolean adjacent(Word first, Word second) {
        return second.plain() && second.posInc() == 1 && second.start() - first.end() <= 1;
    }

    /** Reads ahead until {@code n} words wait, or the input ends; whether they wait. */
    private boolean fill(int n) throws IOException {
        while (words.size() < n) {
            Word word = readWord();
            if (word == null) {
                return false;
            }
            words.addLast(word);
        }
        return true;
    }

    /** The next word with the tokens stacked on it, or null at the end of the input. */
    private Word readWord() throws IOException {
        if (lookahead == null) {
            if (exhausted || !input.incrementToken()) {
                exhausted = true;
                return null;
            }
            lookahead = captureState();
        }
        List<State> tokens = new ArrayList<>(2);
        restoreState(lookahead);
        String first = termAtt.toString();
        int posInc = posIncAtt.getPositionIncrement();
        int start = offsetAtt.startOffset();
        int end = offsetAtt.endOffset();
        boolean plain = plain();
        tokens.add(lookahead);
        lookahead = null;
        while (!exhausted) {
            if (!input.incrementToken()) {
                exhausted = true;
                break;
            }
            State state = captureState();
            if (posIncAtt.getPositionIncrement() > 0) {
                lookahead = state;
                break;
            }
            plain &= plain();
            tokens.add(state);
        }
        return new Word(tokens, first, posInc, plain, start, end);
    }

    private boolean plain() {
        return posLenAtt.getPositionLength() == 1 && !TokenTypes.SYNONYM.equals(typeAtt.type());
    }

    @Override
    public void end() throws IOException {
        super.end();
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + extraIncrement);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        words.clear();
        sending.clear();
        lookahead = null;
        exhausted = false;
        extraIncrement = 0;
    }
}
