package nl.skillsmap.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, the accessibility rules engine, run inside the page under test. The script is the copy bundled in
 * {@code com.deque.html.axe-core:selenium}; axe walks open shadow roots itself, so a scan of the document covers the
 * widget too, and a shadow-DOM selector ({@code {fromShadowDom: ["skillsmap-search", ".sm"]}}) limits a scan to one
 * shadow root.
 */
final class Axe {

    private static final String SCRIPT = "/axe.min.js";
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Axe() {}

    /** Runs every axe rule over {@code context} (null: the whole document) and returns its raw JSON result. */
    static String run(JavascriptExecutor page, Object context) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(source());
        }
        Object result = page.executeAsyncScript("""
                const context = arguments[0];
                const done = arguments[arguments.length - 1];
                window.axe.run(context ?? document, {})
                  .then((results) => done(JSON.stringify(results)))
                  .catch((error) => done(JSON.stringify({ error: String(error) })));
                """, context);
        return (String) result;
    }

    static AxeResults parse(String json) {
        try {
            AxeResults results = JSON.readValue(json, AxeResults.class);
            if (results.error() != null) {
                throw new IllegalStateException("axe-core failed in the page: " + results.error());
            }
            return results;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable axe-core result", e);
        }
    }

    private static String source() {
        try (InputStream in = Axe.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the test classpath; it comes with "
                        + "com.deque.html.axe-core:selenium (see search-api/pom.xml)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCRIPT, e);
        }
    }
}
