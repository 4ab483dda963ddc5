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

    private static final java.util.regex.Pattern OTP = java.util.regex.Pattern.compile("one-time password = (\\S+)");

    /**
     * Through the console, as an administrator would: an enterprise with a valid credit code, an operator card of it
     * and a clerk acting for it; the clerk's one-time password.
     */
    protected String enterpriseCardAndClerk(String code, String name, String pin, String clerk, String holder)
            throws Exception {
        karaf.awaitConsole(Duration.ofSeconds(60));
        String first17 = "91610131" + code.substring(0, 9);
        String credit = first17 + org.tongguan.core.enterprise.CreditCodes.checkCharacter(first17);
        assertTrue(karaf.console("tongguan:enterprise-add " + code + " " + credit + " " + name).contains("saved"));
        assertTrue(karaf.console("tongguan:card-issue OP" + code + " OPERATOR " + code + " " + holder + " " + pin)
                .contains(code));
        String created = karaf.console("tongguan:user-add --roles CLERK --enterprises " + code + " " + clerk + " "
                + holder);
        java.util.regex.Matcher m = OTP.matcher(created);
        assertTrue(m.find(), created);
        return m.group(1);
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
