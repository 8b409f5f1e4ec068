package nl.skillsmap.search.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.skillsmap.analysis.AnalyzerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Reads text into {@link Word}s: the folded chain gives the words a person wrote, the Dutch chain the terms the
 * index holds, and each term belongs to the word(s) its offsets cover (stacked compound parts and stems share
 * their word's offsets). This is how a match can be explained per word without a second, drifting analysis.
 * Thread-safe: Lucene analyzers keep their token streams per thread.
 */
public final class WordAnalysis {

    /** Words that carry no content in a phrase a person types ("en", "met", "de"). */
    private static final CharArraySet STOP_WORDS = DutchAnalyzer.getDefaultStopSet();

    private final Analyzer folded;
    private final Analyzer dutch;
    private final Analyzer dutchQuery;
    private final Analyzer dutchWithSynonyms;

    public WordAnalysis(AnalyzerFactory analyzers) {
        this.folded = analyzers.folded();
        this.dutch = analyzers.dutch();
        this.dutchQuery = analyzers.dutchQuery();
        this.dutchWithSynonyms = analyzers.dutchWithSynonyms();
    }

    /** Every word of a document text with its index terms; words without letters or digits are left out. */
    public AnalysedText document(String text) {
        if (text == null || text.isBlank()) {
            return AnalysedText.EMPTY;
        }
        List<Span> words = spans(folded, text);
        List<Span> terms = spans(dutch, text);
        List<Word> result = new ArrayList<>(words.size());
        int content = 0;
        int[] from = {0};
        for (Span word : words) {
            if (hasContent(word.text())) {
                result.add(new Word(word.text(), covered(word, terms, from), Set.of()));
                if (!STOP_WORDS.contains(word.text())) {
                    content++;
                }
            }
        }
        return AnalysedText.of(result, content);
    }

    /**
     * The content words of a phrase a person typed, with their terms and synonym terms: stop words, words without
     * letters or digits (punctuation, emoji) and words the Dutch chain drops are left out. The phrase is only ever
     * read as text: quotes, operators and field syntax are just characters.
     */
    public List<Word> phrase(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Span> words = spans(folded, text);
        List<Span> terms = spans(dutchQuery, text);
        List<Span> expanded = dutchWithSynonyms == dutchQuery ? terms : spans(dutchWithSynonyms, text);
        List<Word> result = new ArrayList<>(words.size());
        Set<String> seen = new LinkedHashSet<>();
        for (Span word : words) {
            if (!hasContent(word.text()) || STOP_WORDS.contains(word.text()) || !seen.add(word.text())) {
                continue;
            }
            Set<String> plain = covered(word, terms, new int[1]);
            if (plain.isEmpty()) {
                continue;
            }
            Set<String> synonyms = covered(word, expanded, new int[1]);
            synonyms.removeAll(plain);
            result.add(new Word(word.text(), plain, synonyms));
        }
        return result;
    }

    /**
     * The terms whose offsets overlap the word's. Words and terms come in text order, so the scan starts at the
     * first term that does not end before the word: reading a long description stays linear.
     */
    private static Set<String> covered(Span word, List<Span> terms, int[] from) {
        while (from[0] < terms.size() && terms.get(from[0]).end() <= word.start()) {
            from[0]++;
        }
        Set<String> result = new LinkedHashSet<>();
        for (int i = from[0]; i < terms.size() && terms.get(i).start() < word.end(); i++) {
            if (word.start() < terms.get(i).end()) {
                result.add(terms.get(i).text());
            }
        }
        return result;
    }

    private static boolean hasContent(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private record Span(String text, int start, int end) {}

    private static List<Span> spans(Analyzer analyzer, String text) {
        List<Span> spans = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                spans.add(new Span(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text", e);
        }
        return spans;
    }
}
