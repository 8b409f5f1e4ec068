package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The head of a compound (its last part) is told from its modifiers, so a matcher can see that "orderpicken"
 * (picking) and "werkorder" (an order) share only a word in different roles.
 */
class CompoundHeadTest {

    private final AnalyzerFactory analyzers = new AnalyzerFactory(new AnalysisResources(
            new TreeSet<>(List.of(
                    "order",
                    "picken",
                    "werk",
                    "paard",
                    "rijden",
                    "heftruck",
                    "voorraad",
                    "beheer",
                    "klant",
                    "contact",
                    "geld",
                    "afhandeling")),
            List.of()));

    @Test
    void theLastPartOfACompoundIsItsHeadAndTheOthersModifyIt() {
        assertThat(parts("orderpicken")).containsExactly("+order", "*pick");
        assertThat(parts("werkorder")).containsExactly("+werk", "*order");
        assertThat(parts("voorraadbeheer")).containsExactly("+voorrad", "*beher");
        assertThat(parts("klantcontact")).containsExactly("+klant", "*contact");
        assertThat(parts("geldafhandeling")).containsExactly("+geld", "*afhandel");
        assertThat(parts("paardrijden")).containsExactly("+paard", "*rijd");
    }

    @Test
    void orderpickenAndWerkorderShareOrderOnlyAsModifierAgainstHead() {
        List<String> picking = parts("orderpicken");
        List<String> workOrder = parts("werkorder");
        assertThat(picking).contains("+order").doesNotContain("*order");
        assertThat(workOrder).contains("*order").doesNotContain("+order");
    }

    @Test
    void aHeftruckIsNeverReadAsAHorse() {
        assertThat(TokenStreamAssert.terms(analyzers.dutch(), "heftruck rijden"))
                .doesNotContain("paard")
                .containsExactly("heftruck", "rijd");
    }

    @Test
    void aWordThatIsNoCompoundCarriesNoHeadFlag() {
        assertThat(TokenStreamAssert.analyze(analyzers.dutch(), "klant controleert"))
                .allSatisfy(token ->
                        assertThat(token.flags() & TokenTypes.COMPOUND_HEAD).isZero());
    }

    /** The compound parts of a word as the golden files write them: "+" a modifier, "*" the head. */
    private List<String> parts(String word) {
        return TokenStreamAssert.analyze(analyzers.dutch(), word).stream()
                .filter(token -> TokenTypes.COMPOUND_PART.equals(token.type()))
                .map(token -> ((token.flags() & TokenTypes.COMPOUND_HEAD) != 0 ? "*" : "+") + token.term())
                .toList();
    }
}
