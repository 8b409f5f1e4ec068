package nl.skillsmap.browser;

import java.util.List;
import nl.skillsmap.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** "Mijn diploma naast een doel": two qualification pickers and what carries over from one to the other. */
final class ComparePage {

    private final Browser browser;

    private ComparePage(Browser browser) {
        this.browser = browser;
    }

    static ComparePage await(Browser browser) {
        browser.awaitVisible(By.id("compare-form"));
        return new ComparePage(browser);
    }

    List<String> goal() {
        return chips("compare-to-chips");
    }

    List<String> myDiploma() {
        return chips("compare-from-chips");
    }

    /**
     * Types into "Mijn diploma", waits for qualification suggestions and chooses the first one that is not
     * {@code except} (by name) with the arrow keys and Enter; returns its name.
     */
    String chooseMyDiploma(String typed, String except) {
        WebElement input = browser.driver().findElement(By.id("compare-from-input"));
        input.sendKeys(typed);
        String listbox = input.getDomAttribute("aria-controls");
        List<String> names = browser.await(d -> {
            List<String> texts =
                    d.findElements(By.cssSelector("#" + listbox + ":not([hidden]) [role=option] .option-text")).stream()
                            .map(WebElement::getText)
                            .toList();
            return texts.isEmpty() ? null : texts;
        });
        int index = names.indexOf(names.stream()
                .filter(name -> !name.equals(except))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion for '" + typed + "' other than " + except)));
        for (int presses = 0; presses <= index; presses++) {
            input.sendKeys(Keys.ARROW_DOWN);
        }
        input.sendKeys(Keys.ENTER);
        String chosen = names.get(index);
        browser.await(d -> myDiploma().contains(chosen));
        return chosen;
    }

    CompareResult submit() {
        browser.driver()
                .findElement(By.cssSelector("#compare-form button[type=submit]"))
                .click();
        browser.await(d -> {
            WebElement output = d.findElement(By.id("compare-output"));
            return output.getDomAttribute("aria-busy") == null
                    && !output.findElements(By.id("compare-result-title")).isEmpty();
        });
        return new CompareResult(
                browser.driver().findElement(By.id("compare-result-title")).getText(),
                browser.driver()
                        .findElement(By.cssSelector("#compare-output .coverage-sentence"))
                        .getText(),
                browser.findAll(By.cssSelector("#compare-output section.card > h3")).stream()
                        .map(WebElement::getText)
                        .toList(),
                browser.currentUrl());
    }

    /** The comparison as shown: heading ("Van ... naar ..."), coverage sentence, one heading per core task. */
    record CompareResult(String heading, String coverage, List<String> coreTasks, String url) {}

    private List<String> chips(String list) {
        return browser.findAll(By.cssSelector("#" + list + " .chip-label")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
