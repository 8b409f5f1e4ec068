package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DutchVerbFormsTest {

    private static String[] extra(DutchVerbForms forms, String word) {
        return forms.extraForms(word.toCharArray(), word.length());
    }

    @Test
    void spellsTheInfinitiveOfAStemAsDutchDoes() {
        assertThat(DutchVerbForms.infinitives("bestel")).contains("bestellen");
        assertThat(DutchVerbForms.infinitives("plan")).contains("plannen").doesNotContain("planen");
        assertThat(DutchVerbForms.infinitives("maak")).contains("maken");
        assertThat(DutchVerbForms.infinitives("controleer")).contains("controleren");
        assertThat(DutchVerbForms.infinitives("leef")).contains("leven");
        assertThat(DutchVerbForms.infinitives("reis")).contains("reizen");
        assertThat(DutchVerbForms.infinitives("verander")).contains("veranderen");
        assertThat(DutchVerbForms.infinitives("werk")).contains("werken");
    }

    @Test
    void recognisesAVerbWhenThirdPersonAndInfinitiveBothOccur() {
        DutchVerbForms forms = DutchVerbForms.of(Set.of("bestelt", "bestellen", "zorgt", "zorgen"));
        assertThat(forms.stems()).containsExactly("bestel", "zorg");
        assertThat(extra(forms, "bestelt")).containsExactly("bestel");
        assertThat(extra(forms, "bestellen")).containsExactly("bestel");
    }

    @Test
    void leavesNounsEndingInTAlone() {
        // "klanen"/"klannen", "talenen" do not exist: klant and talent are no verbs, though "talen" is a word.
        DutchVerbForms forms = DutchVerbForms.of(Set.of("klant", "klanten", "talent", "talen", "contact"));
        assertThat(forms.stems()).isEmpty();
        assertThat(extra(forms, "klant")).isEmpty();
        assertThat(extra(forms, "talent")).isEmpty();
    }

    @Test
    void needsTheInfinitiveAsEvidence() {
        assertThat(DutchVerbForms.of(Set.of("bestelt")).stems()).isEmpty();
    }

    @Test
    void givesARomanceVerbTheRootItSharesWithItsNoun() {
        DutchVerbForms forms = DutchVerbForms.of(
                Set.of("controleert", "controleren", "controle", "signaleert", "signaal", "rapporteert", "rapport"));
        assertThat(extra(forms, "controleert")).contains("control");
        assertThat(extra(forms, "controleren")).contains("control");
        assertThat(extra(forms, "signaleren")).containsExactly("signal");
        assertThat(extra(forms, "rapporteert")).containsExactly("rapport");
    }

    @Test
    void givesNoRootWithoutTheStressedThirdPerson() {
        // schilderen has third person "schildert": it is schilder + en, not schild + eren.
        DutchVerbForms forms = DutchVerbForms.of(Set.of("schilderen", "schildert", "schild"));
        assertThat(extra(forms, "schilderen")).containsExactly("schilder");
    }

    @Test
    void stripsTheThirdPersonTWhereNoNounEndsThatWay() {
        DutchVerbForms none = DutchVerbForms.of(Set.of());
        assertThat(extra(none, "onderhoudt")).containsExactly("onderhoud");
        assertThat(extra(none, "registreert")).containsExactly("registreer");
        assertThat(extra(none, "klant")).isEmpty();
    }
}
