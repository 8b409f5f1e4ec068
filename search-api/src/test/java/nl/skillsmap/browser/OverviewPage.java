package nl.skillsmap.browser;

import java.util.List;
import java.util.Objects;
import nl.skillsmap.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** The overview for an employer or school ({@code #/overzicht/<crebo>?...}), once it has loaded. */
final class OverviewPage {

    private static final By OUTPUT = By.id("overview-output");

    private final Browser browser;

    private OverviewPage(Browser browser) {
        this.browser = browser;
    }

    /** Waits until the overview view shows a loaded overview or a message (not its loading state). */
    static OverviewPage await(Browser browser) {
        browser.await(d -> {
            WebElement output = d.findElement(OUTPUT);
            return output.isDisplayed()
                    && output.getDomAttribute("aria-busy") == null
                    && (!output.findElements(By.cssSelector(".overview-lines")).isEmpty()
                            || !output.findElements(By.cssSelector(".state")).isEmpty());
        });
        return new OverviewPage(browser);
    }

    String heading() {
        return browser.driver().findElement(By.id("overview-title")).getText();
    }

    String text() {
        return browser.driver().findElement(OUTPUT).getText();
    }

    /** The titles of the work processes stated as shared, in the qualification's order. */
    List<String> shared() {
        return titles(".overview-line[data-status=shared]");
    }

    List<String> notYet() {
        return titles(".overview-line[data-status=notYet]");
    }

    /** What the overview says of one work process (its status line and tags). */
    String status(String title) {
        return line(title).findElement(By.className("overview-status")).getText();
    }

    /** Presses the work process's correction button ("Klopt niet, haal weg", "Dit doe ik ook", "Zet terug"). */
    OverviewPage correct(String title, String button) {
        String before = browser.currentUrl();
        WebElement pressed = line(title).findElement(By.tagName("button"));
        if (!pressed.getText().startsWith(button)) {
            throw new AssertionError("the button of '" + title + "' says '" + pressed.getText() + "', not " + button);
        }
        pressed.click();
        browser.await(d -> !Objects.equals(d.getCurrentUrl(), before));
        // The overview is drawn anew for the corrected URL: the pressed button goes with the old drawing.
        browser.await(d -> {
            try {
                pressed.isDisplayed();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            }
        });
        return await(browser);
    }

    /** Follows a link in the overview by its text. */
    OverviewPage follow(String linkText) {
        browser.driver()
                .findElement(OUTPUT)
                .findElement(By.partialLinkText(linkText))
                .click();
        browser.await(d -> d.findElement(OUTPUT).getDomAttribute("aria-busy") != null
                || !d.findElement(OUTPUT)
                        .findElements(By.cssSelector(".overview-lines"))
                        .isEmpty());
        return await(browser);
    }

    private List<String> titles(String selector) {
        return browser.findAll(By.cssSelector(selector + " .wp-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private WebElement line(String title) {
        return browser.findAll(By.cssSelector(".overview-line")).stream()
                .filter(l -> l.findElement(By.className("wp-title")).getText().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no work process '" + title + "'"));
    }
}
