package nl.skillsmap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Sets up {@link BrowserTest} classes: checks that Chromium and chromedriver are installed, builds (or reuses) the
 * full-data index and starts {@link LiveSkillsmap} once per test JVM, and gives each test class a browser of its own.
 * Test methods receive {@link LiveSkillsmap}, {@link Browser} (the class's browser) and {@link HeadlessChromium} (to
 * start further, fresh browsers) as parameters. Each test starts with the console log read empty; a failing test
 * leaves a screenshot named after it.
 */
public final class BrowserEnvironment implements BeforeAllCallback, BeforeEachCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserEnvironment.class);
    private static final Set<Class<?>> PROVIDED = Set.of(LiveSkillsmap.class, Browser.class, HeadlessChromium.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeFalse(
                HeadlessChromium.skipRequested(), HeadlessChromium.SKIP_VARIABLE + "=1: browser tests skipped");
        List<String> missing = HeadlessChromium.missingPrograms();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and chromedriver; missing: "
                    + String.join(", ", missing) + ". Run bin/test, which installs them (apt-get install chromium "
                    + "chromium-driver), or set " + HeadlessChromium.SKIP_VARIABLE + "=1 to skip the browser tests.");
        }
        context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(LiveSkillsmap.class, type -> startLiveSkillsmap(), LiveSkillsmap.class);
        context.getStore(NAMESPACE).computeIfAbsent(Browser.class, type -> launch(chromium()), Browser.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // What an earlier test of the class left in the console is not this test's business.
        context.getStore(NAMESPACE).get(Browser.class, Browser.class).consoleErrors();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return PROVIDED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == HeadlessChromium.class) {
            return chromium();
        }
        return context.getStore(NAMESPACE).get(type, type);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (browser == null) {
            return;
        }
        try {
            browser.screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static HeadlessChromium chromium() {
        return new HeadlessChromium(screenshots());
    }

    private static Path screenshots() {
        return BuildDirectory.resolve("screenshots");
    }

    private static LiveSkillsmap startLiveSkillsmap() {
        try {
            return LiveSkillsmap.start(FullDataIndex.ofDefaultData().ensureBuilt());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Skillsmap over the full default data", e);
        }
    }

    private static Browser launch(HeadlessChromium chromium) {
        try {
            return chromium.launch();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Chromium", e);
        }
    }
}
