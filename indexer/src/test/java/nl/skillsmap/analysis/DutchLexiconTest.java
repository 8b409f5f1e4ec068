package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DutchLexiconTest {

    private final DutchLexicon lexicon = DutchLexicon.bundled();

    @Test
    void verbFormsGiveTheirInfinitive() {
        assertThat(lexicon.lemmas("knipt")).containsExactly("knippen");
        assertThat(lexicon.lemmas("controleert")).containsExactly("controleren");
        assertThat(lexicon.lemmas("telt")).containsExactly("tellen");
        assertThat(lexicon.lemmas("geteeld")).containsExactly("telen");
    }

    @Test
    void nounLemmasReadAWordOnlyAsANoun() {
        assertThat(lexicon.nounLemmas("fietsen")).containsExactly("fiets");
        assertThat(lexicon.nounLemmas("bestraten")).isEmpty();
        assertThat(lexicon.lemmasOnce("bestraten")).containsExactly("bestraten");
        assertThat(lexicon.lemmasOnce("knipt")).isEqualTo(lexicon.lemmas("knipt"));
    }

    @Test
    void aWordMayNameAThingWhenItCanBeANounOrIsUnknownAndMayBeAVerbWhateverElseItIs() {
        assertThat(lexicon.canBeNoun("Vlechten")).as("the plural of 'vlecht'").isTrue();
        assertThat(lexicon.canBeVerb("Vlechten")).isTrue();
        assertThat(lexicon.canBeNoun("metselen")).isFalse();
        assertThat(lexicon.canBeNoun("trombosedienstxyz"))
                .as("a word the dictionary does not know")
                .isTrue();
        assertThat(lexicon.canBeVerb("kassa")).isFalse();
        assertThat(lexicon.canBeVerb("fietsen")).as("'fietsen' is a verb too").isTrue();
    }

    @Test
    void aWordIsAmongItsOwnLemmasWhenItIsALemma() {
        assertThat(lexicon.lemmas("teelt")).containsExactly("teelt", "telen");
        assertThat(lexicon.lemmas("haren")).contains("haren", "haar");
        assertThat(lexicon.lemmas("klanten")).containsExactly("klant");
    }

    @Test
    void formsOfDifferentLemmasAreToldApartAndFormsOfOneAreNot() {
        assertThat(lexicon.differentLemmas("telen", "tellen")).isTrue();
        assertThat(lexicon.differentLemmas("taken", "takken")).isTrue();
        assertThat(lexicon.differentLemmas("tel", "tellen")).isFalse();
        assertThat(lexicon.differentLemmas("haar", "haren")).isFalse();
        assertThat(lexicon.differentLemmas("plan", "plannen")).isFalse();
        assertThat(lexicon.differentLemmas("qwzx", "tellen"))
                .as("an unknown word is of no other lemma")
                .isFalse();
    }

    @Test
    void pastTensesNumeralsAndPronounsGiveNoLemma() {
        assertThat(lexicon.lemmas("zeten")).as("a past tense of 'zitten'").isEmpty();
        assertThat(lexicon.lemmas("haar")).as("not also the pronoun 'zij'").doesNotContain("zij");
        assertThat(lexicon.lemmas("qwzx")).isEmpty();
    }

    @Test
    void aFoldedWordIsFoundUnderItsAccentedSpellingAndItsLemmaComesBackFolded() {
        assertThat(lexicon.lemmas("patienten")).containsExactly("patient");
        assertThat(lexicon.lemmas("cafe")).contains("cafe");
    }

    @Test
    void accentedSpellingsPutOneDiaeresisOnTheSecondVowelOfAPairOrAnAcuteOnAFinalE() {
        assertThat(DutchLexicon.accentedSpellings("coordinator")).containsExactly("coördinator");
        assertThat(DutchLexicon.accentedSpellings("cafe")).containsExactly("café");
        assertThat(DutchLexicon.accentedSpellings("kassa")).isEmpty();
    }
}
