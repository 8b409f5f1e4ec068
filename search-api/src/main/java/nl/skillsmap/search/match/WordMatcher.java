package nl.skillsmap.search.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
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

    /**
     * A matcher for the short labels of skills: a part of a compound says a label's word only when it is that word's
     * head (its last part) or the word itself. A skill is named by a few words, each about its head: "muziek" does
     * not say "muziekinstrumenten", while "machines" says part of "landbouwmachines". A part of the phrase's own
     * compound may still say a label word ("voorraadbeleid" says "voorraden" in part), earning the share of the
     * phrase word it carries.
     */
    WordMatcher forLabels() {
        return new WordMatcher(new HeadsOnly(classifier));
    }

    /** Drops compound-part matches where the shared term only modifies the document's word. */
    private record HeadsOnly(TermMatchClassifier inner) implements TermMatchClassifier {
        @Override
        public Optional<How> classify(Word query, Word document) {
            Optional<How> how = inner.classify(query, document);
            if (how.isPresent() && how.get() == How.COMPOUND_PART) {
                String shared = SurfaceTermMatchClassifier.longestShared(query, document);
                if (shared != null
                        && SurfaceTermMatchClassifier.role(shared, document)
                                == SurfaceTermMatchClassifier.Role.MODIFIER) {
                    return Optional.empty();
                }
            }
            return how;
        }
    }

    /** A document text and how much a word found in it counts. */
    record Field(AnalysedText text, double weight) {}

    /**
     * A phrase's content words with their weights (the informativeness of the word itself: its rarest term) and
     * the informativeness of each of their terms, so matching a part of a compound earns the share of the word
     * that part carries ("voorraad" more of "voorraadbeleid" than "beleid").
     */
    record WeightedPhrase(List<Word> words, double[] weights, Map<String, Double> termWeights, double ceiling) {

        /**
         * The rarity ({@link SameWork.Signals#rarity()}) of a word that {@link MatchPolicy#COMMON_WORD_SHARE} of the
         * documents say: below it, a word is common. The ceiling is the weight of a word no document says, so the
         * document count it stands for is e^ceiling - 1.
         */
        double commonRarity() {
            double documents = Math.expm1(ceiling);
            return ceiling <= 0
                    ? 0
                    : Math.log(1.0 + documents / (1.0 + MatchPolicy.COMMON_WORD_SHARE * documents)) / ceiling;
        }

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

        /**
         * The same phrase with each word no document holds weighing as the rarest word can: a word nothing says is
         * still part of what the person said, and often its most specific part ("twistlocks"), so a short label that
         * says only the rest does not say the phrase.
         */
        WeightedPhrase unknownWordsAsRarest() {
            double[] all = weights.clone();
            for (int i = 0; i < all.length; i++) {
                if (all[i] <= 0) {
                    all[i] = ceiling;
                }
            }
            return new WeightedPhrase(words, all, termWeights, ceiling);
        }

        /** The phrase of only the words at {@code positions}, each weighing as it does in this one. */
        WeightedPhrase only(BitSet positions) {
            List<Word> kept = new ArrayList<>(positions.cardinality());
            double[] keptWeights = new double[positions.cardinality()];
            for (int i = positions.nextSetBit(0); i >= 0; i = positions.nextSetBit(i + 1)) {
                keptWeights[kept.size()] = weights[i];
                kept.add(words.get(i));
            }
            return new WeightedPhrase(kept, keptWeights, termWeights, ceiling);
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
     * @param weightedCoverage as coverage, each content word of the field weighing its informativeness (given by the
     *                     caller; the plain share when none is given)
     * @param saidWords    the positions in the phrase of the words that matched
     * @param wholeWords   those of them whose best match (the one the strength counts) is the word itself or a form
     *                     of it ({@link How#STEM} or surer), not a part of a compound: where the title shares only a
     *                     part ("groepsgerichte" for "groepen") while the description says the word, the part decides
     */
    record WordMatch(
            double strength,
            How how,
            List<String> matchedTerms,
            double coverage,
            double rarest,
            double wordShare,
            double firstStrength,
            double firstWordShare,
            double weightedCoverage,
            BitSet saidWords,
            BitSet wholeWords) {}

    Optional<WordMatch> match(WeightedPhrase phrase, List<Field> fields) {
        return match(phrase, fields, null);
    }

    /**
     * @param termWeight the informativeness of a document's term, for {@link WordMatch#weightedCoverage()}: a word
     *                   weighs its rarest term, and a match earns the share of the word its shared term carries; null
     *                   to weigh every content word alike
     */
    Optional<WordMatch> match(WeightedPhrase phrase, List<Field> fields, ToDoubleFunction<String> termWeight) {
        double total = phrase.totalWeight();
        if (total <= 0) {
            return Optional.empty();
        }
        double matched = 0;
        double rarest = 0;
        BitSet saidWords = new BitSet(phrase.words().size());
        BitSet wholeWords = new BitSet(phrase.words().size());
        double firstMatched = 0;
        int firstWords = 0;
        How weakest = null;
        Set<String> terms = new LinkedHashSet<>();
        List<BitSet> matchedWords = new ArrayList<>(fields.size());
        fields.forEach(f -> matchedWords.add(new BitSet()));
        List<double[]> said = new ArrayList<>(fields.size());
        fields.forEach(f -> said.add(new double[f.text().words().size()]));
        for (int i = 0; i < phrase.words().size(); i++) {
            Word query = phrase.words().get(i);
            double best = 0;
            double bestFirst = 0;
            How bestHow = null;
            String bestWord = null;
            for (int f = 0; f < fields.size(); f++) {
                Field field = fields.get(f);
                // The other words share no term with the query word, so they cannot match it.
                BitSet sharing = field.text().wordsSharingAny(query);
                List<Word> documentWords = field.text().words();
                for (int d = sharing.nextSetBit(0); d >= 0; d = sharing.nextSetBit(d + 1)) {
                    Word document = documentWords.get(d);
                    Optional<How> how = classifier.classify(query, document);
                    if (how.isPresent()) {
                        matchedWords.get(f).set(d);
                        if (termWeight != null) {
                            double[] credit = said.get(f);
                            credit[d] = Math.max(credit[d], how.get().weight() * said(query, document, termWeight));
                        }
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
                saidWords.set(i);
                wholeWords.set(i, bestHow.ordinal() <= How.STEM.ordinal());
                weakest = weakest == null || bestHow.ordinal() > weakest.ordinal() ? bestHow : weakest;
                terms.add(bestWord);
            }
        }
        if (weakest == null) {
            return Optional.empty();
        }
        double coverage = 0;
        double weightedCoverage = 0;
        for (int f = 0; f < fields.size(); f++) {
            int content = fields.get(f).text().contentWords();
            if (content > 0) {
                double share = Math.min(1.0, (double) matchedWords.get(f).cardinality() / content);
                coverage = Math.max(coverage, share);
                weightedCoverage = Math.max(
                        weightedCoverage,
                        termWeight == null ? share : weightedShare(fields.get(f).text(), said.get(f), termWeight));
            }
        }
        return Optional.of(new WordMatch(
                Evidence.round(matched / total),
                weakest,
                List.copyOf(terms),
                coverage,
                rarest,
                (double) saidWords.cardinality() / phrase.informativeWords(),
                Evidence.round(firstMatched / total),
                (double) firstWords / phrase.informativeWords(),
                weightedCoverage,
                saidWords,
                wholeWords));
    }

    /** The share of a text's word weight that the phrase says, each word credited as far as it is said. */
    private static double weightedShare(AnalysedText text, double[] said, ToDoubleFunction<String> termWeight) {
        double all = 0;
        double credited = 0;
        for (int d = 0; d < text.words().size(); d++) {
            double w = wordWeight(text.words().get(d), termWeight);
            all += w;
            credited += w * said[d];
        }
        return all <= 0 ? 0 : Math.min(1.0, credited / all);
    }

    private static double wordWeight(Word word, ToDoubleFunction<String> termWeight) {
        double best = 0;
        for (String term : word.terms()) {
            best = Math.max(best, termWeight.applyAsDouble(term));
        }
        return best;
    }

    /**
     * How much of a document word the query word says: the share of its weight that the most informative term they
     * share carries (1 for the same word or another form of it).
     */
    private static double said(Word query, Word document, ToDoubleFunction<String> termWeight) {
        double weight = wordWeight(document, termWeight);
        if (weight <= 0) {
            return 0;
        }
        double best = 0;
        for (String term : document.terms()) {
            if (query.terms().contains(term) || query.synonyms().contains(term)) {
                best = Math.max(best, termWeight.applyAsDouble(term));
            }
        }
        return Math.min(1.0, best / weight);
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
