package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a word becomes common: {@link MatchPolicy#COMMON_WORD_SHARE} of the titles, read off a phrase's weights. */
class CommonWordTest {

    private static final int TITLES = 20_000;
    private static final double CEILING = Math.log(1.0 + TITLES);

    @Test
    void aWordInMoreThanTheCommonShareOfTitlesIsCommonAndOneInFewerIsNot() {
        WordMatcher.WeightedPhrase phrase = new WordMatcher.WeightedPhrase(List.of(), new double[0], Map.of(), CEILING);

        assertThat(rarity(TITLES * MatchPolicy.COMMON_WORD_SHARE)).isCloseTo(phrase.commonRarity(), within(1e-9));
        assertThat(rarity(TITLES * MatchPolicy.COMMON_WORD_SHARE * 2))
                .as("a word twice as frequent")
                .isLessThan(phrase.commonRarity());
        assertThat(rarity(TITLES * MatchPolicy.COMMON_WORD_SHARE / 2))
                .as("a word half as frequent")
                .isGreaterThan(phrase.commonRarity());
    }

    @Test
    void withoutDocumentsNoWordIsCommon() {
        assertThat(new WordMatcher.WeightedPhrase(List.of(), new double[0], Map.of(), 0).commonRarity())
                .isZero();
    }

    /** A word's weight as the index gives it (inverse document frequency), as a share of the ceiling. */
    private static double rarity(double documentFrequency) {
        return Math.log(1.0 + TITLES / (1.0 + documentFrequency)) / CEILING;
    }
}
