package nl.skillsmap.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells a person how a query matched a text: for each query word, the document word it matched and how
 * ({@link MatchKind}). It runs the same analyzers the index and the query use, so the evidence is what the search
 * did, not a guess next to it.
 *
 * <p>Per result row only the document text is analysed ({@link #analyze(String)} once per query, then
 * {@link AnalyzedQuery#matches(String)} per row): a few microseconds for a work-process title. Thread-safe.
 */
public final class MatchExplainer {

    private final Analyzer queryAnalyzer;
    private final Analyzer documentAnalyzer;

    public MatchExplainer(AnalyzerFactory analyzers) {
        this.queryAnalyzer = analyzers.dutchWithSynonyms();
        this.documentAnalyzer = analyzers.dutch();
    }

    /** Analyses the query once, for explaining many rows. */
    public AnalyzedQuery analyze(String query) {
        return new AnalyzedQuery(tokens(queryAnalyzer, query));
    }

    /** How {@code query} matched {@code document}; see {@link AnalyzedQuery#matches(String)}. */
    public List<TermMatch> explain(String query, String document) {
        return analyze(query).matches(document);
    }

    /** A query read once. Immutable, so it may be shared between threads explaining rows of the same search. */
    public final class AnalyzedQuery {

        private final List<Token> tokens;

        private AnalyzedQuery(List<Token> tokens) {
            this.tokens = tokens;
        }

        /**
         * One match per (query word, document word) pair that share a term, in query then document order, each
         * with the best kind of match the pair has (a word that matches exactly also shares its parts; only
         * "exact" is reported). Empty when nothing matched.
         */
        public List<TermMatch> matches(String document) {
            if (tokens.isEmpty() || document == null || document.isEmpty()) {
                return List.of();
            }
            Map<String, List<Token>> documentTerms = new HashMap<>();
            for (Token token : tokens(documentAnalyzer, document)) {
                documentTerms.computeIfAbsent(token.term(), t -> new ArrayList<>(2)).add(token);
            }
            Map<Long, Evidence> best = new HashMap<>();
            for (Token queryToken : tokens) {
                List<Token> hits = documentTerms.get(queryToken.term());
                if (hits == null) {
                    continue;
                }
                for (Token documentToken : hits) {
                    MatchKind how = kind(queryToken, documentToken);
                    long pair = ((long) queryToken.start() << 32) | documentToken.start();
                    Evidence current = best.get(pair);
                    if (current == null || how.compareTo(current.how()) < 0) {
                        best.put(pair, new Evidence(queryToken, documentToken, how));
                    }
                }
            }
            return best.values().stream()
                    .sorted(Comparator.comparingInt((Evidence e) -> e.query().start())
                            .thenComparingInt(e -> e.document().start()))
                    .map(e -> new TermMatch(e.query().word(), e.document().word(), e.document().term(), e.how()))
                    .toList();
        }

        private static MatchKind kind(Token query, Token document) {
            if (TokenTypes.SYNONYM.equals(query.type())) {
                return MatchKind.SYNONYM;
            }
            if (TokenTypes.COMPOUND_PART.equals(query.type()) || TokenTypes.COMPOUND_PART.equals(document.type())) {
                return MatchKind.COMPOUND_PART;
            }
            return query.folded().equals(document.folded()) ? MatchKind.EXACT : MatchKind.STEM;
        }
    }

    /** A term with the word it came from: {@code word} as written, {@code folded} lower case without accents. */
    private record Token(String term, String type, int start, String word, String folded) {
    }

    private record Evidence(Token query, Token document, MatchKind how) {
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            String word = null;
            String folded = null;
            int wordStart = -1;
            int wordEnd = -1;
            while (stream.incrementToken()) {
                // Stacked tokens (parts, verb forms) share their word's offsets: fold each word once.
                if (offset.startOffset() != wordStart || offset.endOffset() != wordEnd) {
                    wordStart = offset.startOffset();
                    wordEnd = offset.endOffset();
                    word = text.substring(wordStart, wordEnd);
                    folded = fold(word);
                }
                tokens.add(new Token(term.toString(), type.type(), wordStart, word, folded));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing '" + text + "'", e);
        }
        return tokens;
    }

    private static String fold(String word) {
        if (word.chars().allMatch(c -> c < 128 && !Character.isUpperCase(c))) {
            return word; // the common case: nothing to fold
        }
        char[] input = word.toLowerCase(Locale.ROOT).toCharArray();
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length);
    }
}
