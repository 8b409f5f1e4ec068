package nl.skillsmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.skillsmap.testing.AxeResults;
import nl.skillsmap.testing.Browser;
import nl.skillsmap.testing.BrowserTest;
import nl.skillsmap.testing.LiveSkillsmap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Sandra makes an overview for her employer from her result: Retailspecialist (the current code of her shop
 * qualification) has no work processes, so its card leads to the overview of the former code whose work it counts,
 * and its own page to Eerste verkoper's; she corrects it, and it prints on few A4 pages with her words, the
 * employer's boxes and the link, without the screen's buttons.
 */
@BrowserTest
class OverviewForEmployerTest {

    private static final String TILL = "Sluit het afrekensysteem af en verzorgt de geldadministratie";
    private static final String STOCK = "Controleert de voorraad en doet bestelvoorstellen";

    @AfterEach
    void backToTheScreen(Browser browser) {
        browser.emulatePrintMedia(false);
    }

    @Test
    void retailspecialistHasNoWorkProcessesSoItsOverviewLeadsToEersteVerkopersWhichStartsEmptyWithoutAResult(
            LiveSkillsmap skillsmap, Browser browser) {
        browser.open(skillsmap.page().resolve("#/kwalificatie/25809"));
        QualificationPage.await(browser);
        browser.driver()
                .findElement(By.linkText("Maak een overzicht voor je werkgever of school"))
                .click();

        OverviewPage retailspecialist = OverviewPage.await(browser);
        assertThat(retailspecialist.text()).contains("Van dit diploma kennen we nog geen werkprocessen");
        OverviewPage overview = retailspecialist.follow("Eerste verkoper (crebo 25153)");
        assertThat(browser.currentUrl()).endsWith("#/overzicht/25153");
        assertThat(overview.shared()).isEmpty();
        assertThat(overview.notYet()).hasSize(17);
        assertThat(overview.text()).contains("Je schreef niets op", "Je doet al 0 van de 17 taken");
    }

    @Test
    void anOverviewOfADiplomaNoneOfWhoseWorkHerWordsReachedSaysNoneWasRecognisedNotThatSheDoesNone(
            LiveSkillsmap skillsmap, Browser browser) throws IOException {
        MatchPage.open(browser, Sandra.resultLink(skillsmap.page())).awaitResult();
        JsonNode answer = skillsmap
                .server()
                .post("match", MatchLink.of(browser.currentUrl()).request(20));
        String crebo = null;
        for (JsonNode q : answer.get("qualifications")) {
            if (q.get("coverageBasis").asText().equals("workProcesses")
                    && q.get("coverage").get("matched").asInt() == 0
                    && !q.path("lineage").has("contentFrom")) {
                crebo = q.get("crebo").asText();
                break;
            }
        }
        assertThat(crebo)
                .as("a card of Sandra's whose work processes her words reach none of")
                .isNotNull();
        browser.driver()
                .findElement(By.cssSelector("article[aria-labelledby=q-" + crebo + "] .overview-link"))
                .click();

        OverviewPage overview = OverviewPage.await(browser);
        assertThat(overview.shared()).isEmpty();
        int total = overview.notYet().size();
        assertThat(overview.text())
                .contains("We herkenden nog geen van de " + total + " taken uit dit diploma in wat je schreef")
                .doesNotContain("Je doet al 0");

        overview = overview.correct(overview.notYet().getFirst(), "Dit doe ik ook");
        assertThat(overview.text())
                .as("once she changes the list, the count is hers")
                .contains("Je doet al 1 van de " + total + " taken", "1 taak heb je zelf veranderd");
    }

    @Test
    void sandraCreatesCorrectsAndPrintsTheOverviewFromHerShopQualificationsCard(
            LiveSkillsmap skillsmap, Browser browser) throws IOException {
        MatchPage.open(browser, Sandra.resultLink(skillsmap.page())).awaitResult();
        String result = browser.currentUrl();
        // Retailspecialist's card counts the work of a former code (its status line names it): the overview is of
        // that code.
        WebElement card = browser.driver().findElement(By.cssSelector("article[aria-labelledby=q-25809]"));
        List<WebElement> named = card.findElements(By.cssSelector(".lineage a"));
        String counted = named.getLast().getDomAttribute("href").replace("#/kwalificatie/", "");
        card.findElement(By.className("overview-link")).click();

        OverviewPage overview = OverviewPage.await(browser);
        assertThat(browser.currentUrl())
                .contains("#/overzicht/" + counted + "?")
                .contains("werk=kassa");
        assertThat(overview.shared()).containsExactly(TILL);
        assertThat(overview.status(TILL)).startsWith("Komt overeen met wat je doet");
        int total = overview.notYet().size() + 1;
        assertThat(overview.notYet()).contains(STOCK);
        assertThat(overview.text())
                .contains(
                        "geen officiële praktijkverklaring",
                        "Verklaring van de werkgever",
                        "Naam leerbedrijf",
                        "Handtekening",
                        "kassa en geldafhandeling",
                        "vervangen door Retailspecialist");
        browser.screenshot("30-overview-from-the-card");

        overview = overview.correct(TILL, "Klopt niet, haal weg");
        assertThat(browser.currentUrl()).containsPattern("weg=" + counted + "-K\\d-W\\d");
        assertThat(overview.shared()).isEmpty();
        assertThat(overview.status(TILL)).contains("door jou weggehaald");
        assertThat(browser.driver().switchTo().activeElement().getText()).startsWith("Zet terug");

        overview = overview.correct(STOCK, "Dit doe ik ook");
        assertThat(overview.shared()).containsExactly(STOCK);
        assertThat(overview.status(STOCK)).contains("door jou toegevoegd");
        assertThat(overview.text())
                .contains("Je doet al 1 van de " + total + " taken", "2 taken heb je zelf veranderd");

        AxeResults axe = browser.scanAccessibility("overview-corrected");
        assertThat(axe.violations())
                .as("accessibility violations:%n%s", axe.describe(axe.violations()))
                .isEmpty();
        browser.screenshot("31-overview-corrected");

        // The corrected overview is its URL: opening it again restores it, and it leads back to the result.
        browser.driver().navigate().refresh();
        overview = OverviewPage.await(browser);
        assertThat(overview.shared()).containsExactly(STOCK);
        assertThat(browser.driver()
                        .findElement(By.linkText("← Terug naar je uitslag"))
                        .getDomAttribute("href"))
                .isEqualTo(result.substring(result.indexOf('#')));

        int pages = browser.printToPdf("32-overview-printed");
        assertThat(pages).as("A4 pages of Sandra's printed overview").isBetween(1, 4);
        browser.emulatePrintMedia(true);
        @SuppressWarnings("unchecked")
        Map<String, Object> printed = (Map<String, Object>) browser.script("""
                const shown = (selector) => [...document.querySelectorAll(selector)].filter((e) => e.offsetParent !== null);
                window.dispatchEvent(new Event('beforeprint'));
                return {
                  buttons: shown('#view-overview button').length,
                  boxes: shown('#view-overview .employer-answer').length,
                  link: document.querySelector('#view-overview .print-url').textContent,
                  signature: shown('#view-overview .sign-fields dt').length,
                };
                """);
        assertThat(((Number) printed.get("buttons")).intValue())
                .as("buttons on paper")
                .isZero();
        assertThat(((Number) printed.get("boxes")).intValue())
                .as("ja/deels/nee per work process")
                .isEqualTo(total);
        assertThat(((Number) printed.get("signature")).intValue()).isEqualTo(4);
        assertThat((String) printed.get("link")).isEqualTo(browser.currentUrl());
    }
}
