package nl.skillsmap.browser;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import nl.skillsmap.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The match page ("Wat kun je met je werkervaring?") driven the way a person uses it: keyboard and clicks. */
final class MatchPage {

    private static final By ACTIVITY_INPUT = By.id("activity-input");
    private static final By OUTPUT = By.id("match-output");

    private final Browser browser;

    private MatchPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens a page URL (the empty form or a shared link) and waits until the page script has set up the form. */
    static MatchPage open(Browser browser, URI url) {
        browser.open(url);
        browser.await(d -> "combobox".equals(d.findElement(ACTIVITY_INPUT).getDomAttribute("role")));
        return new MatchPage(browser);
    }

    /** Types an activity and presses Enter, which adds it as typed. */
    void addActivity(String text) {
        input().sendKeys(text, Keys.ENTER);
        browser.await(d -> activityChips().contains(text));
    }

    /** Types into the activity field and waits for suggestions from the index; returns their texts. */
    List<String> typeAndAwaitSuggestions(String typed) {
        input().sendKeys(typed);
        return browser.await(d -> {
            List<String> texts = suggestions().stream()
                    .map(option ->
                            option.findElement(By.className("option-text")).getText())
                    .toList();
            return texts.isEmpty() ? null : texts;
        });
    }

    /** Moves down the open suggestion list with the arrow key to the given suggestion and chooses it with Enter. */
    String chooseSuggestion(int index) {
        WebElement wanted = suggestions().get(index);
        String id = wanted.getDomAttribute("id");
        String text = wanted.findElement(By.className("option-text")).getText();
        for (int presses = 0; presses <= index + 1 && !id.equals(highlighted()); presses++) {
            input().sendKeys(Keys.ARROW_DOWN);
        }
        if (!id.equals(highlighted())) {
            throw new AssertionError("the arrow keys did not reach suggestion " + index + " (" + text + ")");
        }
        input().sendKeys(Keys.ENTER);
        browser.await(d -> activityChips().contains(text));
        return text;
    }

    /** Types into "Ik werk als ..." or "Ik heb het diploma ..." without choosing a suggestion. */
    void typeWithoutChoosing(By field, String text) {
        WebElement input = browser.driver().findElement(field);
        input.sendKeys(text);
        browser.await(d -> "true".equals(input.getDomAttribute("aria-expanded")));
        input.sendKeys(Keys.ESCAPE);
    }

    /** Pastes text into the activity field as a person pasting from a document would. */
    void paste(String text) {
        browser.script("""
                const data = new DataTransfer();
                data.setData('text/plain', arguments[1]);
                arguments[0].dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
                """, input(), text);
    }

    /** The chosen occupation's or qualification's label ({@code occupation} or {@code qualification}). */
    List<String> chosen(String kind) {
        return browser.findAll(By.cssSelector("#" + kind + "-chips .chip-label")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The note under a field ({@code activities}, {@code occupation}, {@code qualification}), or null. */
    String note(String field) {
        WebElement note =
                browser.driver().findElement(By.id(field.equals("activities") ? "activities-notice" : field + "-note"));
        return note.isDisplayed() ? note.getText() : null;
    }

    String pendingText() {
        return input().getDomProperty("value");
    }

    List<String> activityChips() {
        return browser.findAll(By.cssSelector("#activity-chips .chip-label")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The option the combobox points assistive technology at (aria-activedescendant). */
    private String highlighted() {
        return input().getDomAttribute("aria-activedescendant");
    }

    /** Presses the form's button and waits for the result. */
    MatchResult submit() {
        String before = browser.currentUrl();
        browser.findAll(By.cssSelector("#match-form button[type=submit]"))
                .getFirst()
                .click();
        browser.await(d -> !Objects.equals(d.getCurrentUrl(), before));
        return awaitResult();
    }

    /** Waits until the result for the current URL is drawn and reads it. */
    MatchResult awaitResult() {
        browser.await(d -> {
            WebElement output = d.findElement(OUTPUT);
            return output.getDomAttribute("aria-busy") == null
                    && !output.findElements(By.cssSelector(".results")).isEmpty();
        });
        return MatchResult.read(browser);
    }

    /** Marks the first interpretation of an activity as wrong ("Klopt niet") and waits for the new result. */
    MatchResult removeFirstInterpretationOf(String activity) {
        openUnderstood();
        WebElement item = understoodItem(activity);
        WebElement button = item.findElement(By.cssSelector(".interpretation:not(.removed) button"));
        String title = button.getDomAttribute("aria-label").replaceFirst("^Klopt niet: ", "");
        button.click();
        browser.await(d -> understoodItem(activity).findElements(By.cssSelector(".interpretation.removed")).stream()
                .anyMatch(removed -> removed.getText().contains(title)));
        return awaitResult();
    }

    /** Opens "Bekijk wat we vonden en haal weg wat niet klopt", folded away under the short summary. */
    void openUnderstood() {
        WebElement details = browser.driver().findElement(By.cssSelector(".understood-details"));
        if (details.getDomAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }

    private WebElement understoodItem(String activity) {
        return browser.findAll(By.cssSelector(".understood-item")).stream()
                .filter(item -> item.findElement(By.cssSelector(".understood-input strong"))
                        .getText()
                        .equals(activity))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no understood item for " + activity));
    }

    private List<WebElement> suggestions() {
        String listbox = input().getDomAttribute("aria-controls");
        return browser.findAll(By.cssSelector("#" + listbox + ":not([hidden]) [role=option]:not(.option-free)"));
    }

    private WebElement input() {
        return browser.driver().findElement(ACTIVITY_INPUT);
    }
}
