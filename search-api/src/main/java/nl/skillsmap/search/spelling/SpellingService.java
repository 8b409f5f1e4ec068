package nl.skillsmap.search.spelling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.search.RequestChecks;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Bedoelde je ...?": the words of a text that occur in no title or label of the index, each replaced by the
 * closest words that do ({@link DirectSpellChecker} over the terms of {@link IndexSchema#TITLE_EXACT}, the titles
 * folded but not stemmed, so what is offered is a word a person can read back). Only unknown words change; the rest
 * of the text stays as typed. A text that is the English label of an ESCO occupation or skill shown in Dutch
 * ("cashier", "warehouse worker") is offered that concept's Dutch label first ({@link EnglishLabels}).
 */
public final class SpellingService {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int DEFAULT_LIMIT = 3;
    public static final int MAX_LIMIT = 5;

    /**
     * Shorter words are left alone: three letters or fewer lie within two edits of hundreds of words ("kas", "kat",
     * "kap"), so a correction would be a guess.
     */
    static final int MIN_WORD_LENGTH = 4;
    /**
     * Corrections may change the first letter: English job words differ from their Dutch form there ("cashier" is
     * two edits from "kassier"), and a phone keyboard misses first letters as easily as others. The vocabulary is
     * small (tens of thousands of words), so reading it without a fixed prefix costs well under a millisecond.
     */
    private static final int MIN_PREFIX = 0;
    // Candidates keep Lucene's order, closest first and the more frequent of equally close words first. Ranking by
    // frequency alone put "voor" before "voorraad" for "voorad"; the page offers all three, so the closest leads.

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final String FIELD = IndexSchema.TITLE_EXACT;

    private final SkillsmapIndex index;
    /** Configured once and shared: the checker keeps no state between calls. */
    private final DirectSpellChecker checker = new DirectSpellChecker();

    private final EnglishLabels english = new EnglishLabels();

    public SpellingService(SkillsmapIndex index) {
        this.index = index;
        checker.setMinPrefix(MIN_PREFIX);
        checker.setMinQueryLength(MIN_WORD_LENGTH);
    }

    /** Up to {@code limit} corrected texts, best first; none when every word is known or nothing close is. */
    public Spelling correct(String text, int limit) {
        RequestChecks checks = new RequestChecks();
        checks.text("q", text, 1, MAX_QUERY_LENGTH);
        checks.range("limit", limit, 1, MAX_LIMIT).done();
        IndexSnapshot snapshot = index.acquire();
        try {
            IndexReader reader = snapshot.searcher().getIndexReader();
            Analyzer folded = snapshot.analyzers().folded();
            List<MatchResult> words = WORD.matcher(text).results().toList();
            List<String> unknown = new ArrayList<>();
            List<List<String>> alternatives = new ArrayList<>();
            for (MatchResult word : words) {
                String term = fold(folded, word.group());
                List<String> options = List.of();
                if (term != null && term.length() >= MIN_WORD_LENGTH && reader.docFreq(new Term(FIELD, term)) == 0) {
                    unknown.add(word.group());
                    options = new ArrayList<>();
                    for (SuggestWord suggestion : checker.suggestSimilar(
                            new Term(FIELD, term), limit, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                        options.add(suggestion.string);
                    }
                }
                alternatives.add(options);
            }
            Set<String> suggestions = new LinkedHashSet<>(english.dutchLabels(snapshot.searcher(), text, limit));
            suggestions.addAll(corrections(text, words, alternatives, limit));
            return new Spelling(text, unknown, suggestions.stream().limit(limit).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vocabulary of " + snapshot.generation(), e);
        } finally {
            index.release(snapshot);
        }
    }

    /**
     * The i-th correction replaces every unknown word by its i-th alternative (or its last, when it has fewer), so
     * the first correction is the best guess for every word at once.
     */
    private static List<String> corrections(
            String text, List<MatchResult> words, List<List<String>> alternatives, int limit) {
        int most = alternatives.stream().mapToInt(List::size).max().orElse(0);
        Set<String> corrected = new LinkedHashSet<>();
        for (int rank = 0; rank < Math.min(most, limit); rank++) {
            StringBuilder out = new StringBuilder();
            int cursor = 0;
            for (int i = 0; i < words.size(); i++) {
                List<String> options = alternatives.get(i);
                if (options.isEmpty()) {
                    continue;
                }
                MatchResult word = words.get(i);
                out.append(text, cursor, word.start()).append(options.get(Math.min(rank, options.size() - 1)));
                cursor = word.end();
            }
            out.append(text.substring(cursor));
            corrected.add(out.toString().strip());
        }
        return List.copyOf(corrected);
    }

    /** The word as the field holds it (lower case, accents folded); null when the analyzer drops it. */
    private static String fold(Analyzer folded, String word) throws IOException {
        try (TokenStream tokens = folded.tokenStream(FIELD, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String first = tokens.incrementToken() ? term.toString() : null;
            tokens.end();
            return first;
        }
    }
}
