package org.tongguan.itest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A browser suite: its own copy of the distribution running as a process, one headless Chromium, and on a failed
 * test a screenshot and the page's text in {@code target/screenshots/failed-<suite>-<test>}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSuite {
    protected Distribution karaf;
    protected Browser browser;
    protected String base;
    @RegisterExtension
    final TestWatcher onFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            // the suite's class (this watcher's own class is anonymous)
            String name = "failed-" + BrowserSuite.this.getClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            try {
                browser.screenshot(name);
                Files.writeString(Path.of("target/screenshots", name + ".txt"), browser.pageText());
            } catch (Exception e) {
                cause.addSuppressed(e);
            }
        }
    };

    /** The folder under {@code target/} the suite's distribution is copied to. */
    protected abstract String folder();

    @BeforeAll
    void startDistribution() throws Exception {
        assertTrue(Browser.available(), "Chromium and chromedriver are needed at " + Browser.CHROMIUM + " and "
                + Browser.DRIVER + " (Debian: apt-get install chromium chromium-driver)");
        karaf = Distribution.copy(Distribution.assembly(), Path.of("target", folder()));
        karaf.start();
        karaf.awaitLoginPage(Duration.ofSeconds(120));
        base = karaf.baseUrl();
        browser = new Browser(Path.of("target/screenshots"));
    }

    @AfterAll
    void stopDistribution() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (karaf != null) {
            karaf.close();
        }
    }
}
