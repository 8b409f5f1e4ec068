package nl.skillsmap.evaluation.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LemmasTest {

    @Test
    void aThirdPersonVerbIsTriedByItsInfinitiveAfterItself() {
        assertThat(Lemmas.variants("vult")).startsWith("vult").contains("vullen");
        assertThat(Lemmas.variants("maakt")).contains("maken");
        assertThat(Lemmas.variants("verzorgt")).contains("verzorgen");
        assertThat(Lemmas.variants("leeft")).contains("leven");
    }

    @Test
    void aPluralIsTriedByItsSingular() {
        assertThat(Lemmas.variants("klanten")).contains("klant");
        assertThat(Lemmas.variants("bestellingen")).contains("bestelling");
        assertThat(Lemmas.variants("pakketten")).contains("pakket");
    }
}
