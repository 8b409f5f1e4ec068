package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.skillsmap.search.catalogue.AnalysedText;
import nl.skillsmap.search.catalogue.Word;
import org.junit.jupiter.api.Test;

/** How a phrase is matched against a skill's short label ({@link WordMatcher#forLabels()}). */
class SkillLabelMatchTest {

    /** Term informativeness as in an index: rare objects weigh more than common verbs. */
    private static final Map<String, Double> IDF = Map.of(
            "muziekinstrument", 9.0,
            "muziek", 6.0,
            "instrument", 7.0,
            "landbouwmachin", 9.0,
            "landbouw", 7.0,
            "machin", 4.0,
            "onderhoud", 3.0,
            "controler", 2.0,
            "bespel", 6.0);

    private static final double CEILING = 10.0;

    private final WordMatcher labels = new WordMatcher(new SurfaceTermMatchClassifier()).forLabels();

    @Test
    void aWholeWordThatOnlyModifiesALabelsCompoundDoesNotSayIt() {
        WordMatcher.WeightedPhrase music = phrase(word("muziek", "muziek"));
        AnalysedText instruments = label(word("muziekinstrumenten", "muziekinstrument", "muziek", "instrument"));

        assertThat(labels.match(music, List.of(new WordMatcher.Field(instruments, 1.0)), IDF::get))
                .as("'muziek' says what the instruments are for, not what they are")
                .isEmpty();
        assertThat(new WordMatcher(new SurfaceTermMatchClassifier())
                        .match(music, List.of(new WordMatcher.Field(instruments, 1.0))))
                .as("work processes still match on a shared part")
                .isPresent();
    }

    @Test
    void theHeadOfALabelsCompoundSaysOnlyItsShareOfTheWord() {
        WordMatcher.WeightedPhrase phrase = phrase(word("machines", "machin"), word("onderhouden", "onderhoud"));
        AnalysedText label = label(
                word("landbouwmachines", "landbouwmachin", "landbouw", "machin"), word("onderhouden", "onderhoud"));

        WordMatcher.WordMatch match = labels.match(phrase, List.of(new WordMatcher.Field(label, 1.0)), IDF::get)
                .orElseThrow();

        // "machines" says 4/9 of "landbouwmachines" (a compound part, weight 0.7); "onderhouden" says all of its word.
        double expected = (9.0 * How.COMPOUND_PART.weight() * 4.0 / 9.0 + 3.0) / (9.0 + 3.0);
        assertThat(match.weightedCoverage()).isCloseTo(expected, within(1e-9));
        assertThat(match.coverage())
                .as("the unweighted share counts both words as said")
                .isEqualTo(1.0);
    }

    @Test
    void aLabelWhoseRareWordGoesUnsaidIsSaidOnlyByItsCommonWord() {
        WordMatcher.WeightedPhrase phrase = phrase(word("controleren", "controler"));
        AnalysedText label = label(word("instrumenten", "instrument"), word("controleren", "controler"));

        WordMatcher.WordMatch match = labels.match(phrase, List.of(new WordMatcher.Field(label, 1.0)), IDF::get)
                .orElseThrow();

        assertThat(match.coverage()).isEqualTo(0.5);
        assertThat(match.weightedCoverage()).isCloseTo(2.0 / 9.0, within(1e-9)).isLessThan(MatchPolicy.MIN_LABEL_SAID);
    }

    @Test
    void aWordNoDocumentHoldsStillCountsAsSaidByThePerson() {
        Word unknown = word("twistlocks", "twistlock");
        WordMatcher.WeightedPhrase phrase = phrase(unknown, word("controleren", "controler"));
        AnalysedText label = label(word("controleren", "controler"));

        WordMatcher.WordMatch ignoring = labels.match(phrase, List.of(new WordMatcher.Field(label, 1.0)), IDF::get)
                .orElseThrow();
        WordMatcher.WordMatch counting = labels.match(
                        phrase.unknownWordsAsRarest(), List.of(new WordMatcher.Field(label, 1.0)), IDF::get)
                .orElseThrow();

        assertThat(ignoring.strength()).as("the unknown word weighs nothing").isEqualTo(1.0);
        assertThat(counting.strength())
                .as("counted as the rarest word, it is most of what was said")
                .isCloseTo(2.0 / (2.0 + CEILING), within(0.001));
        assertThat(Math.sqrt(counting.strength() * counting.weightedCoverage()))
                .isLessThan(MatchPolicy.MIN_SKILL_MATCH);
    }

    /** A phrase whose words weigh their rarest term's informativeness; a word with no known term weighs 0. */
    private static WordMatcher.WeightedPhrase phrase(Word... words) {
        double[] weights = new double[words.length];
        for (int i = 0; i < words.length; i++) {
            for (String term : words[i].terms()) {
                weights[i] = Math.max(weights[i], IDF.getOrDefault(term, 0.0));
            }
        }
        return new WordMatcher.WeightedPhrase(List.of(words), weights, IDF, CEILING);
    }

    private static AnalysedText label(Word... words) {
        return AnalysedText.of(List.of(words), words.length);
    }

    private static Word word(String surface, String... terms) {
        return new Word(surface, Set.of(terms), Set.of());
    }
}
