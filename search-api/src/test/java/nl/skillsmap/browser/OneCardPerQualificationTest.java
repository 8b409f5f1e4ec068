package nl.skillsmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import nl.skillsmap.testing.Browser;
import nl.skillsmap.testing.BrowserTest;
import nl.skillsmap.testing.LiveSkillsmap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A person sees each qualification once, by the code offered now, and can tell from the card and the detail page
 * which codes it replaces and which code replaced a lapsed one.
 */
@BrowserTest
class OneCardPerQualificationTest {

    @Test
    void apothekersassistentIsOneCardSayingItsFormerCodesAndWhoseWorkItShows(LiveSkillsmap skillsmap, Browser browser) {
        MatchPage page = MatchPage.open(
                browser,
                skillsmap.page().resolve("#/?werk=medicijnen+uitgeven+in+de+apotheek&werk=recepten+controleren"));
        page.awaitResult();

        List<WebElement> cards = browser.findAll(By.cssSelector("ol.cards > li > article")).stream()
                .filter(card -> card.findElement(By.cssSelector("h3.card-title"))
                        .getText()
                        .equals("Apothekersassistent"))
                .toList();
        assertThat(cards).hasSize(1);
        String lineage =
                cards.getFirst().findElement(By.cssSelector(".lineage")).getText();
        // The current code shares none of this work, so the card counts the former code that shares the most.
        assertThat(lineage)
                .contains("voorheen crebo 25471, crebo 25650")
                .containsPattern("werkprocessen en vaardigheden van Apothekersassistent \\(crebo (25471|25650)\\)");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theDetailOfALapsedCodeNamesItsSuccessorAndTheDateIntakeEnded(LiveSkillsmap skillsmap, Browser browser) {
        browser.open(skillsmap.page().resolve(URI.create("#/kwalificatie/25218")));
        QualificationPage detail = QualificationPage.await(browser);

        assertThat(detail.title()).isEqualTo("Aftersalesmanager Mobiliteitsbranche");
        WebElement lineage = browser.driver().findElement(By.cssSelector("#qualification-output .lineage"));
        assertThat(lineage.getText())
                .isEqualTo("vervangen door Manager mobiliteitsbranche (crebo 25713) (instroom tot 1 augustus 2022)");
        assertThat(lineage.getDomAttribute("data-status")).isEqualTo("intakeEnded");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
