package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.skillsmap.search.catalogue.Word;
import org.junit.jupiter.api.Test;

class SurfaceTermMatchClassifierTest {

    private final TermMatchClassifier classifier = new SurfaceTermMatchClassifier();

    @Test
    void theSameFoldedWordIsExact() {
        assertThat(classifier.classify(word("voorraad", "voorraad"), word("voorraad", "voorraad")))
                .contains(How.EXACT);
    }

    @Test
    void anotherFormOfTheWordIsAStemMatch() {
        assertThat(classifier.classify(word("klanten", "klant"), word("klant", "klant")))
                .contains(How.STEM);
        assertThat(classifier.classify(word("bestellen", "bestel"), word("bestelt", "bestel")))
                .contains(How.STEM);
    }

    @Test
    void aPartOfACompoundIsACompoundPartMatchOnEitherSide() {
        Word compound = word("voorraadbeleid", "voorraadbeleid", "voorraad", "beleid");

        assertThat(classifier.classify(compound, word("voorraad", "voorraad"))).contains(How.COMPOUND_PART);
        assertThat(classifier.classify(word("voorraad", "voorraad"), compound)).contains(How.COMPOUND_PART);
    }

    @Test
    void aCompoundWhoseModifierIsAsShortAsAnEndingIsStillACompoundPart() {
        // "menu" is four letters, as long as an ending ("-ende"), but it comes before the shared term, not after it.
        Word maps = word("kaarten", "kaart");
        Word menu = word("menukaart", "menukaart", "menu", "kaart");

        assertThat(classifier.classify(maps, menu)).contains(How.COMPOUND_PART);
        assertThat(classifier.classify(menu, maps)).contains(How.COMPOUND_PART);
        assertThat(classifier.classify(maps, word("kaart", "kaart"))).contains(How.STEM);
    }

    @Test
    void aPartThatHeadsOneCompoundButOnlyModifiesTheOtherIsNoMatch() {
        Word picking = word("orderpicken", "orderpick", "order", "pick");
        Word workOrder = word("werkorder", "werkorder", "werk", "order");

        assertThat(classifier.classify(picking, workOrder)).isEmpty();
        assertThat(classifier.classify(workOrder, picking)).isEmpty();
    }

    @Test
    void aPartThatPlaysTheSameRoleInBothCompoundsMatches() {
        Word handling = word("geldafhandeling", "geldafhandel", "geld", "afhandel");
        Word administration = word("geldadministratie", "geldadministratie", "geld", "administratie");
        Word stockPolicy = word("voorraadbeleid", "voorraadbeleid", "voorrad", "beleid");
        Word stockControl = word("voorraadbeheer", "voorraadbeher", "voorrad", "beher");

        assertThat(classifier.classify(handling, administration)).contains(How.COMPOUND_PART);
        assertThat(classifier.classify(stockPolicy, stockControl)).contains(How.COMPOUND_PART);
    }

    @Test
    void theHeadOfACompoundIsItsLastPart() {
        Word picking = word("orderpicken", "orderpick", "order", "pick");

        assertThat(SurfaceTermMatchClassifier.role("pick", picking)).isEqualTo(SurfaceTermMatchClassifier.Role.HEAD);
        assertThat(SurfaceTermMatchClassifier.role("order", picking))
                .isEqualTo(SurfaceTermMatchClassifier.Role.MODIFIER);
        assertThat(SurfaceTermMatchClassifier.role("orderpick", picking))
                .isEqualTo(SurfaceTermMatchClassifier.Role.WHOLE);
    }

    @Test
    void aTermOnlySynonymExpansionBroughtIsASynonymMatch() {
        Word cook = new Word("kok", Set.of("kok"), Set.of("kokkin"));

        assertThat(classifier.classify(cook, word("kokkin", "kokkin"))).contains(How.SYNONYM);
    }

    @Test
    void wordsSharingNoTermDoNotMatch() {
        assertThat(classifier.classify(word("kassa", "kassa"), word("klant", "klant")))
                .isEmpty();
    }

    private static Word word(String surface, String... terms) {
        return new Word(surface, Set.of(terms), Set.of());
    }
}
