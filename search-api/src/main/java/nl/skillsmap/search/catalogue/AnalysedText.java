package nl.skillsmap.search.catalogue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A text read into words, with each term's words: a phrase word is compared only with the words that share one of
 * its terms, not with every word of the text.
 */
public final class AnalysedText {

    public static final AnalysedText EMPTY = new AnalysedText(List.of(), Map.of(), 0);

    private final List<Word> words;
    private final Map<String, int[]> wordsByTerm;
    private final int contentWords;

    private AnalysedText(List<Word> words, Map<String, int[]> wordsByTerm, int contentWords) {
        this.words = words;
        this.wordsByTerm = wordsByTerm;
        this.contentWords = contentWords;
    }

    /**
     * @param contentWords how many of the words are not stop words: what a phrase could match
     */
    public static AnalysedText of(List<Word> words, int contentWords) {
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            for (String term : words.get(i).terms()) {
                positions.computeIfAbsent(term, t -> new ArrayList<>(1)).add(i);
            }
        }
        Map<String, int[]> byTerm = new HashMap<>(positions.size() * 2);
        positions.forEach((term, at) ->
                byTerm.put(term, at.stream().mapToInt(Integer::intValue).toArray()));
        return new AnalysedText(List.copyOf(words), Map.copyOf(byTerm), contentWords);
    }

    public List<Word> words() {
        return words;
    }

    /** The terms of all words. */
    public Set<String> terms() {
        return wordsByTerm.keySet();
    }

    /** How many of the words are not stop words: what a phrase could match. */
    public int contentWords() {
        return contentWords;
    }

    /**
     * The positions of the words that hold one of {@code word}'s terms or synonym terms; empty when none does. Only
     * these can match {@code word}.
     */
    public BitSet wordsSharingAny(Word word) {
        BitSet at = new BitSet(words.size());
        mark(word.terms(), at);
        mark(word.synonyms(), at);
        return at;
    }

    private void mark(Set<String> terms, BitSet at) {
        for (String term : terms) {
            int[] positions = wordsByTerm.get(term);
            if (positions != null) {
                for (int p : positions) {
                    at.set(p);
                }
            }
        }
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
