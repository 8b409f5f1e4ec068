package nl.skillsmap.browser;

import java.util.List;
import nl.skillsmap.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One qualification in full ({@code #/kwalificatie/<crebo>}), once its details have loaded. */
final class QualificationPage {

    private final Browser browser;

    private QualificationPage(Browser browser) {
        this.browser = browser;
    }

    /** Waits for the qualification view to show the loaded qualification (not its loading state). */
    static QualificationPage await(Browser browser) {
        browser.await(d -> {
            WebElement output = d.findElement(By.id("qualification-output"));
            return output.isDisplayed()
                    && output.getDomAttribute("aria-busy") == null
                    && !output.findElements(By.cssSelector(".back")).isEmpty();
        });
        return new QualificationPage(browser);
    }

    String title() {
        return browser.driver().findElement(By.id("qualification-title")).getText();
    }

    List<String> coreTasks() {
        return browser.findAll(By.cssSelector(".coretask-detail > h3")).stream()
                .map(WebElement::getText)
                .toList();
    }

    String backLink() {
        return browser.driver()
                .findElement(By.cssSelector("#qualification-output .back a"))
                .getDomAttribute("href");
    }

    /** Follows "Zet dit diploma naast het jouwe": the compare view with this qualification as the goal. */
    ComparePage compareWithMyDiploma() {
        browser.driver()
                .findElement(By.linkText("Zet dit diploma naast het jouwe"))
                .click();
        return ComparePage.await(browser);
    }
}
