package nl.skillsmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import nl.skillsmap.testing.Browser;
import nl.skillsmap.testing.BrowserTest;
import nl.skillsmap.testing.HeadlessChromium;
import nl.skillsmap.testing.LiveSkillsmap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An advisor opens the link Sandra shares and sees the same result, in a browser that has never seen the page. */
@BrowserTest
class SharedLinkTest {

    @Test
    void theSharedLinkRestoresTheSameResultIncludingARemovedInterpretation(
            LiveSkillsmap skillsmap, Browser browser, HeadlessChromium chromium) throws IOException {
        MatchPage page = MatchPage.open(browser, skillsmap.page());
        for (String activity : Sandra.ACTIVITIES) {
            page.addActivity(activity);
        }
        page.submit();
        MatchResult shown = page.removeFirstInterpretationOf(Sandra.ACTIVITIES.getFirst());
        String link = browser.currentUrl();

        assertThat(link).contains("zonder=");
        assertThat(shown.understood().getFirst().removed()).hasSize(1);

        try (Browser advisors = chromium.launch()) {
            MatchPage restored = MatchPage.open(advisors, URI.create(link));
            MatchResult result = restored.awaitResult();
            advisors.screenshotOf("07-shared-link-restored", By.id("main"));

            assertThat(advisors.currentUrl()).isEqualTo(link);
            assertThat(restored.activityChips()).containsExactlyElementsOf(Sandra.ACTIVITIES);
            assertThat(result).isEqualTo(shown);
            assertThat(advisors.consoleErrors()).isEmpty();
        }
    }
}
