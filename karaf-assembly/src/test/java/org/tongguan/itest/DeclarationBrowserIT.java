package org.tongguan.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.tongguan.core.io.Xlsx;

/**
 * A clerk files a 企业资质申请 in a real headless Chromium against the distribution running as a process (manual 000
 * §四(一)): the header by keyboard (a 海关编码 fills credit code and name), two 料件 and one 成品 saved with Enter, a
 * bad xlsx refused row by row and 100 料件 imported, 暂存, 申报 with the card's PIN, 海关终审通过 from the simulated
 * customs, 查看回执, the PDF with the enterprise name in Chinese; then a 申报 pending while Karaf restarts completes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeclarationBrowserIT extends BrowserSuite {
    @Override
    protected String folder() {
        return "it-declaration";
    }

    private static final Duration LIVE = Duration.ofSeconds(10);
    private static final Duration CUSTOMS = Duration.ofSeconds(40);
    private static final String CODE = "6101950002";
    private static final String NAME = "西安通关示范加工有限公司";
    private static final String PIN = "135790";
    private static final String CLERK_PASSWORD = "Clerk2026pw";
    private String clerkOtp;
    private String secondDocument;

    @BeforeAll
    void anEnterpriseItsCardAndAClerk() throws Exception {
        clerkOtp = enterpriseCardAndClerk(CODE, NAME, PIN, "clerk2", "张关务");
    }

    @Test
    @Order(1)
    void theClerkFillsTheHeaderByKeyboardAndSavesIt() throws Exception {
        browser.signInFirstTime(base, "clerk2", clerkOtp, CLERK_PASSWORD);
        browser.click("menu-ledger-qyzz");
        browser.find("#doc-qyzz-bizopEtpsno");
        // Tab moves to the next field; the 海关编码 fills the 社会信用代码 and the name
        browser.type("doc-qyzz-bizopEtpsno", CODE);
        browser.press("doc-qyzz-bizopEtpsno", Keys.TAB);
        browser.awaitValue("doc-qyzz-bizopEtpsNm", NAME, LIVE);
        assertEquals("doc-qyzz-bizopEtpsSccd", browser.focusedFieldId());
        browser.type("doc-qyzz-rcvgdEtpsno", CODE);
        browser.press("doc-qyzz-rcvgdEtpsno", Keys.TAB);
        browser.type("doc-qyzz-dclEtpsno", CODE);
        browser.press("doc-qyzz-dclEtpsno", Keys.TAB);
        browser.awaitValue("doc-qyzz-dclEtpsNm", NAME, LIVE);
        browser.type("doc-qyzz-finishValidDate", "2030-12-31");
        browser.press("doc-qyzz-finishValidDate", Keys.TAB);
        browser.type("doc-qyzz-prdtCapaAmt", "100");
        browser.press("doc-qyzz-prdtCapaAmt", Keys.TAB);
        browser.chooseInComboBox("doc-qyzz-masterCuscd", "9000");
        // items need a saved header
        browser.clickTab("料件");
        assertTrue(browser.disabled("tab-mtpck-add"));
        browser.clickTab("表头");
        browser.click("doc-save");
        browser.awaitText("#doc-status", "暂存", LIVE);
        browser.awaitText("#doc-status", "QYZZ", LIVE);
        browser.screenshot("11-qyzz-header");
    }

    /** The three enterprise codes, each left with Tab so the registry fills credit code and name. */
    private void enterEnterprises() {
        for (String unit : new String[] {"bizop", "rcvgd", "dcl"}) {
            browser.type("doc-qyzz-" + unit + "Etpsno", CODE);
            browser.press("doc-qyzz-" + unit + "Etpsno", Keys.TAB);
        }
        browser.awaitValue("doc-qyzz-dclEtpsNm", NAME, LIVE);
    }

    @Test
    @Order(2)
    void twoMaterialsAndOneProductAreSavedWithEnter() throws Exception {
        browser.clickTab("料件");
        addRow("mtpck", "M-001", "10");
        browser.awaitText("#tab-mtpck-grid", "M-001", LIVE);
        addRow("mtpck", "M-002", "3");
        browser.awaitText("#tab-mtpck-grid", "M-002", LIVE);
        String rows = browser.gridText("tab-mtpck-grid");
        assertTrue(rows.contains("45"), "申报总价 = 4.5 × 10: " + rows);
        browser.clickTab("成品");
        addRow("endprd", "P-001", "2");
        browser.awaitText("#tab-endprd-grid", "P-001", LIVE);
        browser.screenshot("12-qyzz-items");
    }

    private void addRow(String tab, String mtno, String qty) {
        String p = "item-" + tab + "-";
        browser.click("tab-" + tab + "-add");
        browser.type(p + "gdsMtno", mtno);
        browser.press(p + "gdsMtno", Keys.TAB);
        browser.chooseInComboBox(p + "gdecd", "4421100090");
        // the code fills its name and legal unit (木衣架, 035 千克); the clerk's own name replaces the table's
        browser.awaitShown(p + "lawfUnitcd", "035 千克", LIVE);
        browser.type(p + "gdsNm", "木制衣架");
        browser.chooseInComboBox(p + "dclUnitcd", "007");
        browser.type(p + "dclUprcAmt", "4.5");
        browser.chooseInComboBox(p + "dclCurrcd", "142");
        browser.type(p + "dclQty", qty);
        browser.type(p + "natcd", "142");
        browser.awaitPresent("vaadin-combo-box-item", LIVE);
        browser.press(p + "natcd", Keys.ENTER);
    }

    /**
     * Typing 8542 lists the 集成电路 lines with their names and legal units, the table's edition below; choosing one
     * fills 商品名称 and both legal units; the 申报要素 helper beside 规格型号 writes it in the customs form, warns of
     * the required elements left blank, and reads it back.
     */
    @Test
    @Order(3)
    void anHsCodeFillsNameAndBothUnitsAndTheElementsHelperWritesTheSpec() throws Exception {
        browser.clickTab("料件");
        String p = "item-mtpck-";
        browser.click("tab-mtpck-add");
        browser.type(p + "gdsMtno", "IC-001");
        browser.press(p + "gdsMtno", Keys.TAB);
        browser.awaitText("#" + p + "gdecd", "商品编码表 2020 版", LIVE);
        browser.find("#" + p + "gdecd input").sendKeys("8542");
        browser.awaitText("vaadin-combo-box-item", "其他用作处理器及控制器的集成电路", LIVE);
        browser.awaitText("vaadin-combo-box-item", "007 个 / 035 千克", LIVE);
        List<String> items = browser.all("vaadin-combo-box-item").stream().filter(e -> e.isDisplayed())
                .map(e -> e.getText()).toList();
        assertTrue(items.stream().allMatch(t -> t.startsWith("8542")), items.toString());
        assertTrue(items.stream().filter(t -> t.contains("集成电路")).count() >= 5, items.toString());
        browser.screenshot("12b-hs-picker");
        browser.chooseInComboBox(p + "gdecd", "319000");
        browser.awaitShown(p + "gdecd", "8542319000 其他用作处理器及控制器的集成电路", LIVE);
        browser.awaitValue(p + "gdsNm", "其他用作处理器及控制器的集成电路", LIVE);
        browser.awaitShown(p + "lawfUnitcd", "007 个", LIVE);
        browser.awaitShown(p + "secdLawfUnitcd", "035 千克", LIVE);

        browser.click(p + "endprdGdsSpcfModelDesc-elements");
        browser.awaitPresent("#elements-12", LIVE);
        assertTrue(browser.pageText().contains("12 其他"), browser.pageText());
        browser.type("elements-1", "0");
        browser.type("elements-2", "0");
        browser.type("elements-3", "计算机用");
        browser.type("elements-7", "X86-64");
        browser.screenshot("12c-hs-elements");
        browser.click("elements-ok");
        browser.awaitValue(p + "endprdGdsSpcfModelDesc", "0|0|计算机用||||X86-64|||||", LIVE);
        // 功能, 是否封装, 品牌 … left blank: a warning beside 规格型号, not a refusal
        browser.awaitText("#" + p + "endprdGdsSpcfModelDesc", "申报要素未填：功能、是否封装、品牌", LIVE);
        browser.click(p + "endprdGdsSpcfModelDesc-elements");
        browser.awaitValue("elements-3", "计算机用", LIVE);
        browser.awaitValue("elements-7", "X86-64", LIVE);
        browser.click("elements-cancel");
        browser.awaitGone("#elements-dialog", LIVE);

        browser.chooseInComboBox(p + "dclUnitcd", "007");
        browser.type(p + "dclUprcAmt", "12");
        browser.chooseInComboBox(p + "dclCurrcd", "142");
        browser.type(p + "dclQty", "5");
        browser.type(p + "natcd", "142");
        browser.awaitPresent("vaadin-combo-box-item", LIVE);
        browser.press(p + "natcd", Keys.ENTER);
        browser.awaitText("#tab-mtpck-grid", "IC-001", LIVE);
        String rows = browser.gridText("tab-mtpck-grid");
        assertTrue(rows.contains("8542319000"), rows);
    }

    @Test
    @Order(4)
    void aBadFileIsRefusedRowByRowAndAGoodOneImports100Rows() throws Exception {
        List<String> heading = List.of("序号", "料号", "商品编码", "商品名称", "规格型号", "申报计量单位", "法定计量单位",
                "第二法定计量单位", "申报单价", "币制", "申报数量", "产销国(地区)");
        List<List<String>> good = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            good.add(List.of("", "IMP-" + i, "4421100090", "衣架" + i, "", "007", "007", "", "2", "142", "" + i, "142"));
        }
        List<List<String>> bad = new ArrayList<>(good);
        bad.set(4, List.of("", "IMP-5", "44211", "衣架", "", "007", "007", "", "2", "142", "1", "142"));
        bad.set(9, List.of("", "M-001", "4421100090", "衣架", "", "007", "007", "", "2", "142", "1", "142"));
        browser.click("doc-import");
        browser.find("#import-tab");
        browser.upload("import-file", xlsx("bad", heading, bad));
        browser.awaitText("#import-summary", "导入失败", LIVE);
        String errors = browser.gridText("import-errors");
        // the heading is row 1: the 5th and 10th data rows are rows 6 and 11 of the sheet
        assertTrue(errors.contains("6|商品编码|商品编码须为10位数字|"), errors);
        assertTrue(errors.contains("11|料号|料号“M-001”在料件中已存在|"), errors);
        browser.screenshot("13-qyzz-import-errors");
        browser.upload("import-file", xlsx("good", heading, good));
        browser.awaitText("#import-summary", "导入成功：100 行", LIVE);
        browser.click("import-close");
        browser.clickTab("料件");
        browser.awaitText("#tab-mtpck-grid", "IMP-1", LIVE);
    }

    private static Path xlsx(String name, List<String> heading, List<List<String>> rows) throws Exception {
        Path f = Path.of("target").toAbsolutePath().resolve("qyzz-" + name + ".xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            Xlsx.write(out, "料件", heading, rows);
        }
        return f;
    }

    @Test
    @Order(5)
    void declaredItIsApprovedWithAReceiptAndPrints() throws Exception {
        browser.click("doc-declare");
        browser.find("#declare-pin");
        browser.type("declare-pin", PIN);
        browser.click("declare-ok");
        browser.awaitText("#doc-status", "海关终审通过", CUSTOMS);
        browser.screenshot("14-qyzz-approved");
        browser.click("doc-receipt");
        browser.awaitText("#receipt-checks", "[3402]", LIVE);
        assertTrue(browser.value("receipt-state").contains("海关终审通过"));
        assertTrue(browser.value("receipt-seqNo").startsWith("9000"), browser.value("receipt-seqNo"));
        browser.screenshot("15-qyzz-receipt");
        browser.click("receipt-close");

        byte[] pdf = browser.fetch(browser.attribute("#doc-print-link", "href"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(NAME), text);
            assertTrue(text.contains("海关终审通过"), text);
            // dates on paper as on screen (the field showed 2030-12-31), not as stored
            assertTrue(text.contains("2030-12-31") && !text.contains("20301231"), text);
        }
    }

    @Test
    @Order(6)
    void aDeclarationPendingWhileKarafRestartsCompletes() throws Exception {
        karaf.console("bundle:stop org.tongguan.customs.simulator");
        browser.click("doc-new");
        enterEnterprises();
        browser.type("doc-qyzz-finishValidDate", "2031-06-30");
        browser.press("doc-qyzz-finishValidDate", Keys.TAB);
        browser.type("doc-qyzz-prdtCapaAmt", "50");
        // a code typed and left with Tab is taken as it is (the list need not open)
        browser.type("doc-qyzz-masterCuscd", "9000");
        browser.press("doc-qyzz-masterCuscd", Keys.TAB);
        browser.click("doc-save");
        browser.awaitText("#doc-status", "暂存", LIVE);
        browser.clickTab("料件");
        addRow("mtpck", "R-001", "1");
        browser.awaitText("#tab-mtpck-grid", "R-001", LIVE);
        browser.click("doc-declare");
        browser.type("declare-pin", PIN);
        browser.click("declare-ok");
        browser.awaitText("#doc-status", "已申报", LIVE);
        Matcher m = Pattern.compile("QYZZ\\d+").matcher(browser.text("#doc-status"));
        assertTrue(m.find());
        secondDocument = m.group();

        karaf.stop();
        // the open page notices at its next poll, in the clerk's language
        browser.awaitText("vaadin-connection-indicator", "与服务器的连接已中断，正在重新连接", LIVE);
        karaf.start();
        karaf.awaitLoginPage(Duration.ofSeconds(120));
        karaf.awaitConsole(Duration.ofSeconds(60));
        karaf.console("bundle:start org.tongguan.customs.simulator");
        browser.open(base);
        browser.type("login-username", "clerk2");
        browser.type("login-password", CLERK_PASSWORD);
        browser.click("login-submit");
        browser.click("menu-ledger-qyzz-query");
        browser.chooseInComboBox("query-qyzz-enterprise", CODE);
        browser.awaitGridCell("query-qyzz-grid", "query-qyzz-search", secondDocument, "海关终审通过", CUSTOMS);
        browser.screenshot("16-qyzz-query");
    }

    /**
     * A page shown in a dialog lives too: a document changed (变更) and declared again from 查询 follows its receipts in
     * the dialog; when an administrator uninstalls the area, the dialog goes with the page, which says so within five
     * seconds, and comes back by itself when the area is installed again.
     */
    @Test
    @Order(7)
    void aDialogFollowsItsReceiptsAndItsArea() throws Exception {
        browser.clickCell("query-qyzz-grid", secondDocument);
        browser.click("query-qyzz-change");
        browser.awaitPresent("#query-qyzz-editor", LIVE);
        browser.awaitText("#doc-status", "暂存", LIVE);
        browser.click("doc-declare");
        browser.type("declare-pin", PIN);
        browser.click("declare-ok");
        browser.awaitText("#doc-status", "已申报", LIVE);
        browser.awaitText("#doc-status", "海关终审通过", CUSTOMS);

        uninstalledWithThePageOpen("tongguan-passport tongguan-invt tongguan-logistics tongguan-stock tongguan-ledger",
                List.of("#query-qyzz-editor", "#menu-ledger-qyzz-query"),
                () -> browser.screenshot("06b-area-uninstalled"),
                "tongguan-ledger tongguan-invt tongguan-logistics tongguan-stock tongguan-passport",
                "#menu-ledger-qyzz-query", "#query-qyzz-grid");
    }

    /**
     * {@code features} uninstalled while a page of theirs is open: within five seconds the page says so and each of
     * {@code gone} has left it; installed again ({@code again}, in their order), {@code back} shows again and the page
     * ({@code page}) comes back by itself.
     */
    private void uninstalledWithThePageOpen(String features, List<String> gone, ThrowingRunnable whileGone,
            String again, String back, String page) throws Exception {
        Duration follow = Duration.ofSeconds(5);
        karaf.console("feature:uninstall " + features);
        browser.awaitText("#route-gone", "该模块已停用", follow);
        for (String css : gone) {
            browser.awaitGone(css, follow);
        }
        whileGone.run();
        karaf.console("feature:install " + again);
        browser.awaitPresent(back, Duration.ofSeconds(30));
        browser.awaitGone("#route-gone", follow);
        browser.find(page);
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** The console prints codes with names and legal units, found by digits or by words of the name. */
    @Test
    @Order(8)
    void theConsoleLooksUpHsCodes() throws Exception {
        String found = karaf.console("tongguan:hs 8542");
        assertTrue(found.contains("8542319000\t其他用作处理器及控制器的集成电路\t007 个 / 035 千克"), found);
        assertTrue(found.contains("HS table 2020"), found);
        String byName = karaf.console("tongguan:hs 处理器 集成电路");
        assertTrue(byName.contains("8542319000") && !byName.contains("8542321000"), byName);
    }

    /**
     * 消息中心 (manual 002 §四(一)): the bell at the top right counts the notices the receipts of the clerk's documents
     * brought; 通知 lists them newest first, the unread in bold; 查看详情 reads one (the count drops) and opens its
     * document; ★ and 仅显示星标 keep it; 预警 is another tab. Uninstalled with the page open, the page says so and the
     * bell goes while the rest stays up; both come back with the feature.
     */
    @Test
    @Order(9)
    void theMessageCentreTellsTheReceiptsAndFollowsItsFeature() throws Exception {
        browser.awaitPresent("#header-bell-count", LIVE);
        int unread = Integer.parseInt(browser.text("#header-bell-count").trim());
        assertTrue(unread >= 4, "入库成功 and 通过 of two documents at least: " + unread);
        browser.click("header-bell");
        String approval = "企业资质申请 " + secondDocument + "：海关终审通过";
        browser.awaitGridText("messages-grid", approval, LIVE);
        String rows = browser.gridText("messages-grid");
        assertTrue(rows.indexOf(approval) < rows.indexOf("：入库成功"), "newest first: " + rows);
        assertTrue(browser.gridText("messages-grid").contains("未读"));
        int unreadNotices = Integer.parseInt(browser.text("#messages-unread-NOTICE").trim());
        assertEquals(unreadNotices, browser.all("#messages-grid span[style*='bold']").size(), "the unread in bold");
        browser.screenshot("23-messages");

        String first = browser.all("#messages-grid vaadin-button[id^='messages-detail-']").get(0).getAttribute("id")
                .substring("messages-detail-".length());
        browser.click("messages-detail-" + first);
        browser.awaitText("#notice-detail-text", "企业内部编号", LIVE);
        browser.awaitText("#header-bell-count", Integer.toString(unread - 1), LIVE);
        browser.click("notice-detail-document");
        browser.awaitPresent("#messages-document-detail", LIVE);
        browser.awaitText("#doc-status", "海关终审通过", LIVE);
        browser.screenshot("24-messages-document");
        browser.click("messages-document-dialog-close");
        browser.click("notice-detail-star");
        browser.click("notice-detail-close");
        browser.awaitGone("#notice-detail", LIVE);
        browser.awaitText("#messages-unread-NOTICE", Integer.toString(unreadNotices - 1), LIVE);
        assertEquals(unreadNotices - 1, browser.all("#messages-grid span[style*='bold']").size(), "read: not bold");

        browser.click("messages-starred"); // the starred one only: the approval read and starred above
        browser.awaitGridGone("messages-grid", "：入库成功", LIVE);
        browser.awaitGridText("messages-grid", approval, LIVE);
        browser.click("messages-star-" + first); // unstarred: 仅显示星标 shows none
        browser.awaitGridGone("messages-grid", approval, LIVE);
        browser.click("messages-starred");
        browser.click("messages-tab-WARNING");
        browser.awaitGridGone("messages-grid", secondDocument, LIVE);

        uninstalledWithThePageOpen("tongguan-messages", List.of("#header-bell", "#menu-messages"),
                () -> browser.find("#menu-ledger-qyzz-query"), "tongguan-messages", "#header-bell", "#messages-grid");
    }

    /**
     * 委托授权 (manual 004): a manager holding the 法人卡 of the manufacturer and of its customs broker grants the broker
     * 核注清单 (企业间授权录入: 新增, the agent's name filled from its code, 保存), names the broker's operator card under
     * the grant received (企业内授权录入: found by the granting enterprise's code, 添加, 保存), and 查看操作员权限 shows that
     * operator for 核注清单.
     */
    @Test
    @Order(10)
    void aLegalPersonCardGrantsTheBrokerWhoseOperatorThenShowsWithItsRights() throws Exception {
        String broker = "3101950003";
        String brokerName = "上海通关代理报关有限公司";
        String first17 = "91310000" + broker.substring(1);
        String credit = first17 + org.tongguan.core.enterprise.CreditCodes.checkCharacter(first17);
        assertTrue(karaf.console("tongguan:enterprise-add " + broker + " " + credit + " " + brokerName)
                .contains("saved"));
        for (String card : List.of("LP" + CODE + " LEGAL_PERSON " + CODE + " 王法人", "LP" + broker + " LEGAL_PERSON "
                + broker + " 李法人", "OP" + broker + " OPERATOR " + broker + " 赵关务")) {
            assertTrue(karaf.console("tongguan:card-issue " + card + " " + PIN).contains(card.split(" ")[0]));
        }
        Matcher otp = Pattern.compile("one-time password = (\\S+)").matcher(karaf.console(
                "tongguan:user-add --roles CLERK --enterprises " + CODE + "," + broker + " --cards LP" + CODE + ",LP"
                        + broker + " manager1 王经理"));
        assertTrue(otp.find());
        browser.click("user-menu-root");
        browser.clickScript("menu-logout");
        browser.signInFirstTime(base, "manager1", otp.group(1), "Manager2026pw");
        browser.awaitText("h2", "欢迎", LIVE);

        browser.click("menu-delegation-given");
        browser.type("deleg-card", ""); // the broker's 法人卡 is chosen first (card numbers in order)
        browser.chooseInComboBox("deleg-card", "LP" + CODE);
        browser.awaitValue("deleg-grantorName", NAME, LIVE);
        browser.click("deleg-new");
        browser.type("deleg-agentCode", broker);
        browser.press("deleg-agentCode", Keys.ENTER);
        browser.awaitValue("deleg-agentName", brokerName, LIVE);
        assertEquals(credit, browser.value("deleg-agentCreditCode"));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        browser.type("deleg-validFrom", today.toString());
        browser.press("deleg-validFrom", Keys.TAB);
        browser.type("deleg-validTo", today.plusYears(1).toString());
        browser.press("deleg-validTo", Keys.TAB);
        browser.chooseInComboBox("deleg-subsystem", "核注清单");
        browser.awaitShown("deleg-kind", "操作权", LIVE); // by default
        browser.click("deleg-save");
        browser.awaitGridText("deleg-grid", brokerName, LIVE);
        browser.screenshot("25-delegation-given");

        browser.click("menu-delegation-received"); // the broker's 法人卡 comes first (card numbers in order)
        browser.type("deleg-in-locate", "9999999999");
        browser.click("deleg-in-search");
        browser.awaitText("#problem-notification, vaadin-notification-card", "没有查询到", LIVE);
        browser.type("deleg-in-locate", CODE);
        browser.click("deleg-in-search");
        browser.awaitPresent("#deleg-in-grid vaadin-grid-cell-content", LIVE);
        browser.type("deleg-in-cardNo", "OP" + broker);
        browser.click("deleg-in-add");
        browser.awaitGridText("deleg-in-operators", "未保存", LIVE);
        browser.click("deleg-in-save");
        browser.awaitGridGone("deleg-in-operators", "未保存", LIVE);
        browser.awaitGridText("deleg-in-operators", "OP" + broker, LIVE);
        browser.screenshot("26-delegation-received");

        browser.click("menu-delegation-rights");
        browser.chooseInComboBox("deleg-rights-subsystem", "核注清单");
        browser.click("deleg-rights-search");
        browser.awaitGridText("deleg-rights-grid", "OP" + broker, LIVE);
        assertTrue(browser.gridText("deleg-rights-grid").contains(NAME), browser.gridText("deleg-rights-grid"));
        browser.screenshot("27-delegation-rights");
    }
}
