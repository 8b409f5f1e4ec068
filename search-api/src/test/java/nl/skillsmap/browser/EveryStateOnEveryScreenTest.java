package nl.skillsmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.skillsmap.testing.AxeResults;
import nl.skillsmap.testing.Browser;
import nl.skillsmap.testing.BrowserTest;
import nl.skillsmap.testing.LiveSkillsmap;
import nl.skillsmap.testing.QrCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The states the page must tell the truth in, on a phone, a small phone and a desktop screen: a typo and an
 * English job title with their "bedoelde je ...?", a job typed but not picked, a qualification, a comparison, what diplomas have in common, and
 * the widget refused by the server's CORS setting or meeting no server at all. In each, nothing scrolls sideways and
 * axe finds no violation; a picture of each screen is kept. On paper, the result's link is also a QR code that reads
 * back as the same link.
 */
@BrowserTest
class EveryStateOnEveryScreenTest {

    /** Two qualifications of one dossier with work processes, so the comparison shows carried-over work. */
    private static final String HELD = "25960";

    private static final String GOAL = "25961";

    @AfterEach
    void backToTheDesktopScreen(Browser browser) {
        browser.useDesktopViewport();
        browser.emulatePrintMedia(false);
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"390, 844", "320, 640", "1366, 900"})
    void everyStateFitsTheScreenAndHasNoAccessibilityViolation(
            int width, int height, LiveSkillsmap skillsmap, Browser browser) throws IOException {
        browser.useViewport(width, height);

        MatchPage typo = MatchPage.open(browser, skillsmap.page().resolve("#/?werk=kasa"));
        typo.awaitResult();
        browser.awaitVisible(By.cssSelector(".did-you-mean button"));
        check(browser, "typo-did-you-mean", width);

        MatchPage english = MatchPage.open(browser, skillsmap.page().resolve("#/?werk=cashier"));
        english.awaitResult();
        browser.await(d -> d.findElements(By.cssSelector(".did-you-mean button")).stream()
                .anyMatch(b -> b.getText().equals("kassamedewerker")));
        check(browser, "english-did-you-mean", width);

        MatchPage typed = MatchPage.open(browser, skillsmap.page().resolve("#/"));
        typed.addActivity("kassa");
        typed.typeWithoutChoosing(By.id("occupation-input"), "winkelmedewerker");
        typed.submit();
        assertThat(typed.note("occupation")).startsWith("Je typte “winkelmedewerker”. We kozen het beroep");
        browser.script("document.getElementById('occupation-note').scrollIntoView({ block: 'center' });");
        check(browser, "typed-job-resolved", width);

        browser.open(skillsmap.page().resolve("#/kwalificatie/" + GOAL));
        QualificationPage.await(browser);
        check(browser, "qualification", width);

        browser.open(skillsmap.page().resolve("#/vergelijk?van=" + HELD + "&naar=" + GOAL));
        WebElement comparison = browser.awaitVisible(By.id("compare-result-title"));
        String evidence = browser.driver()
                .findElement(By.cssSelector("#compare-output .evidence"))
                .getText();
        assertThat(browser.findAll(By.cssSelector("#compare-from-chips .chip-label")))
                .extracting(WebElement::getText)
                .as("a link with codes only shows the diplomas by name")
                .singleElement()
                .isNotEqualTo(HELD);
        assertThat(evidence)
                .as("carried-over work told as a reason, naming the diploma, not its number")
                .startsWith("Dit zit ook in je diploma ")
                .doesNotContain(HELD);
        browser.script("arguments[0].scrollIntoView();", comparison);
        check(browser, "compare", width);

        browser.open(skillsmap.page().resolve("#/gemeen?crebo=" + HELD + "&crebo=" + GOAL));
        browser.awaitVisible(By.id("common-result-title"));
        assertThat(browser.findAll(By.cssSelector("#common-chips .chip-label")))
                .extracting(WebElement::getText)
                .as("a link with codes only shows the diplomas by name")
                .hasSize(2)
                .doesNotContain(HELD, GOAL);
        check(browser, "common", width);

        EmbeddedWidget refused = EmbeddedWidget.open(browser, skillsmap.unlistedEmbedding());
        refused.addActivity("kassa");
        refused.search();
        assertThat(refused.failure()).startsWith("Deze site mag Skillsmap nog niet gebruiken");
        checkWidget(browser, "widget-refused-origin", width);

        EmbeddedWidget outage = EmbeddedWidget.open(browser, skillsmap.outageEmbedding());
        outage.addActivity("kassa");
        outage.search();
        assertThat(outage.failure()).contains("niet bereikbaar").contains("storing");
        checkWidget(browser, "widget-outage", width);
        browser.consoleErrors();
    }

    @Test
    void thePrintedResultCarriesItsLinkAsAQrCodeThatReadsBackAsTheSameLink(LiveSkillsmap skillsmap, Browser browser)
            throws IOException {
        MatchPage page = MatchPage.open(browser, Sandra.resultLink(skillsmap.page()));
        page.awaitResult();
        browser.await(d -> d.findElement(By.id("print-qr")).getDomAttribute("src") != null);

        int pages = browser.printToPdf("print-with-qr-code");
        browser.emulatePrintMedia(true);

        assertThat(pages).as("A4 pages with the QR code on top").isBetween(1, 2);
        assertThat(QrCodes.read(browser.imageAsDrawn("state-print-qr-code", By.id("print-qr"), 400)))
                .isEqualTo(browser.currentUrl());
        assertThat(number(browser.script("return document.getElementById('print-qr').getBoundingClientRect().top;")))
                .as("the code is on the first page, above the first qualification")
                .isLessThan(number(
                        browser.script("return document.querySelector('ol.cards').getBoundingClientRect().top;")));
        browser.screenshotOf("state-print-head", By.cssSelector("#view-match .print-head"));
    }

    /** No sideways scrolling, no axe violation, and a picture of the screen. */
    private static void check(Browser browser, String state, int width) throws IOException {
        assertThat(number(browser.script("return document.documentElement.scrollWidth;")))
                .as("page width of %s at %d px", state, width)
                .isLessThanOrEqualTo(width);
        AxeResults axe = browser.scanAccessibility("state-" + state + "-" + width);
        assertThat(axe.violations())
                .as("accessibility violations of %s at %d px:%n%s", state, width, axe.describe(axe.violations()))
                .isEmpty();
        browser.screenshotOfScreen("state-" + state + "-" + width);
    }

    private static void checkWidget(Browser browser, String state, int width) throws IOException {
        assertThat(number(browser.script("return document.documentElement.scrollWidth;")))
                .as("host page width of %s at %d px", state, width)
                .isLessThanOrEqualTo(width);
        AxeResults axe =
                browser.scanAccessibilityInShadowRoot("state-" + state + "-" + width, EmbeddedWidget.TAG, ".sm");
        assertThat(axe.violations())
                .as(
                        "accessibility violations in the widget, %s at %d px:%n%s",
                        state, width, axe.describe(axe.violations()))
                .isEmpty();
        browser.screenshotOfScreen("state-" + state + "-" + width);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
