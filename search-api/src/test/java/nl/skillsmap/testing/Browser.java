package nl.skillsmap.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.skillsmap.index.IndexLocation;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One running headless browser: navigation, explicit waits, full-page screenshots and accessibility scans. */
public final class Browser implements AutoCloseable {

    /** Long enough for a first match over the full index on a busy two-core machine. */
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Screenshots of very long pages are cut here; the top is what a reader looks at. */
    private static final int MAX_PAGE_HEIGHT = 6000;
    /** Element screenshots show about two screens, small enough to read at a glance. */
    private static final int MAX_REGION_HEIGHT = 1600;

    private static final Pattern PAGE_OBJECT = Pattern.compile("/Type\\s*/Page(?![s\\w])");

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;

    Browser(ChromeDriver driver, Path profile, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads a URL as a new document, even when only its fragment differs from the current one. */
    public void open(URI url) {
        driver.get("about:blank");
        driver.get(url.toString());
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Waits until the condition gives something other than null or false, and returns it. */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** Waits for a displayed element matching the selector. */
    public WebElement awaitVisible(By selector) {
        return await(d -> d.findElements(selector).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    public List<WebElement> findAll(By selector) {
        return driver.findElements(selector);
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Errors the pages logged to the console since the last call (uncaught exceptions, failed requests). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves a screenshot of the whole page (up to a height limit) as {@code <name>.png}; returns the file. */
    public Path screenshot(String name) throws IOException {
        // The window's width, scroll bar included: capturing beyond the viewport lays the page out without one.
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) script("""
                const page = document.documentElement;
                return { width: Math.max(page.scrollWidth, window.innerWidth), height: page.scrollHeight };
                """);
        return capture(name, 0, 0, number(size.get("width")), Math.min(MAX_PAGE_HEIGHT, number(size.get("height"))));
    }

    /** Saves a screenshot of one element (its top part, for long ones) as {@code <name>.png}; returns the file. */
    public Path screenshotOf(String name, By region) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) script("""
                const box = arguments[0].getBoundingClientRect();
                return { x: box.left + window.scrollX, y: box.top + window.scrollY, width: box.width, height: box.height };
                """, driver.findElement(region));
        return capture(
                name,
                number(box.get("x")),
                number(box.get("y")),
                number(box.get("width")),
                Math.min(MAX_REGION_HEIGHT, number(box.get("height"))));
    }

    /**
     * Saves what is on the screen now (the viewport at its scroll position) as {@code <name>.png}: a small picture
     * of one state, as a person sees it.
     */
    public Path screenshotOfScreen(String name) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> view = (Map<String, Object>)
                script(
                        "return { x: window.scrollX, y: window.scrollY, width: window.innerWidth, height: window.innerHeight };");
        return capture(
                name,
                number(view.get("x")),
                number(view.get("y")),
                number(view.get("width")),
                number(view.get("height")));
    }

    /**
     * An image element as the browser draws it, painted on white at {@code size} x {@code size} pixels (e.g. to read a
     * QR code back); kept as {@code <name>.png}.
     */
    public BufferedImage imageAsDrawn(String name, By image, int size) throws IOException {
        String dataUrl = (String) script("""
                const canvas = document.createElement('canvas');
                canvas.width = arguments[1];
                canvas.height = arguments[1];
                const paint = canvas.getContext('2d');
                paint.fillStyle = '#fff';
                paint.fillRect(0, 0, canvas.width, canvas.height);
                paint.drawImage(arguments[0], 0, 0, canvas.width, canvas.height);
                return canvas.toDataURL('image/png');
                """, driver.findElement(image), size);
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve(name + ".png"), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private Path capture(String name, double x, double y, double width, double height) throws IOException {
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", x, "y", y, "width", width, "height", height, "scale", 1)));
        Files.createDirectories(screenshots);
        Path file = screenshots.resolve(name + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /**
     * Lays pages out as on a screen of this size in CSS pixels (a phone below 700 px wide: touch, mobile viewport),
     * until {@link #useDesktopViewport()}.
     */
    public void useViewport(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 700));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", width < 700));
    }

    /** Applies the print stylesheet to the page on screen (true) or the screen's again (false). */
    public void emulatePrintMedia(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    /** Back to the window's own size. */
    public void useDesktopViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }

    /**
     * Prints the page on A4 through Chromium's own PDF output (the print stylesheet and the page's beforeprint
     * handler apply), keeps it as {@code <name>.pdf} and returns the number of pages.
     */
    public int printToPdf(String name) throws IOException {
        Map<String, Object> pdf = driver.executeCdpCommand(
                "Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve(name + ".pdf"), bytes);
        // Every page of Chromium's PDF is one "/Type /Page" object (the page tree is "/Type /Pages").
        return (int) PAGE_OBJECT
                .matcher(new String(bytes, StandardCharsets.ISO_8859_1))
                .results()
                .count();
    }

    /** Runs axe-core over the whole document, shadow roots included; keeps its report as {@code <name>.json}. */
    public AxeResults scanAccessibility(String name) throws IOException {
        return scan(name, null);
    }

    /**
     * Runs axe-core inside one shadow root only: the element matched by {@code host}, then {@code inner} within its
     * shadow root; keeps the report as {@code <name>.json}.
     */
    public AxeResults scanAccessibilityInShadowRoot(String name, String host, String inner) throws IOException {
        return scan(name, Map.of("include", List.of(Map.of("fromShadowDom", List.of(host, inner)))));
    }

    private AxeResults scan(String name, Object context) throws IOException {
        String json = Axe.run(driver, context);
        Path reports = screenshots.resolveSibling("axe");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve(name + ".json"), json);
        return Axe.parse(json);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile(profile);
        }
    }

    static void deleteProfile(Path profile) {
        try {
            IndexLocation.deleteRecursively(profile);
        } catch (UncheckedIOException e) {
            // A leftover temporary profile is harmless; the browser's own files may still be closing.
        }
    }
}
