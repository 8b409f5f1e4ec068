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

    /**
     * "gegeven" and "verwerk" are both the longest terms "gegevensverwerking" and "gegevensverwerkingstechnieken"
     * share: the one nearest the end of the query word decides, and "verwerk" heads "gegevensverwerking" but only
     * modifies "gegevensverwerkingstechnieken" (while "gegeven" modifies both). Taking the first one the word's set of
     * terms gave made this a match in some starts of the JVM and none in others, since that order changes with every
     * start.
     */
    @Test
    void ofEquallyLongSharedPartsTheOneNearestTheHeadOfTheQueryWordDecides() {
        Word processing = word("gegevensverwerking", "gegevensverwerk", "gegeven", "verwerk");
        Word techniques = word(
                "gegevensverwerkingstechnieken",
                "gegevensverwerkingstechniek",
                "gegeven",
                "verwerk",
                "verwerkingstechniek",
                "techniek");

        assertThat(classifier.classify(processing, techniques)).isEmpty();
        assertThat(classifier.classify(techniques, processing)).isEmpty();
    }

    /**
     * The same for a dozen compounds of two equally long parts against a longer compound in which both are
     * modifiers: were the first part found to decide, about half of them would match in any one start of the JVM.
     */
    @Test
    void aTieBetweenSharedPartsIsDecidedAlikeInEveryRun() {
        String[][] compounds = {
            {"melk", "kast"}, {"deur", "slot"}, {"vloer", "kleed"}, {"brood", "plank"}, {"koffie", "filter"},
            {"fiets", "stuur"}, {"boom", "stam"}, {"olie", "pomp"}, {"land", "bouw"}, {"zeil", "boot"},
            {"hand", "doek"}, {"huis", "deur"}
        };
        for (String[] parts : compounds) {
            String modifier = parts[0];
            String head = parts[1];
            Word query = word(modifier + head, modifier + head, modifier, head);
            String longer = "nieuw" + modifier + head + "beheer";
            Word document = word(longer, "nieuw" + modifier + head + "beher", "nieuw", modifier, head, "beher");

            assertThat(classifier.classify(query, document)).as(query.surface()).isEmpty();
        }
    }

    /**
     * A term that starts one of a word's two equally long longest terms is a form of the word, not a part of it,
     * whichever of the two the word's set of terms gives first.
     */
    @Test
    void aTermStartingOneOfTwoEquallyLongLongestTermsIsTheWholeWord() {
        String[][] words = {
            {"werken", "werk", "werke", "erken"},
            {"lopen", "lop", "lope", "open"},
            {"kleuren", "kleur", "kleure", "leuren"},
            {"bakken", "bak", "bakk", "akke"},
            {"verven", "verv", "verve", "erven"},
            {"zagen", "zag", "zage", "agen"}
        };
        for (String[] w : words) {
            assertThat(SurfaceTermMatchClassifier.role(w[1], word(w[0], w[1], w[2], w[3])))
                    .as(w[0])
                    .isEqualTo(SurfaceTermMatchClassifier.Role.WHOLE);
        }
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
