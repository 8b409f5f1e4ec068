package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.search.catalogue.Word;
import nl.skillsmap.search.catalogue.WordAnalysis;
import nl.skillsmap.search.testing.FixtureCorpus;
import org.junit.jupiter.api.Test;

class CoordinationTest {

    private final WordAnalysis words = new WordAnalysis(new AnalyzerFactory(FixtureCorpus.resources()));

    /** The readings of a phrase, each as its words joined by a space. */
    private Set<String> readings(String text) {
        List<Word> content = words.phrase(text);
        return Coordination.readings(text, content, words::phrase).stream()
                .map(reading ->
                        reading.stream().mapToObj(i -> content.get(i).surface()).collect(Collectors.joining(" ")))
                .collect(Collectors.toSet());
    }

    @Test
    void twoThingsJoinedAreEachWorkOfTheirOwn() {
        assertThat(readings("kassa en geldafhandeling")).containsExactlyInAnyOrder("kassa", "geldafhandeling");
    }

    @Test
    void aVerbOrAnObjectBothPiecesOfWorkShareIsReadWithEach() {
        assertThat(readings("pallets laden en lossen")).containsExactlyInAnyOrder("pallets laden", "pallets lossen");
        assertThat(readings("koffie en cocktails maken achter de bar"))
                .containsExactlyInAnyOrder("koffie maken achter bar", "cocktails maken achter bar");
    }

    @Test
    void twoClausesAreAlsoReadEachOnItsOwn() {
        assertThat(readings("borden uitserveren en tafels afruimen")).contains("borden uitserveren", "tafels afruimen");
    }

    @Test
    void aListThatAConjunctionEndsJoinsEveryItem() {
        assertThat(readings("tent, podium en bandjes inhuren"))
                .containsExactlyInAnyOrder("tent inhuren", "podium inhuren", "bandjes inhuren");
    }

    @Test
    void aCommaWithoutAConjunctionJoinsNothing() {
        assertThat(readings("werken op hoogte, ook bij slecht weer")).isEmpty();
    }

    @Test
    void aConjunctionAfterAHyphenJoinsPartsOfCompoundsNotWork() {
        assertThat(readings("nacht- en weekenddiensten")).isEmpty();
        assertThat(readings("bagage in- en uitladen")).isEmpty();
    }

    @Test
    void aWordThatCannotNameAThingIsNoWorkOnItsOwn() {
        assertThat(readings("uitleggen en adviseren")).isEmpty();
    }

    @Test
    void aPhraseThatJoinsNothingHasNoReadings() {
        assertThat(readings("contact met klanten")).isEmpty();
        assertThat(readings("Engels")).isEmpty();
        assertThat(Coordination.pieces("kenmerken en eigenschappen")).containsExactly("kenmerken ", " eigenschappen");
        assertThat(Coordination.pieces("benen en/of armen")).containsExactly("benen ", " armen");
        assertThat(Coordination.pieces("koffie, thee")).containsExactly("koffie, thee");
    }

    @Test
    void readingsAreNeverTheWholePhraseAndAListOfListsIsBounded() {
        String text = "a1, a2, a3 en a4 voor b1, b2, b3 en b4";
        List<Word> content = words.phrase(text);
        List<BitSet> readings = Coordination.readings(text, content, words::phrase);

        assertThat(readings).hasSizeLessThanOrEqualTo(Coordination.MAX_READINGS + 2);
        assertThat(readings).allSatisfy(r -> assertThat(r.cardinality()).isLessThan(content.size()));
    }
}
