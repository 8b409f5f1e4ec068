package nl.skillsmap.search.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalysedTextTest {

    private static Word word(String surface, String... terms) {
        return new Word(surface, Set.of(terms), Set.of());
    }

    private final AnalysedText text = AnalysedText.of(
            List.of(
                    word("sluit", "sluit"),
                    word("kassa", "kassa"),
                    word("af", "af"),
                    word("geldafhandeling", "geldafhandel", "geld", "afhandel"),
                    word("geld", "geld")),
            5);

    @Test
    void findsEveryWordHoldingOneOfTheTermsInTextOrder() {
        assertThat(text.wordsSharingAny(word("geld", "geld")).stream().toArray())
                .containsExactly(3, 4);
    }

    @Test
    void findsWordsThroughSynonymTermsToo() {
        Word afrekenen = new Word("afrekenen", Set.of("afreken"), Set.of("kassa"));

        assertThat(text.wordsSharingAny(afrekenen).stream().toArray()).containsExactly(1);
    }

    @Test
    void findsNothingForAWordThatSharesNoTerm() {
        assertThat(text.wordsSharingAny(word("voorraad", "voorrad")).isEmpty()).isTrue();
        assertThat(AnalysedText.EMPTY.wordsSharingAny(word("geld", "geld")).isEmpty())
                .isTrue();
    }

    @Test
    void keepsTheTermsOfAllWords() {
        assertThat(text.terms()).containsExactlyInAnyOrder("sluit", "kassa", "af", "geldafhandel", "geld", "afhandel");
        assertThat(text.contentWords()).isEqualTo(5);
    }
}
