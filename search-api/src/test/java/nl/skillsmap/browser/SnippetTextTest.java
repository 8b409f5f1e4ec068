package nl.skillsmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.skillsmap.testing.Browser;
import nl.skillsmap.testing.BrowserTest;
import nl.skillsmap.testing.LiveSkillsmap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Search snippets are shown as the text they are, the matched words in {@code <mark>}, never read as HTML. */
@BrowserTest
class SnippetTextTest {

    @Test
    void aSearchForWorkShowsEachSnippetsTextWithItsMarkedWords(LiveSkillsmap skillsmap, Browser browser)
            throws IOException {
        MatchPage.open(browser, skillsmap.page());
        browser.driver().findElement(By.cssSelector("#search-panel summary")).click();
        browser.driver().findElement(By.id("search-input")).sendKeys("voorraad");
        browser.driver().findElement(By.id("search-button")).click();
        WebElement first = browser.awaitVisible(By.cssSelector("#search-results .hit .snippet"));

        JsonNode snippet = skillsmap
                .server()
                .get("search?q=voorraad&type=workProcess&limit=10")
                .get("hits")
                .get(0)
                .get("snippet");
        String text = snippet.get("text").asText();
        List<String> marked = new ArrayList<>();
        snippet.get("marks")
                .forEach(m ->
                        marked.add(text.substring(m.get(0).asInt(), m.get(1).asInt())));
        assertThat(first.getText()).isEqualTo(text);
        assertThat(first.findElements(By.tagName("mark")))
                .extracting(WebElement::getText)
                .containsExactlyElementsOf(marked)
                .isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void markupAndCharacterReferencesInASnippetStayLiteralText(LiveSkillsmap skillsmap, Browser browser) {
        MatchPage.open(browser, skillsmap.page());

        Map<String, Object> shown = (Map<String, Object>) browser.script("""
                return import(new URL('js/dom.js', document.baseURI).href).then(({ markedText }) => {
                  const p = document.createElement('p');
                  p.append(markedText({ text: '<script>alert(1)</script> &amp; &lt;b&gt;kassa&lt;/b&gt;',
                                        marks: [[0, 8], [41, 46]] }));
                  return { text: p.textContent, marks: [...p.querySelectorAll('mark')].map((m) => m.textContent),
                           elements: [...p.querySelectorAll('*')].map((e) => e.localName) };
                });
                """);

        assertThat(shown.get("text")).isEqualTo("<script>alert(1)</script> &amp; &lt;b&gt;kassa&lt;/b&gt;");
        assertThat((List<String>) shown.get("marks")).containsExactly("<script>", "kassa");
        assertThat((List<String>) shown.get("elements")).containsExactly("mark", "mark");
    }
}
