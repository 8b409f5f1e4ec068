package nl.skillsmap.search.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.testing.FixtureIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FixtureIndex.class)
class SpellingServiceTest {

    private static SpellingService spelling;

    @BeforeAll
    static void openFixtureIndex(SkillsmapIndex fixture) {
        spelling = new SpellingService(fixture);
    }

    @Test
    void aMistypedWordIsCorrectedToAWordOfTheIndexsTitles() {
        Spelling answer = spelling.correct("voorad", 3);

        assertThat(answer.unknown()).containsExactly("voorad");
        assertThat(answer.suggestions()).contains("voorraad");
    }

    @Test
    void onlyTheUnknownWordOfAPhraseChangesAndTheRestStaysAsTyped() {
        Spelling answer = spelling.correct("Kasa bedienen", 3);

        assertThat(answer.unknown()).containsExactly("Kasa");
        assertThat(answer.suggestions()).first().isEqualTo("kassa bedienen");
    }

    @Test
    void aTextOfKnownWordsNeedsNoCorrection() {
        Spelling answer = spelling.correct("kassa bedienen", 3);

        assertThat(answer.unknown()).isEmpty();
        assertThat(answer.suggestions()).isEmpty();
    }

    @Test
    void shortWordsAndWordsFarFromEveryKnownWordAreLeftAlone() {
        assertThat(spelling.correct("a", 3).suggestions()).isEmpty();
        assertThat(spelling.correct("qwzx vrrkt", 3).suggestions()).isEmpty();
    }

    @Test
    void noMoreCorrectionsThanAskedFor() {
        assertThat(spelling.correct("voorad", 1).suggestions()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void anEnglishJobTitleIsAnsweredWithTheDutchLabelOfTheSameEscoOccupation() {
        assertThat(spelling.correct("warehouse worker", 3).suggestions())
                .first()
                .isEqualTo("magazijnmedewerker");
        assertThat(spelling.correct("  Warehouse   Operative ", 3).suggestions())
                .first()
                .isEqualTo("magazijnmedewerker");
    }

    @Test
    void anEnglishSkillLabelLeadsToTheDutchSkillAndAPartOfALabelLeadsNowhere() {
        assertThat(spelling.correct("use a till", 3).suggestions()).first().isEqualTo("kassa bedienen");
        assertThat(spelling.correct("warehouse", 3).suggestions()).doesNotContain("magazijnmedewerker");
    }
}
