package nl.skillsmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.skillsmap.browser.ComparePage.CompareResult;
import nl.skillsmap.browser.MatchResult.Card;
import nl.skillsmap.testing.Browser;
import nl.skillsmap.testing.BrowserTest;
import nl.skillsmap.testing.LiveSkillsmap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The story in a real browser: Sandra types what she does, picks a suggestion, sees qualifications ranked
 * by how much of her work they share, opens one and puts it next to a diploma.
 */
@BrowserTest
class SandraFindsQualificationsTest {

    @Test
    void sandraDescribesHerWorkAndSeesQualificationsRankedByWhatSheAlreadyDoes(LiveSkillsmap skillsmap, Browser browser)
            throws IOException {
        MatchPage page = MatchPage.open(browser, skillsmap.page());
        for (String activity : Sandra.ACTIVITIES) {
            page.addActivity(activity);
        }
        List<String> suggestions = page.typeAndAwaitSuggestions("voorr");
        browser.screenshot("01-match-suggestions");
        String chosen = page.chooseSuggestion(0);

        assertThat(suggestions).isNotEmpty();
        assertThat(page.activityChips()).containsExactlyElementsOf(withChosen(Sandra.ACTIVITIES, chosen));

        MatchResult result = page.submit();
        browser.screenshotOf("02-match-understood", By.cssSelector("#match-output .understood"));
        browser.screenshotOf("03-match-result-ranked", By.cssSelector("#match-output .results"));
        browser.screenshot("04-match-result-whole-page");

        assertThat(result.understood())
                .extracting(MatchResult.Understood::input)
                .containsAll(withChosen(Sandra.ACTIVITIES, chosen));
        assertThat(result.understood())
                .filteredOn(u -> Sandra.ACTIVITIES.contains(u.input()))
                .allSatisfy(u -> assertThat(u.interpretations())
                        .as("what '%s' was understood as", u.input())
                        .isNotEmpty());

        // The page shows the API's ranking for exactly the question in its URL, with the counted coverage.
        MatchLink link = MatchLink.of(browser.currentUrl());
        assertThat(link.activities()).containsExactlyElementsOf(Sandra.ACTIVITIES);
        assertThat(link.workProcesses().size() + link.skills().size()).isEqualTo(1);
        JsonNode answer = skillsmap.server().post("match", link.request(20));
        List<Card> expected = new ArrayList<>();
        for (JsonNode q : answer.get("qualifications")) {
            JsonNode coverage = q.get("coverage");
            int total = coverage.get("total").asInt();
            expected.add(new Card(
                    q.get("crebo").asText(),
                    q.get("name").asText(),
                    coverageSentence(
                            "Je doet al",
                            coverage,
                            countedOver(q.get("coverageBasis").asText(), total),
                            q.get("coverageBasis").asText().equals("skills") ? "de" : "het"),
                    Math.round(Math.min(1, coverage.get("fraction").asDouble()) * 100) + "%"));
        }
        assertThat(result.qualifications()).hasSizeGreaterThanOrEqualTo(3).isEqualTo(expected);
        assertThat(result.qualifications().getFirst().barWidth()).isNotEqualTo("0%");
        // An occupation card counts the essential skills the answer shares; where it shares none, it says that none
        // was recognised in what she wrote, not that she has none.
        List<MatchResult.OccupationCard> expectedOccupations = new ArrayList<>();
        for (JsonNode o : answer.get("occupations")) {
            int total = o.get("coverage").get("total").asInt();
            expectedOccupations.add(new MatchResult.OccupationCard(
                    o.get("label").asText(),
                    coverageSentence(
                            "Je hebt al",
                            o.get("coverage"),
                            total == 1 ? "belangrijke vaardigheid" : "belangrijke vaardigheden",
                            "de")));
        }
        // Asked first, so that a card claiming none of the work fails by name before the whole list is compared.
        assertThat(result.occupations())
                .isNotEmpty()
                .extracting(MatchResult.OccupationCard::coverage)
                .noneMatch(sentence -> sentence.contains(" al 0 van"));
        assertThat(result.occupations()).isEqualTo(expectedOccupations);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /**
     * The page's coverage sentence: how many it counts, or, when it counts none, that none was recognised in what
     * the person wrote.
     */
    private static String coverageSentence(String already, JsonNode coverage, String noun, String article) {
        int matched = coverage.get("matched").asInt();
        int total = coverage.get("total").asInt();
        if (matched == 0 && total == 1) {
            return "We herkenden " + article + " enige " + noun + " nog niet in wat je invulde.";
        }
        if (matched == 0 && total > 1) {
            return "We herkenden nog geen van de " + total + " " + noun + " in wat je invulde.";
        }
        return already + " " + matched + " van " + total + " " + noun + ".";
    }

    @Test
    void openingWhatSheStillMissesShowsEveryMissingWorkProcessNotOnlyTheFirstOnesTheAnswerNames(
            LiveSkillsmap skillsmap, Browser browser) throws IOException {
        MatchPage page = MatchPage.open(browser, Sandra.resultLink(skillsmap.page()));
        Card best = page.awaitResult().qualifications().getFirst();
        MatchLink link = MatchLink.of(browser.currentUrl());
        JsonNode shown = skillsmap
                .server()
                .post("match", link.request(20))
                .get("qualifications")
                .get(0);
        JsonNode full = skillsmap
                .server()
                .post("match?expand=missing", link.request(20))
                .get("qualifications")
                .get(0);
        List<String> named = new ArrayList<>();
        List<String> all = new ArrayList<>();
        shown.get("missing")
                .forEach(group -> group.get("workProcesses")
                        .forEach(wp -> named.add(wp.get("title").asText())));
        full.get("missing")
                .forEach(group -> group.get("workProcesses")
                        .forEach(wp -> all.add(wp.get("title").asText())));
        assertThat(full.get("crebo").asText()).isEqualTo(best.crebo());
        assertThat(named)
                .as("the missing work processes the default answer names")
                .hasSizeLessThan(all.size());

        By missing = By.xpath("//article[@aria-labelledby='q-" + best.crebo()
                + "']//details[summary[starts-with(normalize-space(.), 'Wat je nog mist')]]");
        assertThat(browser.driver()
                        .findElement(missing)
                        .findElement(By.tagName("summary"))
                        .getText())
                .isEqualTo("Wat je nog mist (" + all.size() + ")");
        browser.driver().findElement(missing).findElement(By.tagName("summary")).click();
        browser.await(d ->
                d.findElement(missing).findElements(By.className("not-named")).isEmpty());

        List<String> listed = browser
                .driver()
                .findElement(missing)
                .findElements(By.cssSelector(".missing-groups .workprocess-list > li"))
                .stream()
                .map(li -> li.getText().strip())
                .toList();
        assertThat(listed).isEqualTo(all);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void sheOpensTheBestMatchAndComparesItWithADiploma(LiveSkillsmap skillsmap, Browser browser) throws IOException {
        MatchPage page = MatchPage.open(browser, Sandra.resultLink(skillsmap.page()));
        Card best = page.awaitResult().qualifications().getFirst();

        browser.driver()
                .findElement(By.cssSelector("#q-" + best.crebo() + " a"))
                .click();
        QualificationPage detail = QualificationPage.await(browser);
        browser.screenshot("05-qualification");

        assertThat(detail.title()).isEqualTo(best.name());
        assertThat(browser.currentUrl()).endsWith("#/kwalificatie/" + best.crebo());
        assertThat(detail.backLink()).as("the way back to her result").contains("werk=");
        JsonNode qualification = skillsmap.server().get("qualifications/" + best.crebo());
        assertThat(detail.coreTasks()).hasSize(qualification.get("coreTasks").size());

        ComparePage compare = detail.compareWithMyDiploma();
        assertThat(compare.goal()).containsExactly(best.name());
        String mine = compare.chooseMyDiploma("verkoper", best.name());
        CompareResult comparison = compare.submit();
        browser.screenshot("06-compare");

        // A diploma found by the name of a code it replaced is offered as "Retailmedewerker (voorheen Verkoper)",
        // one no longer offered with "(vervallen)"; a goal without work processes of its own is compared through
        // the code of its lineage that has them.
        String mineNamed = mine.replaceFirst("( \\((voorheen|vervallen|geen instroom)[^)]*\\))+$", "");
        String from = comparison.url().replaceFirst(".*[?&]van=([^&|%]+).*", "$1");
        JsonNode expected = skillsmap.server().get("compare?from=" + from + "&to=" + best.crebo());
        assertThat(comparison.heading())
                .startsWith("Van " + mineNamed)
                .contains("naar " + expected.get("to").get("name").asText());
        JsonNode coverage = expected.get("coverage");
        assertThat(comparison.coverage())
                .isEqualTo("Je neemt " + coverage.get("matched").asInt() + " van de "
                        + coverage.get("total").asInt() + " "
                        + countedOver(
                                expected.get("coverageBasis").asText(),
                                coverage.get("total").asInt()) + " al mee.");
        assertThat(comparison.coreTasks()).hasSize(expected.get("coreTasks").size());
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** What coverage counts, in the page's words. */
    private static String countedOver(String coverageBasis, int total) {
        if (coverageBasis.equals("skills")) {
            return total == 1 ? "vaardigheid" : "vaardigheden";
        }
        return total == 1 ? "werkproces" : "werkprocessen";
    }

    private static List<String> withChosen(List<String> activities, String chosen) {
        List<String> all = new ArrayList<>(activities);
        all.add(chosen);
        return all;
    }
}
