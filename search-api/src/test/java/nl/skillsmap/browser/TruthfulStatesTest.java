package nl.skillsmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.skillsmap.testing.AxeResults;
import nl.skillsmap.testing.Browser;
import nl.skillsmap.testing.BrowserTest;
import nl.skillsmap.testing.LiveSkillsmap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every state says what happened: a job typed but not picked, a typo, a long paste, a result the form no longer
 * matches, and what was typed before going to a qualification and back. axe finds no violation in these states.
 */
@BrowserTest
class TruthfulStatesTest {

    @Test
    void aJobTypedButNotPickedBecomesTheBestMatchingOccupationAndThePageSaysWhich(
            LiveSkillsmap skillsmap, Browser browser) throws IOException {
        MatchPage page = MatchPage.open(browser, skillsmap.page());
        page.addActivity("kassa");
        page.typeWithoutChoosing(By.id("occupation-input"), "winkelmedewerker");
        page.submit();
        browser.screenshot("13-typed-job-resolved");

        JsonNode best = skillsmap
                .server()
                .get("suggest?q=winkelmedewerker&type=occupation&limit=1")
                .get("suggestions")
                .get(0);
        assertThat(page.chosen("occupation")).containsExactly(best.get("text").asText());
        assertThat(browser.currentUrl()).contains("beroep=");
        assertThat(page.note("occupation"))
                .isEqualTo("Je typte “winkelmedewerker”. We kozen het beroep “"
                        + best.get("text").asText() + "”. Klopt dat niet? Typ opnieuw en kies uit de lijst.");
        assertThat(page.note("activities")).isNull();
        assertNoViolations(browser.scanAccessibility("state-typed-job-resolved"));
    }

    @Test
    void aTypoIsAnsweredWithBedoeldeJeFromTheIndexAndPickingASuggestionSearchesAgain(
            LiveSkillsmap skillsmap, Browser browser) throws IOException {
        MatchPage page = MatchPage.open(browser, skillsmap.page().resolve("#/?werk=kasa"));
        page.awaitResult();
        List<WebElement> offered = browser.await(d -> {
            List<WebElement> buttons = d.findElements(By.cssSelector(".did-you-mean button"));
            return buttons.isEmpty() ? null : buttons;
        });
        browser.screenshot("14-typo-did-you-mean");

        List<String> expected = new ArrayList<>();
        skillsmap.server().get("spelling?q=kasa").get("suggestions").forEach(s -> expected.add(s.asText()));
        assertThat(offered)
                .extracting(WebElement::getText)
                .containsExactlyElementsOf(expected)
                .contains("kassa");
        assertThat(browser.findAll(By.cssSelector("ol.cards")))
                .as("no qualifications claimed for an unknown word")
                .isEmpty();
        assertThat(browser.findAll(By.cssSelector(".share-actions")))
                .as("nothing to copy or print when nothing was understood")
                .isEmpty();
        assertNoViolations(browser.scanAccessibility("state-typo-did-you-mean"));

        offered.stream()
                .filter(b -> b.getText().equals("kassa"))
                .findFirst()
                .orElseThrow()
                .click();
        browser.await(d -> d.getCurrentUrl().contains("werk=kassa"));
        MatchResult result = page.awaitResult();

        assertThat(result.understood())
                .filteredOn(u -> u.input().equals("kassa"))
                .singleElement()
                .satisfies(u -> assertThat(u.interpretations()).isNotEmpty());
        assertThat(result.qualifications()).isNotEmpty();
        assertThat(browser.findAll(By.cssSelector(".share-actions"))).hasSize(1);
    }

    @Test
    void anEnglishJobTitleIsAnsweredWithTheDutchLabelOfTheSameEscoOccupationEvenWhenItFoundSomething(
            LiveSkillsmap skillsmap, Browser browser) throws IOException {
        MatchPage page = MatchPage.open(browser, skillsmap.page().resolve("#/?werk=warehouse+worker"));
        page.awaitResult();
        List<WebElement> offered = browser.await(d -> {
            List<WebElement> buttons = d.findElements(By.cssSelector(".did-you-mean button"));
            return buttons.isEmpty() ? null : buttons;
        });
        browser.screenshot("14b-english-did-you-mean");

        List<String> expected = new ArrayList<>();
        skillsmap.server().get("spelling?q=warehouse+worker").get("suggestions").forEach(s -> expected.add(s.asText()));
        assertThat(offered)
                .extracting(WebElement::getText)
                .containsExactlyElementsOf(expected)
                .first()
                .isEqualTo("magazijnmedewerker");
        assertNoViolations(browser.scanAccessibility("state-english-did-you-mean"));

        offered.getFirst().click();
        browser.await(d -> d.getCurrentUrl().contains("werk=magazijnmedewerker"));
        assertThat(page.awaitResult().qualifications()).isNotEmpty();
    }

    @Test
    void aPastedListBecomesOneActivityPerLineOrCommaWithANoticeAndOverlongPartsAreCutWithNotice(
            LiveSkillsmap skillsmap, Browser browser) {
        MatchPage page = MatchPage.open(browser, skillsmap.page());
        String overlong = "klanten " + "helpen bij het vinden van de juiste maat en kleur ".repeat(5);

        page.paste("kassa\nvakken vullen; bestellingen doen, " + overlong);

        assertThat(page.activityChips())
                .hasSize(4)
                .startsWith("kassa", "vakken vullen", "bestellingen doen")
                .last()
                .asString()
                .hasSize(200)
                .startsWith("klanten helpen");
        assertThat(page.note("activities")).contains("in 4 dingen gesplitst").contains("langer dan 200 tekens");
    }

    @Test
    void aPastedParagraphBecomesOneActivityPerSentenceWithoutEndingOneAtAnAbbreviation(
            LiveSkillsmap skillsmap, Browser browser) {
        MatchPage page = MatchPage.open(browser, skillsmap.page());

        page.paste("Ik werk in een winkel. Ik doe o.a. de inkoop en de kassa! Ook vul ik vakken.");

        assertThat(page.activityChips())
                .containsExactly("Ik werk in een winkel.", "Ik doe o.a. de inkoop en de kassa!", "Ook vul ik vakken.");
        assertThat(page.note("activities")).contains("in 3 dingen gesplitst").contains("zin");
    }

    @Test
    void addingAnActivityAfterAResultSaysTheResultIsOutOfDateUntilItIsRefreshed(
            LiveSkillsmap skillsmap, Browser browser) throws IOException {
        MatchPage page = MatchPage.open(browser, Sandra.resultLink(skillsmap.page()));
        page.awaitResult();

        page.addActivity("vakken vullen");
        WebElement banner = browser.awaitVisible(By.cssSelector("#match-output .outdated"));
        browser.screenshot("15-result-out-of-date");

        assertThat(banner.getText()).contains("Je hebt iets veranderd");
        assertNoViolations(browser.scanAccessibility("state-result-out-of-date"));

        banner.findElement(By.tagName("button")).click();
        browser.await(d -> d.getCurrentUrl().contains("werk=vakken+vullen"));
        page.awaitResult();
        assertThat(browser.findAll(By.cssSelector("#match-output .outdated"))).isEmpty();
    }

    @Test
    void whatWasAddedAndTypedButNotSentIsStillThereAfterOpeningAQualificationAndGoingBack(
            LiveSkillsmap skillsmap, Browser browser) {
        MatchPage page = MatchPage.open(browser, Sandra.resultLink(skillsmap.page()));
        MatchResult.Card best = page.awaitResult().qualifications().getFirst();
        page.addActivity("vakken vullen");
        browser.driver().findElement(By.id("activity-input")).sendKeys("bestellingen");

        browser.driver()
                .findElement(By.cssSelector("#q-" + best.crebo() + " a"))
                .click();
        QualificationPage.await(browser);
        browser.driver().navigate().back();
        page.awaitResult();

        assertThat(page.activityChips()).containsExactly(withAdded(Sandra.ACTIVITIES, "vakken vullen"));
        assertThat(page.pendingText()).isEqualTo("bestellingen");
        assertThat(browser.currentUrl()).doesNotContain(URLEncoder.encode("vakken vullen", StandardCharsets.UTF_8));
    }

    @Test
    void whatWasChosenAndTypedOnTheCompareAndCommonFormsIsStillThereAfterGoingElsewhereAndBack(
            LiveSkillsmap skillsmap, Browser browser) {
        browser.open(skillsmap.page().resolve("#/vergelijk"));
        ComparePage compare = ComparePage.await(browser);
        String mine = compare.chooseMyDiploma("verkoper", "");
        browser.driver().findElement(By.id("compare-to-input")).sendKeys("kok");
        leaveAndComeBack(browser);
        ComparePage.await(browser);

        assertThat(compare.myDiploma()).containsExactly(mine);
        assertThat(browser.driver().findElement(By.id("compare-to-input")).getDomProperty("value"))
                .isEqualTo("kok");

        browser.open(skillsmap.page().resolve("#/gemeen"));
        WebElement common = browser.awaitVisible(By.id("common-input"));
        common.sendKeys("kok");
        String listbox = common.getDomAttribute("aria-controls");
        browser.awaitVisible(By.cssSelector("#" + listbox + ":not([hidden]) [role=option]"));
        common.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        List<String> chosen = browser.await(d -> {
            List<String> chips = commonChips(browser);
            return chips.isEmpty() ? null : chips;
        });
        common.sendKeys("verkoper");
        leaveAndComeBack(browser);
        browser.awaitVisible(By.id("common-input"));

        assertThat(commonChips(browser)).isEqualTo(chosen);
        assertThat(browser.driver().findElement(By.id("common-input")).getDomProperty("value"))
                .isEqualTo("verkoper");
    }

    /** Goes to the match page through the menu, then back with the browser's back button. */
    private static void leaveAndComeBack(Browser browser) {
        String before = browser.currentUrl();
        browser.driver()
                .findElement(By.cssSelector(".nav-list a[data-view=match]"))
                .click();
        browser.awaitVisible(By.id("match-form"));
        browser.driver().navigate().back();
        browser.await(d -> d.getCurrentUrl().equals(before));
    }

    private static List<String> commonChips(Browser browser) {
        return browser.findAll(By.cssSelector("#common-chips .chip-label")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String[] withAdded(List<String> activities, String added) {
        List<String> all = new ArrayList<>(activities);
        all.add(added);
        return all.toArray(String[]::new);
    }

    private static void assertNoViolations(AxeResults results) {
        assertThat(results.violations())
                .as("accessibility violations on %s:%n%s", results.url(), results.describe(results.violations()))
                .isEmpty();
    }
}
