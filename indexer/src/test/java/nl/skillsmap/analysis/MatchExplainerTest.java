package nl.skillsmap.analysis;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import static nl.skillsmap.analysis.MatchKind.COMPOUND_PART;
import static nl.skillsmap.analysis.MatchKind.EXACT;
import static nl.skillsmap.analysis.MatchKind.STEM;
import static nl.skillsmap.analysis.MatchKind.SYNONYM;
import static org.assertj.core.api.Assertions.assertThat;

class MatchExplainerTest {

    private static final String STOCK = "Controleert de voorraad en doet bestelvoorstellen";
    private static final String CUSTOMERS = "Onderhoudt contact met klanten";

    private final MatchExplainer explainer = new MatchExplainer(new AnalyzerFactory(new AnalysisResources(
            GoldenTokensTest.goldenDictionary(),
            List.of(List.of("kok", "kokkin"), List.of("kassamedewerker", "caissiere", "medewerker kassa")))));

    @Test
    void aWordWrittenTheSameAfterFoldingMatchesExactly() {
        assertThat(explainer.explain("hygiene beleid", "Bewaakt het sociaal-hygiënisch beleid"))
                .containsExactly(new TermMatch("beleid", "beleid", "beleid", EXACT));
        assertThat(explainer.explain("Hygiënisch", "sociaal-hygienisch beleid"))
                .containsExactly(new TermMatch("Hygiënisch", "hygienisch", "hygienisch", EXACT));
    }

    @Test
    void anotherFormOfTheSameWordMatchesByStem() {
        assertThat(explainer.explain("controleren", STOCK))
                .containsExactly(new TermMatch("controleren", "Controleert", "controler", STEM));
        assertThat(explainer.explain("klant", CUSTOMERS))
                .containsExactly(new TermMatch("klant", "klanten", "klant", STEM));
    }

    @Test
    void aRomanceVerbMatchesItsNounByStem() {
        assertThat(explainer.explain("controle", STOCK))
                .containsExactly(new TermMatch("controle", "Controleert", "control", STEM));
    }

    @Test
    void aCompoundInTheQueryMatchesItsPartsInTheDocument() {
        assertThat(explainer.explain("voorraadbeheer", STOCK))
                .containsExactly(new TermMatch("voorraadbeheer", "voorraad", "voorrad", COMPOUND_PART));
        assertThat(explainer.explain("klantcontact", CUSTOMERS)).containsExactly(
                new TermMatch("klantcontact", "contact", "contact", COMPOUND_PART),
                new TermMatch("klantcontact", "klanten", "klant", COMPOUND_PART));
    }

    @Test
    void aQueryWordMatchesAPartOfACompoundInTheDocument() {
        assertThat(explainer.explain("bestellen", STOCK))
                .containsExactly(new TermMatch("bestellen", "bestelvoorstellen", "bestel", COMPOUND_PART));
    }

    @Test
    void aSynonymFromEscoMatchesAsSynonym() {
        assertThat(explainer.explain("kokkin", "Werkt als kok in een restaurant"))
                .containsExactly(new TermMatch("kokkin", "kok", "kok", SYNONYM));
        assertThat(explainer.explain("caissière", "Medewerker kassa supermarkt")).containsExactly(
                new TermMatch("caissière", "Medewerker", "medewerker", SYNONYM),
                new TermMatch("caissière", "kassa", "kassa", SYNONYM));
    }

    @Test
    void theBestEvidenceOfAPairIsReported() {
        // "klantcontact" shares its whole word and both parts with itself: that is an exact match.
        assertThat(explainer.explain("klantcontact", "Rondt klantcontact af"))
                .containsExactly(new TermMatch("klantcontact", "klantcontact", "klantcontact", EXACT));
    }

    @Test
    void reportsEveryMatchedQueryWordInQueryOrderAndNothingForStopWords() {
        List<TermMatch> matches = explainer.explain("de voorraad controleren", STOCK);
        assertThat(matches).extracting(TermMatch::queryWord).containsExactly("voorraad", "controleren");
        assertThat(matches).extracting(TermMatch::how).containsExactly(EXACT, STEM);
    }

    @Test
    void explainsNothingWhenNothingMatched() {
        assertThat(explainer.explain("kassa", STOCK)).isEmpty();
        assertThat(explainer.explain("", STOCK)).isEmpty();
        assertThat(explainer.explain("voorraad", "")).isEmpty();
    }

    @Test
    void explainingARowTakesTensOfMicroseconds() {
        // Measured in thread CPU time: the machine running the tests may be busy with other work.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> titles = RealTexts.workProcessTitles();
        MatchExplainer.AnalyzedQuery query = explainer.analyze("voorraadbeheer klantcontact bestellen");
        int matched = 0;
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            matched = 0;
            for (String title : titles) {
                matched += query.matches(title).isEmpty() ? 0 : 1;
            }
        }
        int rounds = 5;
        long start = threads.getCurrentThreadCpuTime();
        for (int round = 0; round < rounds; round++) {
            for (String title : titles) {
                query.matches(title);
            }
        }
        double microsPerRow = (threads.getCurrentThreadCpuTime() - start) / 1_000.0 / (rounds * titles.size());
        System.out.printf("MatchExplainer: %.1f µs CPU per work-process title (%d titles, %d matched)%n",
                microsPerRow, titles.size(), matched);
        assertThat(matched).isPositive();
        assertThat(microsPerRow).as("µs per row").isLessThan(200);
    }
}
