package nl.skillsmap.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DutchLexiconTest {

    private final DutchLexicon lexicon = DutchLexicon.bundled();

    @Test
    void thirdPersonVerbsGiveTheirInfinitive() {
        assertThat(lexicon.lemmas("knipt")).containsExactly("knippen");
        assertThat(lexicon.lemmas("controleert")).containsExactly("controleren");
        assertThat(lexicon.lemmas("neemt")).containsExactly("nemen");
    }

    @Test
    void pluralNounsGiveTheirSingular() {
        assertThat(lexicon.lemmas("klanten")).containsExactly("klant");
        assertThat(lexicon.lemmas("werkzaamheden")).containsExactly("werkzaamheid");
        assertThat(lexicon.lemmas("heftrucks")).containsExactly("heftruck");
    }

    @Test
    void aWordThatIsALemmaItselfGetsNoOtherReading() {
        assertThat(lexicon.lemmas("gast")).as("not also a form of 'gassen'").isEmpty();
        assertThat(lexicon.lemmas("gezond")).as("not also a participle of 'zonnen'").isEmpty();
        assertThat(lexicon.lemmas("controleren")).isEmpty();
    }

    @Test
    void pastTensesAreNotReadAsFormsOfAnotherVerb() {
        assertThat(lexicon.lemmas("gasten")).contains("gast").doesNotContain("gassen");
    }

    @Test
    void numeralsAndWordsTheDictionaryDoesNotKnowGiveNoLemma() {
        assertThat(lexicon.lemmas("eerste")).as("a numeral, not a form of 'een'").isEmpty();
        assertThat(lexicon.lemmas("qwzx")).isEmpty();
        assertThat(lexicon.knows("qwzx")).isFalse();
    }

    @Test
    void aFoldedWordIsFoundUnderItsAccentedSpellingAndItsLemmaComesBackFolded() {
        assertThat(lexicon.knows("coordinator")).isTrue();
        assertThat(lexicon.knows("cafe")).isTrue();
        assertThat(lexicon.lemmas("patienten")).containsExactly("patient");
    }

    @Test
    void accentedSpellingsPutOneDiaeresisOnTheSecondVowelOfAPairOrAnAcuteOnAFinalE() {
        assertThat(DutchLexicon.accentedSpellings("coordinator")).containsExactly("coördinator");
        assertThat(DutchLexicon.accentedSpellings("cafe")).containsExactly("café");
        assertThat(DutchLexicon.accentedSpellings("kassa")).isEmpty();
    }
}
