package nl.skillsmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultiwordExpressionsTest {

    /** Low association bars for a corpus of a few dozen words; the recurrence rules as by default. */
    private MultiwordExpressions builder() {
        return new MultiwordExpressions(2, 2, 1, 0.5, 0);
    }

    private static final List<String> TEXTS = List.of(
            "Verleent eerste hulp bij ongevallen",
            "Eerste hulp verlenen aan gasten",
            "Controleert de voorraad",
            "Ontvangt goederen en controleert de levering",
            "Bereidt maaltijden en controleert de kwaliteit");

    @Test
    void aPairThatRecursAsAUnitInLabelsAndTextsIsAnExpressionInEitherOrder() {
        MultiwordExpressions expressions =
                builder().addLabel("eerste hulp verlenen").addLabel("eerste hulp bieden");
        TEXTS.forEach(expressions::addText);
        expressions.addText("biedt hulp, eerste keus");

        assertThat(expressions.build()).contains("eerst hulp");
    }

    @Test
    void thePairCountsWhicheverOrderItsWordsStandIn() {
        MultiwordExpressions expressions =
                builder().addLabel("eerste hulp verlenen").addLabel("eerste hulp bieden");
        List.of(
                        "Verleent hulp eerste bij ongevallen",
                        "Hulp eerste verlenen aan gasten",
                        "Controleert de voorraad",
                        "Ontvangt goederen en controleert de levering",
                        "Bereidt maaltijden en controleert de kwaliteit")
                .forEach(expressions::addText);

        assertThat(expressions.build()).contains("eerst hulp");
    }

    @Test
    void aPairOnlyInLabelsOrOnlyInTextsIsNoExpression() {
        MultiwordExpressions labelsOnly =
                builder().addLabel("eerste hulp verlenen").addLabel("eerste hulp bieden");
        List.of("Controleert de voorraad", "Ontvangt goederen").forEach(labelsOnly::addText);
        assertThat(labelsOnly.build()).isEmpty();

        MultiwordExpressions textsOnly = builder().addLabel("voorraad beheren");
        TEXTS.forEach(textsOnly::addText);
        assertThat(textsOnly.build()).doesNotContain("eerst hulp");
    }

    @Test
    void wordsWithAStopWordOrPunctuationBetweenAreNoPair() {
        MultiwordExpressions expressions = builder()
                .addLabel("eerste, hulp")
                .addLabel("eerste de hulp")
                .addText("eerste. Hulp")
                .addText("eerste en hulp");

        assertThat(expressions.build()).isEmpty();
    }

    @Test
    void aPairOfWordsThatOftenGoApartIsNoExpression() {
        MultiwordExpressions expressions = new MultiwordExpressions(2, 2, 1, 3, 0)
                .addLabel("voorraad controleren")
                .addLabel("voorraad controleren en bijvullen")
                .addText("Controleert de voorraad")
                .addText("voorraad controleren")
                .addText("voorraad controleren bij ontvangst");
        for (int i = 0; i < 20; i++) {
            expressions.addText("controleert de levering " + i).addText("telt de voorraad " + i);
        }

        assertThat(expressions.build()).isEmpty();
    }
}
