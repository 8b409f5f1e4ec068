package nl.skillsmap.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its matching chromedriver, started headless with a fresh profile. Both paths are set
 * explicitly, so Selenium never looks for, or downloads, a browser or driver of its own.
 */
public final class HeadlessChromium {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Set to 1 to skip the browser tests, e.g. on a machine where Chromium cannot be installed. */
    public static final String SKIP_VARIABLE = "SKILLSMAP_SKIP_BROWSER";

    private static final List<String> FLAGS = List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--window-size=1280,900",
            "--lang=nl-NL");

    private final Path screenshots;

    public HeadlessChromium(Path screenshots) {
        this.screenshots = screenshots;
    }

    /** True when the person running the tests asked to skip the browser tests. */
    public static boolean skipRequested() {
        return "1".equals(System.getenv(SKIP_VARIABLE));
    }

    /** What is missing for the browser tests, as a message saying how to get it; empty when nothing is. */
    public static List<String> missingPrograms() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(BROWSER)) {
            missing.add(BROWSER + " (Debian package chromium)");
        }
        if (!Files.isExecutable(DRIVER)) {
            missing.add(DRIVER + " (Debian package chromium-driver)");
        }
        return missing;
    }

    /** Starts a new browser with an empty profile of its own. */
    public Browser launch() throws IOException {
        Path profile = Files.createTempDirectory("skillsmap-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        // Keep the page's console errors (uncaught exceptions, failed requests) for the tests to read.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "SEVERE"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            Browser.deleteProfile(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile, screenshots);
    }
}
