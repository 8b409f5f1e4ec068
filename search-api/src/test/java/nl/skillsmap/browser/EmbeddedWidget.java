package nl.skillsmap.browser;

import java.net.URI;
import java.util.List;
import nl.skillsmap.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/** {@code <skillsmap-search>} on another website, used through its shadow root as a visitor would. */
final class EmbeddedWidget {

    static final String TAG = "skillsmap-search";

    private final Browser browser;

    private EmbeddedWidget(Browser browser) {
        this.browser = browser;
    }

    /** Opens the embedding page and waits until the widget has drawn its form. */
    static EmbeddedWidget open(Browser browser, URI embeddingPage) {
        browser.open(embeddingPage);
        EmbeddedWidget widget = new EmbeddedWidget(browser);
        browser.await(
                d -> !widget.shadow().findElements(By.cssSelector("form input")).isEmpty());
        return widget;
    }

    void addActivity(String text) {
        shadow().findElement(By.cssSelector("input")).sendKeys(text, Keys.ENTER);
        browser.await(d -> chips().contains(text));
    }

    List<String> chips() {
        return shadow().findElements(By.cssSelector(".chip > span")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Presses the search button and waits for either results or a failure message. */
    void search() {
        shadow().findElement(By.cssSelector("button[type=submit]")).click();
        browser.await(
                d -> !shadow().findElements(By.cssSelector(".result, .error")).isEmpty());
    }

    /** The qualifications shown, best first. */
    List<Result> results() {
        return shadow().findElements(By.cssSelector(".result")).stream()
                .map(result -> {
                    WebElement name = result.findElement(By.cssSelector("a.name"));
                    return new Result(
                            name.getText(),
                            name.getDomAttribute("href"),
                            result.findElement(By.cssSelector(".coverage > span"))
                                    .getText());
                })
                .toList();
    }

    /** The failure message, or null when there is none. */
    String failure() {
        return shadow().findElements(By.cssSelector(".error p")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse(null);
    }

    /** Whether the failure message comes with a button to try again. */
    boolean retryOffered() {
        return !shadow().findElements(By.cssSelector(".error button")).isEmpty();
    }

    /** "Bekijk alles, ook wat je nog mist": the link to the full page with the same question. */
    String fullPageLink() {
        return shadow().findElement(By.cssSelector("a.more")).getDomAttribute("href");
    }

    /** What the host page's Content-Security-Policy blocked, as recorded by the host page. */
    @SuppressWarnings("unchecked")
    List<String> contentSecurityViolations() {
        return (List<String>) browser.script("return window.cspViolations;");
    }

    private SearchContext shadow() {
        return browser.driver().findElement(By.tagName(TAG)).getShadowRoot();
    }

    /** One result line: the qualification's name, where its link goes, and the coverage text beside the bar. */
    record Result(String name, String link, String coverage) {}
}
