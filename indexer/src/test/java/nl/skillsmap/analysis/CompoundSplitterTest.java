package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

class CompoundSplitterTest {

    private final CompoundSplitter splitter = new CompoundSplitter(new CharArraySet(
            List.of(
                    "voorraad",
                    "beheer",
                    "klant",
                    "klanten",
                    "contact",
                    "bedrijf",
                    "leider",
                    "verkoop",
                    "medewerker",
                    "bestel",
                    "voorstel",
                    "systeem",
                    "raad",
                    "onderneming",
                    "recht",
                    "rechtbank",
                    "bank",
                    "manager",
                    "kok",
                    "chef",
                    "service",
                    "voorraadbeheer"),
            false));

    private List<String> parts(String word) {
        return splitter.split(word).stream().map(CompoundSplitter.Part::word).toList();
    }

    @Test
    void splitsACompoundIntoTheWordsItIsMadeOf() {
        assertThat(parts("klantcontact")).containsExactly("klant", "contact");
    }

    @Test
    void splitsAWordThatIsItselfInTheDictionary() {
        assertThat(parts("voorraadbeheer")).containsExactly("voorraad", "beheer");
    }

    @Test
    void skipsTheLinkingSBetweenParts() {
        assertThat(parts("bedrijfsleider")).containsExactly("bedrijf", "leider");
        assertThat(parts("verkoopsmedewerker")).containsExactly("verkoop", "medewerker");
    }

    @Test
    void acceptsAPluralEndingWithConsonantDoublingAfterTheLastPart() {
        assertThat(parts("bestelvoorstellen")).containsExactly("bestel", "voorstel");
        List<CompoundSplitter.Part> split = splitter.split("bestelvoorstellen");
        assertThat(split.get(1).start()).isEqualTo(6);
        assertThat(split.get(1).end()).isEqualTo(14);
    }

    @Test
    void takesNoPartThatLeavesTheRestOfTheWordUncovered() {
        // "raad" is in the dictionary, but "voor" is not: the word stays whole, no council in the stock.
        assertThat(parts("voorraad")).isEmpty();
        assertThat(parts("voorraadbeheer")).doesNotContain("raad");
    }

    @Test
    void splitsNestedCompoundsAgain() {
        assertThat(parts("voorraadbeheersysteem")).containsExactly("voorraadbeheer", "voorraad", "beheer", "systeem");
    }

    @Test
    void prefersTheFewestPartsAndThenTheLeftNestedReading() {
        assertThat(parts("rechtbankmanager")).containsExactly("rechtbank", "recht", "bank", "manager");
    }

    @Test
    void prefersAWholePartOverALinkingElement() {
        assertThat(parts("klantenservice")).containsExactly("klanten", "service");
    }

    @Test
    void takesNoPartsShorterThanFourLetters() {
        assertThat(parts("chefkok")).isEmpty();
    }

    @Test
    void leavesWordsWithDigitsAndShortWordsAlone() {
        assertThat(parts("klant2contact")).isEmpty();
        assertThat(parts("klant")).isEmpty();
    }

    @Test
    void leavesAWordWithAnUnknownRestAlone() {
        assertThat(parts("klantvriendelijk")).isEmpty();
    }
}
