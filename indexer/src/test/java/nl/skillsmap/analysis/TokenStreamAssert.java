package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Token assertions in the spirit of Lucene's {@code BaseTokenStreamTestCase} (which needs JUnit 4): besides the
 * terms, every analysis checks the token-stream contract the index relies on — the first token has a position,
 * increments are not negative, offsets lie within the text and start offsets never go backwards (IndexWriter
 * rejects that on fields with offsets), {@code end()} reports the text length, and a reused stream, even one
 * abandoned half-way, gives the same tokens again.
 *
 * <p>{@link #render} writes a stream compactly for golden files: positions separated by spaces, tokens stacked on
 * one position joined by "/", a compound part marked "+" (its head "*"), a synonym "~", a position left empty (a
 * removed stop word) as "_".
 */
final class TokenStreamAssert {

    record Token(
            String term,
            String type,
            int flags,
            int positionIncrement,
            int positionLength,
            int startOffset,
            int endOffset) {}

    private TokenStreamAssert() {}

    static void assertAnalyzesTo(Analyzer analyzer, String text, String expected) {
        assertThat(render(analyze(analyzer, text))).as("tokens of '%s'", text).isEqualTo(expected);
    }

    /** The terms of {@code text} in order, stacked tokens included. */
    static List<String> terms(Analyzer analyzer, String text) {
        return analyze(analyzer, text).stream().map(Token::term).toList();
    }

    /** Analyses {@code text}, checking the token-stream contract on the way. */
    static List<Token> analyze(Analyzer analyzer, String text) {
        List<Token> tokens = consume(analyzer, text, Integer.MAX_VALUE);
        assertContract(tokens, text);
        if (tokens.size() > 1) {
            consume(analyzer, text, tokens.size() / 2); // abandoned half-way: the next use must not see its state
        }
        assertThat(consume(analyzer, text, Integer.MAX_VALUE))
                .as("tokens of '%s' on reuse", text)
                .isEqualTo(tokens);
        return tokens;
    }

    static String render(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            if (token.positionIncrement() == 0) {
                out.append('/');
            } else {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append("_ ".repeat(token.positionIncrement() - 1));
            }
            if (TokenTypes.COMPOUND_PART.equals(token.type())) {
                out.append((token.flags() & TokenTypes.COMPOUND_HEAD) != 0 ? '*' : '+');
            } else if (TokenTypes.SYNONYM.equals(token.type())) {
                out.append('~');
            }
            out.append(token.term());
        }
        return out.toString();
    }

    private static List<Token> consume(Analyzer analyzer, String text, int limit) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("field", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            FlagsAttribute flags = stream.addAttribute(FlagsAttribute.class);
            PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute posLen = stream.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (tokens.size() < limit && stream.incrementToken()) {
                tokens.add(new Token(
                        term.toString(),
                        type.type(),
                        flags.getFlags(),
                        posInc.getPositionIncrement(),
                        posLen.getPositionLength(),
                        offset.startOffset(),
                        offset.endOffset()));
            }
            if (limit == Integer.MAX_VALUE) {
                stream.end();
                assertThat(offset.endOffset()).as("final offset of '%s'", text).isEqualTo(text.length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static void assertContract(List<Token> tokens, String text) {
        int lastStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String where = "token " + i + " " + token + " of '" + text + "'";
            assertThat(token.term()).as(where).isNotEmpty();
            assertThat(token.positionIncrement()).as(where).isGreaterThanOrEqualTo(i == 0 ? 1 : 0);
            assertThat(token.positionLength()).as(where).isGreaterThanOrEqualTo(1);
            assertThat(token.startOffset()).as(where).isBetween(lastStart, token.endOffset());
            assertThat(token.endOffset()).as(where).isLessThanOrEqualTo(text.length());
            lastStart = token.startOffset();
        }
    }
}
