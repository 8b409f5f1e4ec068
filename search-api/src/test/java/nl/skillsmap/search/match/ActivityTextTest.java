package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.skillsmap.search.ValidationException;
import org.junit.jupiter.api.Test;

/** A pasted text read as the activities it names; a phrase as it is. */
class ActivityTextTest {

    private static final int MAX = MatchRequest.MAX_ACTIVITY_LENGTH;

    @Test
    void aPhraseStaysWholeCommasAndAll() {
        assertThat(ActivityText.activities("activities[0]", "  mijn zoon wassen,  aankleden en eten geven ", MAX))
                .containsExactly("mijn zoon wassen, aankleden en eten geven");
    }

    @Test
    void aParagraphIsOneActivityPerSentenceAndAbbreviationsEndNone() {
        String cv = "Ik werk als kassamedewerker bij een supermarkt. Ik help o.a. klanten bij de zelfscan en doe "
                + "bijv. de dagafsluiting. Ook vul ik vakken!";

        assertThat(ActivityText.activities("activities[0]", cv, MAX))
                .containsExactly(
                        "Ik werk als kassamedewerker bij een supermarkt.",
                        "Ik help o.a. klanten bij de zelfscan en doe bijv. de dagafsluiting.",
                        "Ook vul ik vakken!");
    }

    @Test
    void aListIsOneActivityPerLineOrItemWithoutItsBulletsRulesOrHeadings() {
        String list = "Taken:\n- kassa\n* vakken vullen; bestellingen doen\r\n  • klanten helpen\n\n  -  \n1.\n"
                + "_".repeat(MAX + 10) + "\nvoorraad tellen; - orders picken";

        assertThat(ActivityText.activities("activities[0]", list, MAX))
                .containsExactly(
                        "kassa",
                        "vakken vullen",
                        "bestellingen doen",
                        "klanten helpen",
                        "voorraad tellen",
                        "orders picken");
    }

    @Test
    void nonBreakingSpacesSeparateAndAreMadeSingleAsOtherSpacesAre() {
        assertThat(ActivityText.activities(
                        "activities[0]", "\u00a0Ik werk in een winkel.\u00a0Ik vul vakken.\u202f", MAX))
                .containsExactly("Ik werk in een winkel.", "Ik vul vakken.");
    }

    @Test
    void theActivitiesATextIsReadAsReadTheSameAgain() {
        String text =
                "Ik werk als kassamedewerker. ik help klanten bij het zoeken naar de juiste maat en kleur. - ik vul "
                        + "de vakken, ik tel de voorraad en ik bestel bij, al jaren lang in een winkel in het centrum van de "
                        + "stad, vaak ook op zaterdag en soms op zondag als het druk is\n- Functie: verkoper";

        List<String> once = ActivityText.activities("activities[0]", text, MAX);

        assertThat(once).hasSizeGreaterThan(3);
        for (String activity : once) {
            assertThat(ActivityText.activities("activities[0]", activity, MAX)).containsExactly(activity);
        }
    }

    @Test
    void aTextWithoutLettersIsOneActivityAsItIsUpToTheLengthOfOne() {
        assertThat(ActivityText.activities("activities[0]", " *** ???\n 🙂 ", MAX))
                .containsExactly("*** ??? 🙂");
        assertThatThrownBy(() -> ActivityText.activities("activities[1]", ". ".repeat(MAX), MAX))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("activities[1]");
                    assertThat(e.reason()).contains("no words");
                });
    }

    @Test
    void anOverlongSentenceIsSplitAtSentenceEndsInLowerCaseThenAtCommas() {
        String lower = "ik help klanten bij het zoeken naar de juiste maat. ".repeat(3)
                + "ik vul de vakken, ik doe de kassa, ik tel de voorraad en ik bestel wat op is en dat al jaren lang "
                + "in een winkel in het centrum van de stad, vaak ook op zaterdag en soms op zondag als het druk is in "
                + "de winkel, zoals in december";

        assertThat(ActivityText.activities("activities[2]", lower, MAX))
                .startsWith("ik help klanten bij het zoeken naar de juiste maat.")
                .contains("ik vul de vakken", "ik doe de kassa", "zoals in december")
                .allSatisfy(a -> assertThat(a.length()).isLessThanOrEqualTo(MAX));
    }

    @Test
    void aSentenceTooLongEvenAtItsCommasIsRejectedNamingTheField() {
        String sentence = "klanten helpen " + "en vakken vullen ".repeat(15);

        assertThatThrownBy(() -> ActivityText.activities("activities[3]", sentence, MAX))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("activities[3]");
                    assertThat(e.reason()).contains("more than 200 characters").contains("\"klanten helpen en");
                });
    }
}
