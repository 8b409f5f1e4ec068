package nl.skillsmap.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Keeps every word and stacks the parts of a compound on it (same position, same offsets, type
 * {@link TokenTypes#COMPOUND_PART}), so "voorraadbeheer" is found by "voorraad" and by "beheer" while the whole word
 * still matches best. Synonyms are not split: their parts would widen a query far beyond the synonym.
 */
final class CompoundSplitFilter extends TokenFilter {

    private final CompoundSplitter splitter;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final Deque<String> pendingParts = new ArrayDeque<>(4);
    private State word;

    CompoundSplitFilter(TokenStream input, CompoundSplitter splitter) {
        super(input);
        this.splitter = splitter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pendingParts.isEmpty()) {
            restoreState(word);
            termAtt.setEmpty().append(pendingParts.removeFirst());
            posIncAtt.setPositionIncrement(0);
            typeAtt.setType(TokenTypes.COMPOUND_PART);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!TokenTypes.SYNONYM.equals(typeAtt.type())) {
            List<CompoundSplitter.Part> parts = splitter.split(termAtt.buffer(), termAtt.length());
            if (!parts.isEmpty()) {
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

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingParts.clear();
        word = null;
    }
}
