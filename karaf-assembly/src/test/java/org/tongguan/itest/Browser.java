package org.tongguan.itest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium (Debian's chromium + chromium-driver) driving the Vaadin UI as a clerk would. */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = System.getProperty("tongguan.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("tongguan.chromedriver", "/usr/bin/chromedriver");
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots;

    Browser(Path screenshots) throws IOException {
        this(screenshots, "zh-CN");
    }

    /** A browser whose language (its Accept-Language) is {@code language}, e.g. en-US. */
    Browser(Path screenshots, String language) throws IOException {
        this.screenshots = Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1440,960", "--lang=" + language,
                "--user-data-dir=" + Files.createTempDirectory("tg-chromium"));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Types into a Vaadin text field (its native input lives in the light DOM). */
    void type(String fieldId, String text) {
        WebElement input = find("#" + fieldId + " > input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** Scrolls the element into the middle of its view (for what a screenshot is to show). */
    void scrollTo(String css) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", find(css));
    }

    void press(String fieldId, CharSequence key) {
        find("#" + fieldId + " > input").sendKeys(key);
    }

    void click(String id) {
        // the side menu scrolls on its own: bring an entry beyond its fold into view first, else Selenium does not
        // count it as visible, so never as clickable
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})",
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))));
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        try {
            e.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            // a closing overlay (menu, notification) still covers it: click through the DOM
            driver.executeScript("arguments[0].click()", e);
        }
    }

    /** Clicks an element that may sit in an overlay (menus), through the DOM. */
    void clickScript(String id) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        driver.executeScript("arguments[0].click()", e);
    }

    /** A first sign-in with a one-time password, which must then be changed to {@code newPassword}. */
    void signInFirstTime(String baseUrl, String user, String oneTimePassword, String newPassword) {
        open(baseUrl);
        type("login-username", user);
        type("login-password", oneTimePassword);
        click("login-submit");
        type("password-old", oneTimePassword);
        type("password-new", newPassword);
        type("password-repeat", newPassword);
        click("password-save");
    }

    /** Clicks the grid row showing {@code text} in one of its cells (selects it). */
    void clickCell(String gridId, String text) {
        wait.until(d -> d.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .anyMatch(e -> e.getText().equals(text)));
        driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .filter(e -> e.getText().equals(text)).findFirst().orElseThrow().click();
    }

    /** Ticks the checkbox of the row showing {@code text} in one of its cells, in a multi-select grid. */
    void selectRow(String gridId, String text) {
        // a cell's content sits in the light DOM, slotted into its cell (td) of a row (tr) in the grid's shadow DOM
        WebElement checkbox = wait.until(d -> (WebElement) driver.executeScript(
                "const g = document.getElementById(arguments[0]); if (!g) return null;"
                        + " const c = [...g.querySelectorAll('vaadin-grid-cell-content')]"
                        + "   .find(e => e.textContent.trim() === arguments[1]);"
                        + " if (!c || !c.assignedSlot) return null;"
                        + " const first = c.assignedSlot.closest('tr').querySelector('slot');"
                        + " const content = first && first.assignedElements()[0];"
                        + " return content ? content.querySelector('vaadin-checkbox') : null;", gridId, text));
        checkbox.click();
    }

    /** Clicks the one of several labelled components (checkboxes, radio buttons) whose text is {@code label}. */
    void clickLabeled(String css, String label) {
        wait.until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(label)));
        WebElement e = driver.findElements(By.cssSelector(css)).stream().filter(x -> x.getText().contains(label))
                .findFirst().orElseThrow();
        List<WebElement> inputs = e.findElements(By.cssSelector("input"));
        if (inputs.isEmpty()) {
            e.click();
        } else {
            inputs.get(0).click();
        }
    }

    /** Picks the item starting with {@code text} in a (multi-select) combo box by keyboard, as a clerk does. */
    void chooseInComboBox(String id, String text) {
        WebElement input = find("#" + id + " input");
        input.click();
        input.sendKeys(text);
        // wait for the server's filtered items, not the unfiltered first page shown before them
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> items = d.findElements(
                            By.cssSelector("vaadin-multi-select-combo-box-item, vaadin-combo-box-item"));
                    return !items.isEmpty() && items.stream().filter(WebElement::isDisplayed)
                            .allMatch(e -> e.getText().contains(text));
                });
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        if (find("#" + id).getDomAttribute("opened") != null) {
            // a multi-select box stays open for more choices: close it (a plain one closed on Enter)
            input.sendKeys(Keys.ESCAPE);
        }
    }

    String attribute(String css, String name) {
        return find(css).getDomAttribute(name);
    }

    boolean invalid(String fieldId) {
        return wait.until(d -> d.findElement(By.id(fieldId)).getDomAttribute("invalid") != null);
    }

    String errorMessage(String fieldId) {
        return (String) driver.executeScript("return arguments[0].errorMessage", find("#" + fieldId));
    }

    /** Waits until some element matching {@code css} shows {@code text}. */
    void awaitText(String css, String text, Duration timeout) {
        // a page being replaced (language switch, navigation) answers with stale or vanished nodes meanwhile
        new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
    }

    void awaitGone(String css, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> d.findElements(By.cssSelector(css)).isEmpty());
    }

    void awaitPresent(String css, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    }

    /** Marks the page loaded now, so {@link #awaitReloaded} can tell when the browser loaded it again. */
    void markPage() {
        driver.executeScript("window.tgMarked = true;");
    }

    /** Waits until the page marked by {@link #markPage} was replaced by a new load. */
    void awaitReloaded(Duration timeout) {
        new WebDriverWait(driver, timeout).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !Boolean.TRUE.equals(driver.executeScript("return window.tgMarked === true;")));
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Text of every grid cell rendered (Vaadin puts cell contents in the light DOM). */
    String gridText(String gridId) {
        find("#" + gridId);
        StringBuilder sb = new StringBuilder();
        for (WebElement c : driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content"))) {
            sb.append(c.getText()).append('|');
        }
        return sb.toString();
    }

    void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Waits until the field's value is {@code text} (values filled by the server arrive after a round trip). */
    void awaitValue(String fieldId, String text, Duration timeout) {
        new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                .until(d -> text.equals(value(fieldId)));
    }

    /** Waits until the field shows {@code text} (a code picker shows its item's label, e.g. "2-已核扣"). */
    void awaitShown(String fieldId, String text, Duration timeout) {
        new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                .until(d -> text.equals(driver.executeScript("return arguments[0].value",
                        d.findElement(By.cssSelector("#" + fieldId + " > input")))));
    }

    /** The value of a Vaadin field, as the component holds it. */
    String value(String fieldId) {
        Object v = driver.executeScript("return arguments[0].value", find("#" + fieldId));
        return v == null ? "" : v.toString();
    }

    /** The id of the Vaadin field that holds the keyboard focus. */
    String focusedFieldId() {
        return (String) driver.executeScript("let e = document.activeElement;"
                + " while (e && !(e.id && e.tagName.startsWith('VAADIN'))) { e = e.parentElement; }"
                + " return e ? e.id : null;");
    }

    boolean disabled(String id) {
        return find("#" + id).getDomAttribute("disabled") != null;
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Selects the tab (of a TabSheet) whose label is {@code label}. */
    void clickTab(String label) {
        wait.until(d -> d.findElements(By.cssSelector("vaadin-tab")).stream()
                .anyMatch(e -> e.isDisplayed() && e.getText().trim().equals(label)));
        driver.findElements(By.cssSelector("vaadin-tab")).stream()
                .filter(e -> e.isDisplayed() && e.getText().trim().equals(label)).findFirst().orElseThrow().click();
    }

    /** Chooses a file in a Vaadin upload, as the file dialog would. */
    void upload(String uploadId, Path file) {
        WebElement upload = find("#" + uploadId);
        WebElement input = (WebElement) driver.executeScript(
                "return arguments[0].querySelector('input[type=file]')"
                        + " || (arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('input[type=file]'))",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Downloads {@code url} in the page's session (as the clerk's click would) and returns the bytes. */
    byte[] fetch(String url) {
        Object b64 = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(b => {"
                + " const u = new Uint8Array(b); let s = ''; for (let i = 0; i < u.length; i++) s += String.fromCharCode(u[i]);"
                + " done(btoa(s)); }).catch(e => done('ERROR ' + e));", url);
        String s = String.valueOf(b64);
        if (s.startsWith("ERROR")) {
            throw new IllegalStateException(s);
        }
        return java.util.Base64.getDecoder().decode(s);
    }

    /** Waits until the grid's cells, joined by '|', contain {@code text} (rows that a filter brings in later). */
    void awaitGridText(String gridId, String text, Duration timeout) {
        new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                .until(d -> gridText(gridId).contains(text));
    }

    /** Waits until the grid's cells no longer contain {@code text} (rows a narrower search takes out). */
    void awaitGridGone(String gridId, String text, Duration timeout) {
        new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                .until(d -> !gridText(gridId).contains(text));
    }

    /** Fails as soon as the grid's cells contain {@code text} within {@code period} (rows a search must not bring). */
    void assertGridStaysWithout(String gridId, String text, Duration period) throws InterruptedException {
        long end = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < end) {
            String t = gridText(gridId);
            if (t.contains(text)) {
                throw new AssertionError("the grid shows " + text + ": " + t);
            }
            Thread.sleep(200);
        }
    }

    /** Clicks {@code searchId} until the grid shows a row with both texts (results that change on the server). */
    void awaitGridCell(String gridId, String searchId, String rowText, String cellText, Duration timeout) {
        new WebDriverWait(driver, timeout, Duration.ofSeconds(2)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    click(searchId);
                    String t = gridText(gridId);
                    return t.contains(rowText) && t.contains(cellText);
                });
    }

    @Override
    public void close() {
        driver.quit();
    }
}
