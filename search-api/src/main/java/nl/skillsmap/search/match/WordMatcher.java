package nl.skillsmap.search.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.skillsmap.search.catalogue.AnalysedText;
import nl.skillsmap.search.catalogue.Word;

/**
 * Measures how much of a phrase a document says: per content word the best match over the document's fields
 * (how it matched x where x how much of the word the shared term carries), weighted by the word's
 * informativeness; see {@link MatchPolicy}. Thread-safe.
 */
final class WordMatcher {

    private final TermMatchClassifier classifier;

    WordMatcher(TermMatchClassifier classifier) {
        this.classifier = classifier;
    }

    /** A document text and how much a word found in it counts. */
    record Field(AnalysedText text, double weight) {}

    /**
     * A phrase's content words with their weights (the informativeness of the word itself: its rarest term) and
     * the informativeness of each of their terms, so matching a part of a compound earns the share of the word
     * that part carries ("voorraad" more of "voorraadbeleid" than "beleid").
     */
    record WeightedPhrase(List<Word> words, double[] weights, Map<String, Double> termWeights, double ceiling) {

        /** How many words weigh anything. */
        int informativeWords() {
            int n = 0;
            for (double w : weights) {
                n += w > 0 ? 1 : 0;
            }
            return Math.max(1, n);
        }

        /** The weight of the phrase's rarest word. */
        double rarest() {
            double rarest = 0;
            for (double w : weights) {
                rarest = Math.max(rarest, w);
            }
            return rarest;
        }

        double totalWeight() {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            return total;
        }

        List<String> terms() {
            List<String> terms = new ArrayList<>();
            for (Word w : words) {
                terms.addAll(w.terms());
                terms.addAll(w.synonyms());
            }
            return terms;
        }
    }

    /**
     * @param strength     0..1, see {@link MatchPolicy}
     * @param how          the weakest way any matched word matched: what the match as a whole rests on
     * @param matchedTerms the document's words that matched, as written (folded)
     * @param coverage     the largest share of one field's content words that the phrase matched: how much of a
     *                     skill's label the phrase says
     * @param rarest       the weight (informativeness) of the rarest phrase word that matched
     * @param wordShare    share of the phrase's informative words (weight above 0) that matched, each counted once
     * @param firstStrength the strength over the first field alone (a work process's title)
     * @param firstWordShare the word share over the first field alone
     */
    record WordMatch(
            double strength,
            How how,
            List<String> matchedTerms,
            double coverage,
            double rarest,
            double wordShare,
            double firstStrength,
            double firstWordShare) {}

    Optional<WordMatch> match(WeightedPhrase phrase, List<Field> fields) {
        double total = phrase.totalWeight();
        if (total <= 0) {
            return Optional.empty();
        }
        double matched = 0;
        double rarest = 0;
        int wordsMatched = 0;
        double firstMatched = 0;
        int firstWords = 0;
        How weakest = null;
        Set<String> terms = new LinkedHashSet<>();
        List<BitSet> matchedWords = new ArrayList<>(fields.size());
        fields.forEach(f -> matchedWords.add(new BitSet()));
        for (int i = 0; i < phrase.words().size(); i++) {
            Word query = phrase.words().get(i);
            double best = 0;
            double bestFirst = 0;
            How bestHow = null;
            String bestWord = null;
            for (int f = 0; f < fields.size(); f++) {
                Field field = fields.get(f);
                if (!query.sharesAny(field.text().terms())) {
                    continue;
                }
                List<Word> documentWords = field.text().words();
                for (int d = 0; d < documentWords.size(); d++) {
                    Word document = documentWords.get(d);
                    Optional<How> how = classifier.classify(query, document);
                    if (how.isPresent()) {
                        matchedWords.get(f).set(d);
                    }
                    double credit =
                            how.isPresent() ? how.get().weight() * field.weight() * share(phrase, i, document) : 0;
                    if (f == 0 && credit > bestFirst) {
                        bestFirst = credit;
                    }
                    if (credit > best) {
                        best = credit;
                        bestHow = how.get();
                        bestWord = document.surface();
                    }
                }
            }
            if (bestFirst > 0) {
                firstMatched += phrase.weights()[i] * bestFirst;
                firstWords += phrase.weights()[i] > 0 ? 1 : 0;
            }
            if (bestHow != null) {
                matched += phrase.weights()[i] * best;
                rarest = Math.max(rarest, phrase.weights()[i]);
                wordsMatched += phrase.weights()[i] > 0 ? 1 : 0;
                weakest = weakest == null || bestHow.ordinal() > weakest.ordinal() ? bestHow : weakest;
                terms.add(bestWord);
            }
        }
        if (weakest == null) {
            return Optional.empty();
        }
        double coverage = 0;
        for (int f = 0; f < fields.size(); f++) {
            int content = fields.get(f).text().contentWords();
            if (content > 0) {
                coverage = Math.max(
                        coverage, Math.min(1.0, (double) matchedWords.get(f).cardinality() / content));
            }
        }
        return Optional.of(new WordMatch(
                Evidence.round(matched / total),
                weakest,
                List.copyOf(terms),
                coverage,
                rarest,
                (double) wordsMatched / phrase.informativeWords(),
                Evidence.round(firstMatched / total),
                (double) firstWords / phrase.informativeWords()));
    }

    /** How much of query word {@code i} the most informative term it shares with the document word carries. */
    private static double share(WeightedPhrase phrase, int i, Word document) {
        double weight = phrase.weights()[i];
        if (weight <= 0) {
            return 0;
        }
        Word query = phrase.words().get(i);
        double best = 0;
        for (String term : query.terms()) {
            if (document.terms().contains(term)) {
                best = Math.max(best, phrase.termWeights().getOrDefault(term, 0.0));
            }
        }
        for (String term : query.synonyms()) {
            if (document.terms().contains(term)) {
                best = Math.max(best, phrase.termWeights().getOrDefault(term, 0.0));
            }
        }
        return Math.min(1.0, best / weight);
    }
}
