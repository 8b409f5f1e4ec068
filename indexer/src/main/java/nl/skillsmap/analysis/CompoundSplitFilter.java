package nl.skillsmap.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Keeps every word and stacks the parts of a compound on it (same position, same offsets, type
 * {@link TokenTypes#COMPOUND_PART}), so "voorraadbeheer" is found by "voorraad" and by "beheer" while the whole word
 * still matches best. Synonyms are not split: their parts would widen a query far beyond the synonym.
 *
 * <p>The head of the compound, its last part ("beheer" in "voorraadbeheer", "picken" in "orderpicken", "order" in
 * "werkorder"), carries {@link TokenTypes#COMPOUND_HEAD} in its {@link FlagsAttribute}; the other parts are
 * modifiers (flags 0). A Dutch compound names a kind of its head, so a head part says much of what the word means
 * and a modifier little: "orderpicken" is picking, "werkorder" an order.
 */
final class CompoundSplitFilter extends TokenFilter {

    private final CompoundSplitter splitter;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);
    private final Deque<String> pendingParts = new ArrayDeque<>(4);
    private String head;
    private State word;

    CompoundSplitFilter(TokenStream input, CompoundSplitter splitter) {
        super(input);
        this.splitter = splitter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pendingParts.isEmpty()) {
            restoreState(word);
            String part = pendingParts.removeFirst();
            termAtt.setEmpty().append(part);
            posIncAtt.setPositionIncrement(0);
            typeAtt.setType(TokenTypes.COMPOUND_PART);
            flagsAtt.setFlags(
                    part.equals(head)
                            ? flagsAtt.getFlags() | TokenTypes.COMPOUND_HEAD
                            : flagsAtt.getFlags() & ~TokenTypes.COMPOUND_HEAD);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!TokenTypes.SYNONYM.equals(typeAtt.type())) {
            List<CompoundSplitter.Part> parts = splitter.split(termAtt.buffer(), termAtt.length());
            if (!parts.isEmpty()) {
                head = head(parts);
                for (CompoundSplitter.Part part : parts) {
                    if (!pendingParts.contains(part.word())) {
                        pendingParts.add(part.word());
                    }
                }
                word = captureState();
            }
        }
        return true;
    }

    /** The outermost last part: the first listed of the parts that end where the compound's last part ends. */
    private static String head(List<CompoundSplitter.Part> parts) {
        CompoundSplitter.Part head = parts.getFirst();
        for (CompoundSplitter.Part part : parts) {
            if (part.end() > head.end()) {
                head = part;
            }
        }
        return head.word();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        head = null;
        pendingParts.clear();
        word = null;
    }
}
