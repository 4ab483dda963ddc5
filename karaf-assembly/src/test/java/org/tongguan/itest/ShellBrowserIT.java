package org.tongguan.itest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;

/**
 * A clerk's first day, in a real headless Chromium against the real distribution running as a process: first
 * sign-in with the printed one-time password, the forced password change, the language switch, an enterprise
 * refused for its credit code and then accepted; an administrator stopping and starting the area in the console
 * while the page is open; a clerk refused a page; Karaf restarted and the data still there, numbers going on without
 * a gap; the audit showing the refusal, filtered on the server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShellBrowserIT extends BrowserSuite {
    @Override
    protected String folder() {
        return "it-shell";
    }

    private static final Duration LIVE = Duration.ofSeconds(5);
    private static final String NEW_PASSWORD = "Tongguan2026";
    private static final String CUSTOMS = "6101940123";
    private static final String NAME = "西安高新加工贸易有限公司";

    @Test
    @Order(1)
    void firstSignInForcesAPasswordChange() throws Exception {
        browser.open(base);
        browser.find("#login-username");
        browser.screenshot("01-login");
        browser.type("login-username", "admin");
        browser.type("login-password", "wrong-password");
        browser.click("login-submit");
        browser.awaitText("#login-error", "用户名或密码不正确", LIVE);

        browser.type("login-password", karaf.firstAdminPassword());
        browser.press("login-password", Keys.ENTER);
        browser.find("#password-old");
        browser.type("password-old", karaf.firstAdminPassword());
        browser.type("password-new", "short1");
        browser.type("password-repeat", "short1");
        browser.click("password-save");
        assertTrue(browser.invalid("password-new"));
        assertTrue(browser.errorMessage("password-new").contains("至少 8 位"));

        browser.type("password-new", NEW_PASSWORD);
        browser.type("password-repeat", NEW_PASSWORD);
        browser.click("password-save");
        browser.awaitText("h2", "欢迎", LIVE);
        browser.find("#menu-enterprises");
        browser.screenshot("02-home");
        assertFalse(karaf.logText().contains(karaf.firstAdminPassword()),
                "the one-time password is shown on the console only, never written to karaf.log");
    }

    @Test
    @Order(2)
    void theLanguageCanBeSwitched() throws Exception {
        browser.click("user-menu-root");
        browser.clickScript("menu-lang-en");
        browser.awaitText("#menu-enterprises", "Enterprises", Duration.ofSeconds(10));
        assertTrue(browser.pageText().contains("Welcome"));
        browser.screenshot("03-english");

        browser.click("user-menu-root");
        browser.clickScript("menu-lang-zh");
        browser.awaitText("#menu-enterprises", "企业信息", Duration.ofSeconds(10));
    }

    @Test
    @Order(3)
    void anEnterpriseIsRefusedForItsCreditCodeThenAccepted() throws Exception {
        browser.click("menu-enterprises");
        browser.find("#enterprise-grid");
        browser.find("#tab-enterprises");
        browser.click("enterprise-add");
        browser.type("enterprise-customsCode", CUSTOMS);
        browser.type("enterprise-creditCode", "91350100M000100Y44");
        browser.type("enterprise-name", NAME);
        browser.type("enterprise-address", "西安市高新区锦业路 1 号");
        browser.type("enterprise-phone", "029-88886666");
        browser.click("enterprise-save");
        assertTrue(browser.invalid("enterprise-creditCode"));
        String error = browser.errorMessage("enterprise-creditCode");
        assertTrue(error.contains("社会信用代码") && error.contains("校验"), error);
        assertFalse(browser.gridText("enterprise-grid").contains(NAME), "nothing saved");
        browser.screenshot("04-enterprise-invalid");

        browser.type("enterprise-creditCode", "91350100M000100Y43");
        browser.click("enterprise-save");
        browser.awaitText("#enterprise-grid vaadin-grid-cell-content", NAME, LIVE);
        assertTrue(browser.gridText("enterprise-grid").contains("91350100M000100Y43"));
        browser.screenshot("05-enterprise-saved");
    }

    @Test
    @Order(4)
    void anAreaStoppedInTheConsoleLeavesTheOpenPageAndComesBack() throws Exception {
        karaf.console("bundle:stop org.tongguan.enterprise");
        browser.awaitGone("#menu-enterprises", LIVE);
        browser.awaitText("#route-gone", "该模块已停用", LIVE);
        browser.screenshot("06-module-stopped");

        karaf.console("bundle:start org.tongguan.enterprise");
        browser.awaitPresent("#menu-enterprises", LIVE);
        browser.awaitText("#enterprise-grid vaadin-grid-cell-content", NAME, LIVE);
        browser.awaitGone("#route-gone", LIVE);

        // the shell itself updated under the open page: the browser loads it anew, still signed in, on the same page
        browser.markPage();
        karaf.console("bundle:update org.tongguan.shell");
        browser.awaitReloaded(Duration.ofSeconds(20));
        browser.awaitText("#enterprise-grid vaadin-grid-cell-content", NAME, Duration.ofSeconds(20));
        browser.find("#menu-enterprises");
    }

    @Test
    @Order(5)
    void anAdministratorCreatesAClerkWhoSeesOnlyWhatTheRoleAndEnterpriseAllow() throws Exception {
        String refused = karaf.console("tongguan:enterprise-add 3111940001 91330200MA2AXXXXX0 宁波他人企业");
        assertTrue(refused.contains("error:") && !refused.contains("saved"), "the console applies the form's rules: " + refused);
        String otherCredit = "91330200" + "3111940001".substring(1);
        otherCredit = otherCredit + org.tongguan.core.enterprise.CreditCodes.checkCharacter(otherCredit);
        assertTrue(karaf.console("tongguan:enterprise-add 3111940001 " + otherCredit + " 宁波他人企业").contains("saved"));

        browser.click("menu-audit");
        browser.type("audit-filter", CUSTOMS);
        // who added the enterprise is recorded (the filtered rows replace the unfiltered ones after a round trip)
        browser.awaitGridText("audit-grid", "|admin|新增|企业|" + CUSTOMS + "|", LIVE);

        browser.click("menu-roles");
        browser.clickCell("role-grid", "关务人员");
        browser.awaitText("#role-permissions", "企业信息", LIVE);
        browser.screenshot("10-roles");

        browser.click("menu-cards");
        browser.click("card-issue");
        browser.type("card-cardNo", "OP61019401230001");
        browser.clickScript("card-type");
        browser.awaitPresent("vaadin-select-item", LIVE);
        browser.clickLabeled("vaadin-select-item", "操作员卡");
        browser.chooseInComboBox("card-enterpriseCode", CUSTOMS);
        browser.type("card-holderName", "王关务");
        browser.type("card-pin", "12345");
        browser.type("card-pin-repeat", "12345");
        browser.click("card-save");
        assertTrue(browser.invalid("card-pin"), "a PIN of 5 digits is refused on its field");
        browser.type("card-pin", "123456");
        browser.type("card-pin-repeat", "123456");
        browser.click("card-save");
        browser.awaitText("#card-grid vaadin-grid-cell-content", "OP61019401230001", LIVE);
        browser.screenshot("11-cards");

        browser.click("menu-users");
        browser.click("user-add");
        browser.type("user-username", "clerk1");
        browser.type("user-displayName", "王关务");
        browser.clickLabeled("#user-roles vaadin-checkbox", "关务人员");
        browser.chooseInComboBox("user-enterprises", CUSTOMS);
        browser.screenshot("07-user-new");
        browser.click("user-save");
        String otp = browser.find("#user-otp").getText().trim();
        browser.click("user-otp-close");
        browser.awaitText("#user-grid vaadin-grid-cell-content", "clerk1", LIVE);

        browser.click("user-menu-root");
        browser.clickScript("menu-logout");
        browser.signInFirstTime(base, "clerk1", otp, "Clerk2026pw");
        browser.awaitText("h2", "欢迎", LIVE);
        browser.find("#menu-enterprises");
        assertTrue(browser.all("#menu-users").isEmpty(), "a clerk has no user administration");
        browser.click("menu-enterprises");
        browser.awaitText("#enterprise-grid vaadin-grid-cell-content", NAME, LIVE);
        assertFalse(browser.gridText("enterprise-grid").contains("宁波他人企业"), "only the clerk's own enterprise");
        assertTrue(browser.all("#enterprise-add").stream().noneMatch(org.openqa.selenium.WebElement::isDisplayed),
                "the registry is added to by administrators only");
        browser.screenshot("08-clerk");

        browser.open(base + "users");
        browser.awaitText("#problem-notification, vaadin-notification-card", "无权", LIVE);
        // the refusal names the permission as the roles page does, never by its key
        browser.awaitText("#problem-notification, vaadin-notification-card", "“用户管理”", LIVE);
        assertFalse(browser.pageText().contains("admin.users"), browser.pageText());
        assertTrue(browser.all("#user-grid").isEmpty());
    }

    @Test
    @Order(6)
    void theDataSurvivesARestart() throws Exception {
        Path header = Files.writeString(Path.of("target", folder(), "qyzz-header.properties").toAbsolutePath(),
                "bizopEtpsno=" + CUSTOMS + "\nrcvgdEtpsno=" + CUSTOMS + "\ndclEtpsno=" + CUSTOMS
                        + "\nfinishValidDate=2030-12-31\nprdtCapaAmt=100\nmasterCuscd=9000\nqualTypecd=1\n");
        assertTrue(karaf.console("tongguan:doc-create qyzz " + header).contains(" QYZZ" + CUSTOMS + "000001 "),
                "企业内部编号 are counted per enterprise");
        karaf.stop();
        karaf.start();
        karaf.awaitLoginPage(Duration.ofSeconds(120));
        browser.open(base + "enterprises");
        browser.type("login-username", "admin");
        browser.type("login-password", NEW_PASSWORD);
        browser.click("login-submit");
        browser.awaitText("h2", "欢迎", LIVE);
        browser.awaitPresent("#menu-enterprises", Duration.ofSeconds(30));
        browser.click("menu-enterprises");
        browser.awaitText("#enterprise-grid vaadin-grid-cell-content", NAME, Duration.ofSeconds(10));
        assertTrue(karaf.console("tongguan:enterprise-list").contains(CUSTOMS));
        String next = karaf.console("tongguan:doc-create qyzz " + header);
        assertTrue(next.contains(" QYZZ" + CUSTOMS + "000002 "), "no gap after a clean restart: " + next);
    }

    @Test
    @Order(7)
    void theAuditShowsTheClerksRefusedPageAndItsFiltersAskTheServer() throws Exception {
        browser.click("menu-audit");
        browser.type("audit-actor", "clerk1");
        browser.awaitGridText("audit-grid", "|clerk1|登录|", LIVE);
        browser.clickScript("audit-action");
        browser.awaitPresent("vaadin-select-item", LIVE);
        browser.clickLabeled("vaadin-select-item", "拒绝");
        // who, what (the permission by its name), why
        browser.awaitGridText("audit-grid", "|clerk1|拒绝|权限|用户管理||", LIVE);
        browser.awaitGridGone("audit-grid", "|登录|", LIVE);
        assertTrue(browser.gridText("audit-grid").contains("角色不含此权限"), browser.gridText("audit-grid"));
        browser.screenshot("09-audit");

        // shown in Beijing time, as documents are, whatever the server's clock zone
        Matcher at = Pattern.compile("(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})\\|clerk1\\|拒绝")
                .matcher(browser.gridText("audit-grid"));
        assertTrue(at.find(), browser.gridText("audit-grid"));
        LocalDateTime shown = LocalDateTime.parse(at.group(1).replace(' ', 'T'));
        LocalDateTime beijingNow = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        assertTrue(Duration.between(shown, beijingNow).abs().toMinutes() < 15, shown + " vs " + beijingNow);

        // a period: days after today hold none of it; from today on it is back
        LocalDate today = beijingNow.toLocalDate();
        browser.type("audit-from", today.plusDays(1).toString());
        browser.press("audit-from", Keys.ENTER);
        browser.awaitGridGone("audit-grid", "|clerk1|", LIVE);
        browser.type("audit-from", today.toString());
        browser.press("audit-from", Keys.ENTER);
        browser.awaitGridText("audit-grid", "|clerk1|拒绝|", LIVE);

        // an enterprise: what was done to it, by anyone, of any kind
        browser.type("audit-actor", "");
        browser.clickScript("audit-action");
        browser.awaitPresent("vaadin-select-item", LIVE);
        browser.clickLabeled("vaadin-select-item", "全部");
        browser.type("audit-enterprise", CUSTOMS);
        browser.awaitGridText("audit-grid", "|admin|新增|企业|" + CUSTOMS + "|" + CUSTOMS + "|", LIVE);
        browser.awaitGridText("audit-grid", "|新增|单证|QYZZ" + CUSTOMS + "000002|" + CUSTOMS + "|", LIVE);
        browser.awaitGridGone("audit-grid", "3111940001", LIVE);
        assertTrue(browser.gridText("audit-grid").contains("数据状态=暂存"), "states by their names: "
                + browser.gridText("audit-grid"));
    }

    /** Data entered in Chinese (by this suite, the first administrator, the simulator's card), shown as is. */
    private static final java.util.List<String> CHINESE_DATA = java.util.List.of(NAME, "宁波他人企业", "王关务",
            "西安市高新区锦业路 1 号", "中文（简体）", "系统管理员",
            "海关模拟器");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]+");

    @Test
    @Order(8)
    void anEnglishBrowserSeesEnglishFromTheSignInPageToEveryMenuEntry() throws Exception {
        String created = karaf.console("tongguan:user-add --roles ADMIN,CLERK --enterprises " + CUSTOMS
                + " english1 Alice");
        Matcher otp = Pattern.compile("one-time password = (\\S+)").matcher(created);
        assertTrue(otp.find(), created);
        try (Browser en = new Browser(Path.of("target/screenshots"), "en-US")) {
            en.open(base);
            en.find("#login-username");
            assertNoChinese("sign-in page", en.pageText());
            en.type("login-username", "english1");
            en.type("login-password", "wrong-password");
            en.click("login-submit");
            en.awaitText("#login-error", "Wrong user name or password", LIVE);

            en.type("login-password", otp.group(1));
            en.click("login-submit");
            en.find("#password-old");
            assertNoChinese("first password change", en.pageText());
            en.type("password-old", otp.group(1));
            en.type("password-new", "short1");
            en.type("password-repeat", "short1");
            en.click("password-save");
            assertTrue(en.invalid("password-new"));
            assertNoChinese("password rule", en.errorMessage("password-new"));
            en.type("password-new", "English2026pw");
            en.type("password-repeat", "English2026pw");
            en.click("password-save");
            en.awaitText("h2", "Welcome", LIVE);
            en.screenshot("20-english-home");

            // every page of the side menu, one after the other; what is not English is collected, then reported
            java.util.List<String> entries = en.all("vaadin-side-nav-item[id^='menu-']").stream()
                    .map(e -> e.getAttribute("id")).filter(id -> !id.startsWith("menu-group-")).toList();
            assertTrue(entries.size() >= 10, "the menu of an administrator and clerk: " + entries);
            java.util.Map<String, String> chinese = new java.util.TreeMap<>();
            for (String id : entries) {
                en.click(id);
                en.awaitPresent("#tab-" + id.substring("menu-".length()), LIVE);
                chinese(en.pageText()).ifPresent(found -> chinese.put(id, found));
            }
            assertTrue(chinese.isEmpty(), "Chinese text on English pages: " + chinese);

            // a role's permissions by their English names: every installed area names its own
            en.click("menu-roles");
            en.clickCell("role-grid", "Customs clerk");
            en.awaitText("#role-permissions", "View enterprises", LIVE);
            String permissions = en.text("#role-permissions");
            assertFalse(permissions.contains("module not installed"), permissions);
            assertNoChinese("role permissions", permissions);
            en.screenshot("21-english-roles");

            // signed out, the sign-in page stays English
            en.click("user-menu-root");
            en.clickScript("menu-logout");
            en.find("#login-username");
            assertNoChinese("sign-in page after sign-out", en.pageText());
        }
    }

    private static void assertNoChinese(String where, String text) {
        chinese(text).ifPresent(found -> org.junit.jupiter.api.Assertions.fail(where + " has Chinese text «" + found
                + "»:\n" + text));
    }

    /** The Chinese pieces of {@code text} besides the data entered in Chinese, if any. */
    private static java.util.Optional<String> chinese(String text) {
        String rest = text;
        for (String data : CHINESE_DATA) {
            rest = rest.replace(data, "");
        }
        Matcher m = CJK.matcher(rest);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(" ", found));
    }
}
