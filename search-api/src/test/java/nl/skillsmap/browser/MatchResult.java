package nl.skillsmap.browser;

import java.util.List;
import nl.skillsmap.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A match result as drawn on the page: how the inputs were understood, the ranked qualification cards and the
 * occupation cards.
 */
record MatchResult(List<Understood> understood, List<Card> qualifications, List<OccupationCard> occupations) {

    /** One input in "Zo hebben we je begrepen": its text and the interpretations shown (removed ones marked). */
    record Understood(String input, List<String> interpretations, List<String> removed) {}

    /** One qualification card: crebo (from its heading id), name, coverage sentence and the bar's width. */
    record Card(String crebo, String name, String coverage, String barWidth) {}

    /** One occupation card: its label and coverage sentence. */
    record OccupationCard(String label, String coverage) {}

    static MatchResult read(Browser browser) {
        List<Understood> understood = browser.findAll(By.cssSelector(".understood-item")).stream()
                .map(item -> new Understood(
                        text(item.findElement(By.cssSelector(".understood-input strong")), browser),
                        texts(item, ".interpretation:not(.removed) .interpretation-title", browser),
                        texts(item, ".interpretation.removed .interpretation-title", browser)))
                .toList();
        List<Card> cards = browser.findAll(By.cssSelector("ol.cards > li > article")).stream()
                .map(card -> {
                    WebElement heading = card.findElement(By.cssSelector("h3.card-title"));
                    return new Card(
                            heading.getDomAttribute("id").replaceFirst("^q-", ""),
                            text(heading, browser),
                            text(card.findElement(By.className("coverage-sentence")), browser),
                            (String) browser.script(
                                    "return arguments[0].style.width;",
                                    card.findElement(By.cssSelector(".bar-big .bar-fill"))));
                })
                .toList();
        List<OccupationCard> occupations = browser.findAll(By.cssSelector(".occupation-list article")).stream()
                .map(card -> new OccupationCard(
                        text(card.findElement(By.cssSelector("h3")), browser),
                        text(card.findElement(By.className("coverage-sentence")), browser)))
                .toList();
        return new MatchResult(understood, cards, occupations);
    }

    /**
     * Text content, also of elements folded away ("Toon alle ...", "Toon nog ... diploma's", the collapsed
     * "Zo hebben we je begrepen"): getText reads only what is displayed.
     */
    private static List<String> texts(WebElement parent, String selector, Browser browser) {
        return parent.findElements(By.cssSelector(selector)).stream()
                .map(element -> text(element, browser))
                .toList();
    }

    private static String text(WebElement element, Browser browser) {
        return ((String) browser.script("return arguments[0].textContent;", element)).strip();
    }
}
