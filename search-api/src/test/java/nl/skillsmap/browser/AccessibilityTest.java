package nl.skillsmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.skillsmap.testing.AxeResults;
import nl.skillsmap.testing.Browser;
import nl.skillsmap.testing.BrowserTest;
import nl.skillsmap.testing.LiveSkillsmap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * English labels are marked as English (WCAG 3.1.2), and
 * axe-core finds no serious or critical accessibility violation in the main states of the page and in the widget,
 * inside its shadow root. Collapsed parts are opened first, so their content is checked too. Every scan's full
 * report is kept in {@code target/axe/}.
 */
@BrowserTest
class AccessibilityTest {

    @Test
    void theEmptyFormHasNoSeriousViolations(LiveSkillsmap skillsmap, Browser browser) throws IOException {
        MatchPage.open(browser, skillsmap.page());

        assertNoBlockingViolations(browser.scanAccessibility("page-empty-form"));
    }

    @Test
    void theMatchResultHasNoSeriousViolations(LiveSkillsmap skillsmap, Browser browser) throws IOException {
        MatchPage page = MatchPage.open(browser, Sandra.resultLink(skillsmap.page()));
        page.awaitResult();
        openAllDetails(browser);

        assertNoBlockingViolations(browser.scanAccessibility("page-match-result"));
    }

    @Test
    void theQualificationAndComparePagesHaveNoSeriousViolations(LiveSkillsmap skillsmap, Browser browser)
            throws IOException {
        MatchPage page = MatchPage.open(browser, Sandra.resultLink(skillsmap.page()));
        MatchResult.Card best = page.awaitResult().qualifications().getFirst();
        browser.driver()
                .findElement(By.cssSelector("#q-" + best.crebo() + " a"))
                .click();
        QualificationPage detail = QualificationPage.await(browser);
        openAllDetails(browser);

        assertNoBlockingViolations(browser.scanAccessibility("page-qualification"));

        ComparePage compare = detail.compareWithMyDiploma();
        compare.chooseMyDiploma("verkoper", best.name());
        compare.submit();

        assertNoBlockingViolations(browser.scanAccessibility("page-compare"));
    }

    @Test
    void theWidgetWithResultsHasNoSeriousViolationsInsideItsShadowRootOrOnTheHostPage(
            LiveSkillsmap skillsmap, Browser browser) throws IOException {
        EmbeddedWidget widget = EmbeddedWidget.open(browser, skillsmap.allowedEmbedding());
        for (String activity : Sandra.ACTIVITIES) {
            widget.addActivity(activity);
        }
        widget.search();
        assertThat(widget.results()).isNotEmpty();

        AxeResults insideShadowRoot =
                browser.scanAccessibilityInShadowRoot("widget-shadow-root", EmbeddedWidget.TAG, ".sm");
        assertThat(insideShadowRoot.checkedNodes())
                .as("elements checked inside the shadow root")
                .isNotEmpty()
                .allMatch(AxeResults.Node::insideShadowRoot);
        assertNoBlockingViolations(insideShadowRoot);

        assertNoBlockingViolations(browser.scanAccessibility("widget-host-page"));
    }

    @Test
    void englishSkillLabelsAreMarkedAsEnglishAndListedAfterTheDutchOnes(LiveSkillsmap skillsmap, Browser browser)
            throws IOException {
        MatchPage page = MatchPage.open(browser, Sandra.resultLink(skillsmap.page()));
        page.awaitResult();
        browser.await(d -> !d.findElements(By.cssSelector("[data-uri][lang]")).isEmpty());

        @SuppressWarnings("unchecked")
        List<String> uris = (List<String>) browser.script(
                "return [...new Set([...document.querySelectorAll('[data-uri]')].map((e) => e.dataset.uri))];");
        Set<String> english = new HashSet<>();
        for (JsonNode label :
                skillsmap.server().post("label-languages", Map.of("uris", uris)).get("labels")) {
            if (label.get("language").asText().equals("en")) {
                english.add(label.get("uri").asText());
            }
        }
        @SuppressWarnings("unchecked")
        List<String> markedEnglish = (List<String>) browser.script(
                "return [...document.querySelectorAll('[data-uri][lang=en]')].map((e) => e.dataset.uri);");
        @SuppressWarnings("unchecked")
        List<String> dutchAfterEnglish = (List<String>) browser.script("""
                return [...document.querySelectorAll('.skill-labels')].flatMap((list) => {
                  const items = [...list.children];
                  const firstEnglish = items.findIndex((i) => i.querySelector(':scope > [lang]'));
                  return firstEnglish < 0 ? [] : items.slice(firstEnglish)
                    .filter((i) => !i.querySelector(':scope > [lang]')).map((i) => i.textContent);
                });
                """);

        assertThat(english).as("English labels in Sandra's result").isNotEmpty();
        assertThat(new HashSet<>(markedEnglish)).isEqualTo(english);
        assertThat(dutchAfterEnglish)
                .as("Dutch labels listed after an English one")
                .isEmpty();
    }

    private static void assertNoBlockingViolations(AxeResults results) {
        System.out.printf(
                "axe %s: %d violations (%s), %d rules passed, %d undecided%n",
                results.url(),
                results.violations().size(),
                results.violations().isEmpty()
                        ? "none"
                        : results.describe(results.violations()).replace('\n', ';'),
                results.passes().size(),
                results.incomplete().size());
        assertThat(results.blockingViolations())
                .as(
                        "serious or critical accessibility violations on %s:%n%s",
                        results.url(), results.describe(results.blockingViolations()))
                .isEmpty();
    }

    private static void openAllDetails(Browser browser) {
        browser.script("document.querySelectorAll('details').forEach((d) => { d.open = true; });");
    }
}
