package nl.skillsmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.skillsmap.testing.AxeResults;
import nl.skillsmap.testing.Browser;
import nl.skillsmap.testing.BrowserTest;
import nl.skillsmap.testing.LiveSkillsmap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sandra's result on a phone, a small phone and a desktop screen, and on paper: the first qualification within two
 * screens of the button, no sideways scrolling, nothing overlapping, tap targets a finger can hit, no axe violation,
 * and a print of at most two A4 pages with the date, her words and the link on the first.
 */
@BrowserTest
class PhoneAndPaperTest {

    /** WCAG 2.5.5's target size, in CSS pixels. */
    private static final int TAP_TARGET = 44;

    @AfterEach
    void backToTheDesktopScreen(Browser browser) {
        browser.useDesktopViewport();
        browser.emulatePrintMedia(false);
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"390, 844", "320, 640", "1366, 900"})
    void afterSubmittingTheFirstQualificationIsOnTheFirstOrSecondScreenAndNothingScrollsSideways(
            int width, int height, LiveSkillsmap skillsmap, Browser browser) throws IOException {
        browser.useViewport(width, height);
        MatchPage page = MatchPage.open(browser, skillsmap.page());
        for (String activity : Sandra.ACTIVITIES) {
            page.addActivity(activity);
        }
        page.submit();
        browser.screenshot("10-" + width + "-result");
        browser.screenshotOfScreen("state-result-" + width);

        Map<String, Object> layout = layout(browser);
        double firstCardTop = number(layout.get("firstCardTop"));
        assertThat(firstCardTop)
                .as("the first qualification's top, in px below the top of the screen")
                .isLessThan(2.0 * height);
        assertThat(number(layout.get("scrollWidth")))
                .as("page width at %d px", width)
                .isLessThanOrEqualTo(width);

        page.openUnderstood();
        assertThat(number(layout(browser).get("scrollWidth")))
                .as("page width with the interpretations open")
                .isLessThanOrEqualTo(width);
        assertThat(overlaps(browser))
                .as("buttons overlapping the titles of what we understood")
                .isEmpty();
        if (width < 700) {
            assertThat(smallTargets(browser))
                    .as("controls smaller than %d px on a phone", TAP_TARGET)
                    .isEmpty();
        }
        browser.screenshot("11-" + width + "-result-understood-open");
        AxeResults axe = browser.scanAccessibility("result-understood-open-" + width);
        assertThat(axe.violations())
                .as("accessibility violations at %d px:%n%s", width, axe.describe(axe.violations()))
                .isEmpty();
    }

    @Test
    void sandrasResultPrintsOnAtMostTwoPagesWithTheDateHerWordsAndTheLinkFirst(LiveSkillsmap skillsmap, Browser browser)
            throws IOException {
        MatchPage page = MatchPage.open(browser, Sandra.resultLink(skillsmap.page()));
        MatchResult result = page.awaitResult();

        int pages = browser.printToPdf("12-sandra-printed");

        assertThat(pages).as("A4 pages of Sandra's printed result").isBetween(1, 2);
        browser.emulatePrintMedia(true);
        @SuppressWarnings("unchecked")
        Map<String, Object> printed = (Map<String, Object>) browser.script("""
                const shown = (selector) => [...document.querySelectorAll(selector)].filter((e) => e.offsetParent !== null);
                return {
                  head: document.querySelector('#view-match .print-head').innerText,
                  headTop: document.querySelector('#view-match .print-head').getBoundingClientRect().top,
                  cardsTop: document.querySelector('ol.cards').getBoundingClientRect().top,
                  cards: shown('ol.cards > li').length,
                  occupations: shown('.occupation-list > li').length,
                  understood: shown('.understood').length,
                };
                """);
        assertThat((String) printed.get("head"))
                .contains(browser.currentUrl())
                .containsPattern("uitslag van \\d{1,2} \\p{L}+ 20\\d\\d")
                .contains(Sandra.ACTIVITIES.stream().map(a -> "“" + a + "”").toList());
        assertThat(number(printed.get("headTop"))).isLessThan(number(printed.get("cardsTop")));
        assertThat(number(printed.get("cards")))
                .isEqualTo(Math.min(5, result.qualifications().size()));
        assertThat(number(printed.get("occupations"))).isBetween(1.0, 5.0);
        assertThat(number(printed.get("understood")))
                .as("the long interpretation list stays on screen")
                .isZero();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> layout(Browser browser) {
        return (Map<String, Object>) browser.script("""
                const card = document.querySelector('ol.cards > li:not([hidden]) .card');
                return {
                  firstCardTop: card.getBoundingClientRect().top,
                  scrollWidth: document.documentElement.scrollWidth,
                };
                """);
    }

    /** Interpretations whose "Klopt niet" button covers part of the title or its explanation. */
    @SuppressWarnings("unchecked")
    private static List<String> overlaps(Browser browser) {
        return (List<String>) browser.script("""
                const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
                return [...document.querySelectorAll('.interpretation')].filter((i) => i.offsetParent !== null)
                  .filter((i) => {
                    const button = i.querySelector('button').getBoundingClientRect();
                    return [...i.querySelectorAll('.interpretation-title, .how, .interpretation-context')]
                      .some((part) => [...part.getClientRects()].some((r) => overlap(r, button)));
                  })
                  .map((i) => i.textContent.trim());
                """);
    }

    /** Visible buttons, fields, disclosure toggles and check boxes (with their label) smaller than a finger. */
    @SuppressWarnings("unchecked")
    private static List<String> smallTargets(Browser browser) {
        return (List<String>) browser.script("""
                return [...document.querySelectorAll('#main button, #main summary, #main select, #main .input, #main .check')]
                  .filter((e) => e.offsetParent !== null)
                  .filter((e) => e.getBoundingClientRect().height < arguments[0])
                  .map((e) => `${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 40)}" ${Math.round(e.getBoundingClientRect().height)}px`);
                """, TAP_TARGET);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
