package nl.skillsmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import nl.skillsmap.testing.Browser;
import nl.skillsmap.testing.BrowserTest;
import nl.skillsmap.testing.LiveSkillsmap;
import org.junit.jupiter.api.Test;

/** The widget on another website (another origin) asks the Skillsmap API across origins. */
@BrowserTest
class EmbeddedWidgetTest {

    private static final int SHOWN = 5;

    @Test
    void onAnAllowedSiteTheWidgetShowsTheBestQualificationsAndLinksToTheFullPage(
            LiveSkillsmap skillsmap, Browser browser) throws IOException {
        EmbeddedWidget widget = EmbeddedWidget.open(browser, skillsmap.allowedEmbedding());
        for (String activity : Sandra.ACTIVITIES) {
            widget.addActivity(activity);
        }
        widget.search();
        browser.screenshot("08-widget-on-another-site");

        assertThat(widget.failure()).isNull();
        JsonNode answer =
                skillsmap.server().post("match", new MatchLink(Sandra.ACTIVITIES, List.of(), List.of()).request(SHOWN));
        List<EmbeddedWidget.Result> expected = new ArrayList<>();
        for (JsonNode q : answer.get("qualifications")) {
            int matched = q.get("coverage").get("matched").asInt();
            int total = q.get("coverage").get("total").asInt();
            boolean skills = q.get("coverageBasis").asText().equals("skills");
            String counted = skills
                    ? (total == 1 ? "vaardigheid" : "vaardigheden")
                    : (total == 1 ? "werkproces" : "werkprocessen");
            String coverage;
            if (matched == 0 && total == 1) {
                coverage = (skills ? "de enige " : "het enige ") + counted + " nog niet herkend in wat je invulde";
            } else if (matched == 0) {
                // None counted is none recognised in what she wrote, not none done.
                coverage = "nog geen van de " + total + " " + counted + " herkend in wat je invulde";
            } else {
                coverage = "je doet al " + matched + " van " + total + " " + counted;
            }
            expected.add(new EmbeddedWidget.Result(
                    q.get("name").asText(),
                    skillsmap.page() + "#/kwalificatie/" + q.get("crebo").asText(),
                    coverage));
        }
        assertThat(widget.results()).isNotEmpty().isEqualTo(expected);
        assertThat(widget.contentSecurityViolations())
                .as("blocked by the host page's Content-Security-Policy")
                .isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();

        MatchPage fullPage = MatchPage.open(browser, URI.create(widget.fullPageLink()));
        MatchResult result = fullPage.awaitResult();
        assertThat(fullPage.activityChips()).containsExactlyElementsOf(Sandra.ACTIVITIES);
        assertThat(result.qualifications())
                .extracting(MatchResult.Card::name)
                .startsWith(expected.stream().map(EmbeddedWidget.Result::name).toArray(String[]::new));
    }

    @Test
    void onASiteTheServerDoesNotAllowTheBrowserBlocksTheAnswerAndTheWidgetSaysSo(
            LiveSkillsmap skillsmap, Browser browser) throws IOException {
        EmbeddedWidget widget = EmbeddedWidget.open(browser, skillsmap.unlistedEmbedding());
        widget.addActivity(Sandra.ACTIVITIES.getFirst());
        widget.search();
        browser.screenshot("09-widget-on-a-site-not-allowed");

        assertThat(widget.results()).isEmpty();
        assertThat(widget.failure())
                .as("what the site's editor reads")
                .startsWith("Deze site mag Skillsmap nog niet gebruiken: vraag de beheerder om dit domein")
                .contains(skillsmap.unlistedEmbedding().getPort() + "")
                .doesNotContain("niet bereikbaar");
        assertThat(widget.retryOffered())
                .as("asking again cannot help until the domain is allowed")
                .isFalse();
        assertThat(browser.consoleErrors())
                .as("why the browser refused the answer")
                .anyMatch(message -> message.contains("blocked by CORS policy"));
    }

    @Test
    void whenNoServerAnswersTheWidgetSpeaksOfAnOutageAndOffersToTryAgain(LiveSkillsmap skillsmap, Browser browser)
            throws IOException {
        EmbeddedWidget widget = EmbeddedWidget.open(browser, skillsmap.outageEmbedding());
        widget.addActivity(Sandra.ACTIVITIES.getFirst());
        widget.search();
        browser.screenshot("09b-widget-during-an-outage");

        assertThat(widget.results()).isEmpty();
        assertThat(widget.failure())
                .contains("niet bereikbaar")
                .contains("storing")
                .doesNotContain("mag Skillsmap nog niet gebruiken");
        assertThat(widget.retryOffered()).isTrue();
        browser.consoleErrors();
    }
}
