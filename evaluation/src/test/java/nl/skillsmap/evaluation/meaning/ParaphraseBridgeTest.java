package nl.skillsmap.evaluation.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParaphraseBridgeTest {

    private final ParaphraseBridge bridge = ParaphraseBridge.fromPairs(List.of(
            List.of("kassa bedienen", "afrekenen met de klant"),
            List.of("achter de kassa staan", "klanten laten afrekenen"),
            List.of("kassa beheren", "geld tellen"),
            List.of("magazijn opruimen", "orders verzamelen")));

    @Test
    void wordsThatTwoParaphrasesSayInEachOthersPlaceAreAssociated() {
        assertThat(bridge.association("kassa", "afrekenen")).isGreaterThan(0);
        assertThat(bridge.association("afrekenen", "kassa")).isEqualTo(bridge.association("kassa", "afrekenen"));
    }

    @Test
    void aPairSeenOnceIsNoAssociation() {
        assertThat(bridge.association("magazijn", "orders")).isZero();
        assertThat(bridge.association("kassa", "geld")).isZero();
    }

    @Test
    void theBridgeReachesATextThatSaysThePhraseInOtherWordsOnly() {
        assertThat(bridge.bridge("kassa", "Laat de klant afrekenen")).isGreaterThan(0);
        assertThat(bridge.bridge("kassa", "Ruimt het magazijn op")).isZero();
        assertThat(bridge.bridge("kassa", "Bedient de kassa"))
                .as("nothing left to bridge")
                .isZero();
        assertThat(bridge.pairs()).isEqualTo(4);
    }
}
