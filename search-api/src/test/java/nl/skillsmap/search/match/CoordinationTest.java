package nl.skillsmap.search.match;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** The readings of a phrase, each as its words joined by a space in the order the phrase has them. */
    private Set<String> readings(String text) {
        List<Word> content = words.phrase(text);
        return Coordination.readings(text, content, words::phrase).stream()
                .map(reading -> reading.words().stream()
                        .mapToObj(i -> content.get(i).surface())
                        .collect(Collectors.joining(" ")))
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
    void aCommaJoinsOnlyTheSingleWordsOfAListAConjunctionEnds() {
        assertThat(readings("werken op hoogte, ook bij slecht weer")).isEmpty();
        assertThat(readings("werken op hoogte, ook bij wind en regen"))
                .containsExactlyInAnyOrder("werken hoogte wind", "werken hoogte regen");
        assertThat(Coordination.pieces("2,5 ton en 3,5 ton")).containsExactly("2,5 ton ", " 3,5 ton");
        assertThat(Coordination.pieces("niveau 2, 3 en 4")).containsExactly("niveau 2", " 3 ", " 4");
        assertThat(readings("tent, het podium en de bandjes huren"))
                .containsExactlyInAnyOrder("tent huren", "podium huren", "bandjes huren");
    }

    @Test
    void aLongListGivesEveryItemAReading() {
        assertThat(readings("kassa, pallets, dozen, tafels, borden, vloeren, ramen, planten en dieren tellen"))
                .hasSize(9)
                .contains("kassa tellen", "dieren tellen");
    }

    @Test
    void aListOfListsIsReadItemByItemRatherThanEveryCombination() {
        assertThat(readings("posts en filmpjes maken voor instagram en tiktok"))
                .containsExactlyInAnyOrder(
                        "posts maken instagram",
                        "posts maken tiktok",
                        "filmpjes maken instagram",
                        "filmpjes maken tiktok");
        // Three lists of three would make 27 readings: each list is read on its own, the others whole.
        assertThat(readings("tent, podium en bar huren voor feest, festival en markt in mei, juni en juli"))
                .hasSize(9)
                .contains(
                        "tent huren feest festival markt mei juni juli",
                        "tent podium bar huren feest festival markt juli");
    }

    @Test
    void aWordTwoPiecesSayIsSharedNotJoined() {
        assertThat(readings("koffie zetten en thee zetten")).containsExactlyInAnyOrder("koffie zetten", "zetten thee");
        assertThat(readings("water geven aan planten en planten snoeien")).contains("planten snoeien");
    }

    @Test
    void theMiddleOfThreeClausesIsAReadingOfItsOwn() {
        assertThat(readings("borden uitserveren en tafels afruimen en glazen spoelen"))
                .contains("borden uitserveren", "tafels afruimen", "glazen spoelen");
    }

    @Test
    void noReadingIsTheWholePhraseOrEmpty() {
        for (String text : List.of(
                "kassa en geldafhandeling",
                "tent, podium en bar huren voor feest, festival en markt in mei, juni en juli",
                "borden uitserveren en tafels afruimen en glazen spoelen",
                "koffie zetten en thee zetten")) {
            List<Word> content = words.phrase(text);
            assertThat(Coordination.readings(text, content, words::phrase)).allSatisfy(r -> {
                assertThat(r.words().cardinality()).isBetween(1, content.size() - 1);
                assertThat(r.own().isEmpty()).isFalse();
            });
        }
    }

    @Test
    void ofBeforeAClauseAsksWhetherAndJoinsNothing() {
        assertThat(readings("controleren of de kwaliteit goed is")).isEmpty();
        assertThat(readings("een bedrijfsfeest of festival organiseren"))
                .containsExactlyInAnyOrder("bedrijfsfeest organiseren", "festival organiseren");
        assertThat(readings("een bedrijfsfeest of een festival organiseren"))
                .containsExactlyInAnyOrder("bedrijfsfeest organiseren", "festival organiseren");
    }

    @Test
    void aConjunctionAfterAHyphenJoinsPartsOfCompoundsNotWork() {
        assertThat(readings("nacht- en weekenddiensten")).isEmpty();
        assertThat(readings("nacht\u2013 en weekenddiensten")).isEmpty();
        assertThat(readings("bagage in- en uitladen")).isEmpty();
        assertThat(readings("loonadministratie en -belasting")).isEmpty();
    }

    @Test
    void aWordThatCannotNameAThingIsNoWorkOnItsOwn() {
        assertThat(readings("uitleggen en adviseren")).isEmpty();
    }

    @Test
    void eachReadingKnowsTheWordsItDoesNotShare() {
        List<Word> content = words.phrase("kassa en plannen");
        List<Coordination.Reading> readings = Coordination.readings("kassa en plannen", content, words::phrase);

        // "plannen" alone is no reading (it can be a verb); "kassa" stays the reading's own word.
        assertThat(readings).singleElement().satisfies(r -> {
            assertThat(r.words().stream().mapToObj(i -> content.get(i).surface()))
                    .containsExactly("kassa");
            assertThat(r.own()).isEqualTo(r.words());
        });
    }

    @Test
    void aPhraseThatJoinsNothingHasNoReadings() {
        assertThat(readings("contact met klanten")).isEmpty();
        assertThat(readings("Engels")).isEmpty();
        assertThat(Coordination.pieces("kenmerken en eigenschappen")).containsExactly("kenmerken ", " eigenschappen");
        assertThat(Coordination.pieces("benen en/of armen")).containsExactly("benen ", " armen");
        assertThat(Coordination.pieces("koffie, thee")).containsExactly("koffie, thee");
    }
}
