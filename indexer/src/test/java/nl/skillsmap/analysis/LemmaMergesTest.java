package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LemmaMergesTest {

    @Test
    void wordsOfUnrelatedLemmasShareNoStemWhileDerivationsStillMeet() {
        Set<String> vocabulary =
                Set.of("tellen", "telt", "telen", "teelt", "taken", "taak", "takken", "tak", "bestellen", "bestelling");

        var merged = LemmaMerges.merges(vocabulary, DutchLexicon.bundled()).keySet();

        assertThat(merged).doesNotContain("telen | tellen", "teelt | tellen", "taak | tak", "taken | takken");
        assertThat(merged).as("a derivation the stemmer brings to its verb").contains("bestellen | bestelling");
    }
}
