package org.tongguan.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.tongguan.itest.Fixtures.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.tongguan.core.ValidationException;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.Receipt;
import org.tongguan.core.notice.Notice;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.ledger.Balance;
import org.apache.karaf.features.FeaturesService;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.ledger.LedgerBook;
import org.tongguan.ledger.LedgerRegistry;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.Verification;

/**
 * 加工贸易账册 and 保税核注清单 through the whole chain in the assembled distribution (issue: ledgers, lists, balances,
 * 报核): a ledger filed and approved by the customs simulator, lists declared under it, signed, sent through the
 * filebox, approved (预核扣) and released (已核扣), the balances they move, a list that does not fit refused, and a
 * 报核 whose figures equal the example worked out by hand below; the 物流账册 area installed at run time, a 物流账册
 * approved with a T number and the lists under it moving its own balances through the ledger registry; a
 * 业务申报表 approved with its S number and the 出入库单 under it taking no more than its rows allow; a 核放单 bound
 * to an approved list through customs' approval and the gate.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LedgerIT extends DocumentSuite {

    @Inject
    @Filter(timeout = 60_000)
    private LedgerBook book;
    @Inject
    @Filter(timeout = 60_000)
    private NoticeService notices;
    @Inject
    @Filter(timeout = 60_000)
    private LedgerRegistry books;
    @Inject
    @Filter(timeout = 60_000)
    private FeaturesService features;
    @Inject
    @Filter(value = "(osgi.jndi.service.name=tongguan)", timeout = 60_000)
    private javax.sql.DataSource dataSource;

    /**
     * PostgreSQL, unlike Derby, makes no index for a foreign key, and the areas read rows by theirs (a document's
     * rows, a ledger's 核销): every foreign key of the schema the core, ledger and list areas made has an index that
     * starts with its column.
     */
    @Test
    public void everyForeignKeyHasAnIndexOnPostgres() throws Exception {
        List<String> unindexed = new java.util.ArrayList<>();
        try (java.sql.Connection c = dataSource.getConnection()) {
            // (database() here, in the container, would make a schema of its own)
            org.junit.Assume.assumeTrue("PostgreSQL only: Derby indexes every foreign key itself",
                    "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()));
            java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT c.conrelid::regclass::text, a.attname"
                        + " FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid"
                        + " AND a.attnum = c.conkey[1] WHERE c.contype = 'f'"
                        + " AND c.connamespace = current_schema()::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_index i"
                        + " WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])");
            while (rs.next()) {
                unindexed.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        assertEquals(List.of(), unindexed);
    }

    private Document row(Document d, String tab, Map<String, String> values) {
        return documents.saveItem(SYSTEM, d.id(), d.version(), tab, null, values);
    }

    private static Map<String, String> item(String mtno, String name, String hs, String price, String qty) {
        return Map.of("gdsMtno", mtno, "gdecd", hs, "gdsNm", name, "dclUnitcd", "035", "lawfUnitcd", "035",
                "dclUprcAmt", price, "dclCurrcd", "142", "dclQty", qty, "natcd", "142");
    }

    private static Map<String, String> bom(int product, int material, String net, String loss) {
        return Map.of("endprdSeqno", "" + product, "mtpckSeqno", "" + material, "ucnsVerno", "0",
                "netUseupQty", net, "tgblLossRate", loss);
    }

    /** 3 料件, 2 成品 and their BOM; declared; approved by the simulator with a 账册编号. */
    private String approvedLedger() throws InterruptedException {
        Document d = documents.create(SYSTEM, "ems", Fixtures.ledgerHeader(enterprise));
        d = row(d, "mtpck", item("M-PE", "聚乙烯粒子", "3901100090", "4.5", "10000"));
        d = row(d, "mtpck", item("M-CU", "铜线", "7408110000", "60", "2000"));
        d = row(d, "mtpck", item("M-SHELL", "塑料外壳", "3926909090", "2", "5000"));
        d = row(d, "endprd", item("P-A", "开关A", "8536500000", "23", "1000"));
        d = row(d, "endprd", item("P-B", "开关B", "8536500000", "30", "1000"));
        d = row(d, "ucns", bom(1, 1, "0.2", "2"));
        d = row(d, "ucns", bom(1, 2, "0.05", "0"));
        d = row(d, "ucns", bom(2, 1, "0.3", "0"));
        d = row(d, "ucns", bom(2, 3, "0.1", "4"));
        d = declare(d);
        Document approved = await(d.id(), x -> x.state() == DocumentState.APPROVED, "approval");
        String emsNo = approved.value("emsNo");
        assertTrue(emsNo, emsNo.matches("E9000[0-9]{7}"));
        assertTrue(documents.receipts(SYSTEM, d.id()).get(0).checks().get(0).text().startsWith("[4000] "));
        return emsNo;
    }

    private Map<String, String> listHeader(String emsNo, String ie, String mark, String mode) {
        Map<String, String> h = new HashMap<>();
        h.putAll(Map.of("putrecNo", emsNo, "impexpMarkcd", ie, "mtpckEndprdMarkcd", mark, "supvModecd", mode,
                "trspModecd", "2", "impexpPortcd", "9000", "dclPlcCuscd", "9000", "stshipTrsarvNatcd", "502",
                "dclcusFlag", "2", "invtType", "0"));
        h.put("rcvgdEtpsno", enterprise);
        h.put("dclEtpsno", enterprise);
        return h;
    }

    private static Map<String, String> listRow(String seq, String qty) {
        return Map.of("putrecSeqno", seq, "dclQty", qty, "natcd", "502");
    }

    /** A list declared and waited for until 已核扣. */
    private Document releasedList(String emsNo, String ie, String mark, String mode, Map<String, String>... rows)
            throws InterruptedException {
        Document d = documents.create(SYSTEM, "invt", listHeader(emsNo, ie, mark, mode));
        for (Map<String, String> r : rows) {
            d = row(d, "items", r);
        }
        d = declare(d);
        Document done = await(d.id(), x -> "2".equals(x.value("vrfdedMarkcd")), "release (已核扣)");
        assertEquals(DocumentState.APPROVED, done.state());
        assertTrue(done.value("bondInvtNo"), done.value("bondInvtNo").matches("QD9000[0-9]{2}" + ie + "[0-9]{9}"));
        List<Receipt> receipts = documents.receipts(SYSTEM, d.id());
        assertEquals(Receipt.Kind.RELEASE, receipts.get(0).kind());
        assertEquals(Receipt.Kind.BUSINESS, receipts.get(1).kind());
        return done;
    }

    private BigDecimal balance(String emsNo, Mark mark, long seq) {
        return book.balances(SYSTEM, emsNo, mark).stream().filter(b -> b.item().seqNo() == seq)
                .map(Balance::balance).findFirst().orElseThrow();
    }

    @Test
    public void listsMoveTheBalancesOfAnApprovedLedger() throws Exception {
        String emsNo = approvedLedger();
        releasedList(emsNo, "I", "I", "0615", listRow("1", "500"), listRow("2", "100"), listRow("3", "80"));
        assertEquals(new BigDecimal("500.00000"), balance(emsNo, Mark.I, 1));
        // 300 A + 200 B exported: PE 300 × 0.204081633 + 200 × 0.3 = 121.2244899
        releasedList(emsNo, "E", "E", "0615", listRow("1", "300"), listRow("2", "200"));
        assertEquals(new BigDecimal("378.77551"), balance(emsNo, Mark.I, 1));
        assertEquals("100 − 300 × 0.05", new BigDecimal("85.00000"), balance(emsNo, Mark.I, 2));
        assertEquals("80 − 200 × 0.104166667", new BigDecimal("59.16667"), balance(emsNo, Mark.I, 3));
        assertEquals(new BigDecimal("700.00000"), balance(emsNo, Mark.E, 1));

        // 400 more B need 120 PE (378.77551 left, fine) but 41.6666668 shells: 59.16667 left, fine; 600 more B do not
        Document tooMuch = documents.create(SYSTEM, "invt", listHeader(emsNo, "E", "E", "0615"));
        try {
            row(tooMuch, "items", listRow("2", "600"));
            fail("600 B need 62.5 shells, 59.16667 left");
        } catch (ValidationException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains(
                    "料件备案序号 3（料号 M-SHELL 塑料外壳）余量 59.16667，本清单需要 62.5，缺少 3.33333"));
        }
        assertTrue(documents.get(SYSTEM, tooMuch.id()).items("items").isEmpty());
    }

    /** The area of that feature, booted with the distribution like the other areas, and its document type registered. */
    private void installed(String feature, String typeId) throws Exception {
        assertTrue(feature + " booted", features.isInstalled(features.getFeature(feature)));
        Fixtures.waitFor(typeId + " type", () -> {
            try {
                return !context.getServiceReferences(DocumentType.class, "(document.type=" + typeId + ")").isEmpty();
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        }, 60_000);
    }

    @Test
    public void aListUnderALogisticsLedgerMovesThatLedgersBalance() throws Exception {
        installed("tongguan-logistics", "bws");
        Map<String, String> h = new HashMap<>(Map.of("masterCuscd", "9000", "bwlTypecd", "A", "houseNo", "WH01",
                "houseNm", "西安保税物流中心一号库", "houseAddress", "西安国际港务区港务大道 1 号", "finishValidDate",
                "2031-12-31"));
        h.put("bizopEtpsno", enterprise);
        h.put("dclEtpsno", enterprise);
        Document d = documents.create(SYSTEM, "bws", h);
        d = row(d, "items", Map.of("gdsMtno", "G-PE", "gdecd", "3901100090", "gdsNm", "聚乙烯粒子", "dclUnitcd",
                "035", "lawfUnitcd", "035", "dclUprcAmt", "4.5", "dclCurrcd", "142"));
        d = declare(d);
        Document approved = await(d.id(), x -> x.state() == DocumentState.APPROVED, "approval of the 物流账册");
        String bwsNo = approved.value("bwsNo");
        assertTrue(bwsNo, bwsNo.matches("T9000W[0-9]{6}"));
        assertTrue(documents.receipts(SYSTEM, d.id()).get(0).checks().get(0).text().startsWith("[7000] "));

        releasedList(bwsNo, "I", "I", "1233", listRow("1", "800"));
        releasedList(bwsNo, "E", "I", "1233", listRow("1", "300"));
        Balance b = books.book(bwsNo).orElseThrow().balances(SYSTEM, bwsNo, Mark.I).get(0);
        assertEquals("进", new BigDecimal("800.00000"), b.imported());
        assertEquals("出", new BigDecimal("300.00000"), b.exported());
        assertEquals("余量", new BigDecimal("500.00000"), b.balance());

        Document tooMuch = documents.create(SYSTEM, "invt", listHeader(bwsNo, "E", "I", "1233"));
        try {
            row(tooMuch, "items", listRow("1", "501"));
            fail("500 left");
        } catch (ValidationException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("余量 500，本清单需要 501，缺少 1"));
        }
    }

    /** The 业务申报表 and 出入库单 area, booted with the distribution, and its two document types registered. */
    private void stockInstalled() throws Exception {
        assertTrue("tongguan-stock booted", features.isInstalled(features.getFeature("tongguan-stock")));
        Fixtures.waitFor("业务申报表 and 出入库单 types", () -> {
            try {
                return !context.getServiceReferences(DocumentType.class, "(document.type=sasdcl)").isEmpty()
                        && !context.getServiceReferences(DocumentType.class, "(document.type=stock)").isEmpty();
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        }, 60_000);
    }

    private Map<String, String> stockHeader(String sasDclNo) {
        Map<String, String> h = new HashMap<>(Map.of("sasDclNo", sasDclNo, "grossWt", "650", "netWt", "600"));
        h.put("dclEtpsno", enterprise);
        h.put("inputEtpsno", enterprise);
        return h;
    }

    private static Map<String, String> stockRow(String seq, String qty) {
        return Map.of("sasDclSeqno", seq, "natcd", "142", "destinationNatcd", "142", "lawfQty", qty, "dclQty", qty,
                "lvyrlfModecd", "3");
    }

    /**
     * A 业务申报表 (SAS101) approved by the simulator with its 申报表编号 (SAS201), a 出入库单 (SAS111) under it approved
     * with its 出入库单编号 (SAS211), and a second one over what is left of the form's row refused.
     */
    @Test
    public void aStockDocumentTakesFromAnApprovedBusinessForm() throws Exception {
        stockInstalled();
        Map<String, String> h = new HashMap<>(Map.of("masterCuscd", "9000", "businessTypecd", "A",
                "directionTypecd", "E", "validTime", "2031-12-31", "dclEr", "张关务", "mtpckEndprdTypecd", "I"));
        h.put("areainEtpsno", enterprise);
        h.put("dclEtpsno", enterprise);
        h.put("inputEtpsno", enterprise);
        Document form = documents.create(SYSTEM, "sasdcl", h);
        Map<String, String> goods = new HashMap<>(Map.of("oriactGdsSeqno", "1", "mtpckEndprdTypecd", "I", "gdsMtno",
                "G-PE", "gdecd", "3901100090", "gdsNm", "聚乙烯粒子", "gdsSpcfModelDesc", "0|0|颗粒", "dclQty", "1000",
                "dclUnitcd", "035", "lawfUnitcd", "035"));
        goods.put("dclUprcAmt", "4.5");
        goods.put("dclCurrcd", "142");
        form = declare(row(form, "items", goods));
        Document approved = await(form.id(), x -> x.state() == DocumentState.APPROVED, "approval of the 业务申报表");
        String sasDclNo = approved.value("sasDclNo");
        assertTrue(sasDclNo, sasDclNo.matches("S9000[0-9]{5}"));
        assertTrue(documents.receipts(SYSTEM, form.id()).get(0).checks().get(0).text().startsWith("[8100] "));

        Document stock = declare(row(documents.create(SYSTEM, "stock", stockHeader(sasDclNo)), "items",
                stockRow("1", "600")));
        Document stocked = await(stock.id(), x -> x.state() == DocumentState.APPROVED, "approval of the 出入库单");
        assertTrue(stocked.value("sasStockNo"), stocked.value("sasStockNo").matches("X9000E[0-9]{12}"));
        assertEquals("出区, the form's 货物流向", "E", stocked.value("stockTypecd"));
        assertEquals("G-PE", stocked.items("items").get(0).value("gdsMtno"));
        Balance b = books.book(sasDclNo).orElseThrow().balances(SYSTEM, sasDclNo, Mark.I).get(0);
        assertEquals("taken by approved 出入库单", new BigDecimal("600.00000"), b.exported());

        Document more = documents.create(SYSTEM, "stock", stockHeader(sasDclNo));
        try {
            row(more, "items", stockRow("1", "500"));
            fail("400 left");
        } catch (ValidationException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains(
                    "申报序号 1（料号 G-PE 聚乙烯粒子）剩余数量 400，本出入库单需要 500，缺少 100"));
        }
        assertTrue(documents.get(SYSTEM, more.id()).items("items").isEmpty());
    }

    /**
     * The 核放单 area, booted with the distribution: a slip naming a list customs did not approve is refused at 暂存;
     * one bound to a released list, with its goods filled from the list's row, is declared, approved by the simulated
     * customs with a 核放单编号 (SAS221) and let through the gate (SAS223 已过卡, with the time), and the query by
     * 过卡状态 finds it.
     */
    @Test
    public void aReleaseSlipBoundToAnApprovedListPassesTheGate() throws Exception {
        installed("tongguan-passport", "passport");
        String emsNo = approvedLedger();
        String bondInvtNo = releasedList(emsNo, "I", "I", "0615", listRow("1", "500")).value("bondInvtNo");
        Map<String, String> h = new HashMap<>(Map.of("ioTypecd", "I", "passportTypecd", "2", "bindTypecd", "2",
                "rltNo", "QD900099I999999999", "masterCuscd", "9000", "vehicleNo", "陕AS09P7", "vehicleWt", "1450",
                "vehicleFrameWt", "1120", "totalGrossWt", "400", "totalNetWt", "380"));
        h.put("areainEtpsno", enterprise);
        h.put("dclEtpsno", enterprise);
        h.put("dclErConc", "张关务 029-88886666");
        try {
            documents.create(SYSTEM, "passport", h);
            fail("no such list was approved");
        } catch (ValidationException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("核注清单 QD900099I999999999 不是区内企业 "
                    + enterprise + " 经海关审批通过的核注清单"));
        }
        h.put("rltNo", bondInvtNo);
        Document d = documents.create(SYSTEM, "passport", h);
        assertEquals("2970", d.value("totalWt"));
        d = row(d, "items", Map.of("rltGdsSeqno", "1", "dclQty", "500", "grossWt", "400", "netWt", "380"));
        assertEquals("M-PE", d.items("items").get(0).value("gdsMtno"));
        d = declare(d);
        Document passed = await(d.id(), x -> "2".equals(x.value("stucd")), "the gate (SAS223 已过卡)");
        assertEquals(DocumentState.APPROVED, passed.state());
        String passportNo = passed.value("passportNo");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).format(java.time.format.DateTimeFormatter.ofPattern(
                "yyMMdd"));
        assertTrue(passportNo, passportNo.matches("Z9000I" + today + "[0-9]{12}"));
        assertTrue(passed.value("passTime"), passed.value("passTime").matches("20[0-9]{2}-[0-9]{2}-[0-9]{2} "
                + "[0-9]{2}:[0-9]{2}:[0-9]{2}"));
        List<Receipt> receipts = documents.receipts(SYSTEM, d.id());
        assertEquals(Receipt.Kind.RELEASE, receipts.get(0).kind());
        assertEquals(Receipt.Kind.BUSINESS, receipts.get(1).kind());
        assertTrue(receipts.get(1).checks().get(0).text().startsWith("[8000] "));
        List<org.tongguan.core.declaration.DocumentSummary> found = documents.query(SYSTEM,
                new org.tongguan.core.declaration.DocumentQuery("passport", enterprise, null, passportNo, null, null,
                        0, 10, Map.of("stucd", "2")));
        assertEquals(1, found.size());
        assertEquals("2", found.get(0).key("stucd"));
    }

    @Test
    public void aMaterialUnderItsWarningLevelRaisesAWarning() throws Exception {
        String emsNo = approvedLedger();
        releasedList(emsNo, "I", "I", "0615", listRow("1", "100"));
        book.setWarning(SYSTEM, emsNo, Mark.I, Set.of(1L), new BigDecimal("50"));
        releasedList(emsNo, "E", "I", "0664", listRow("1", "60"));
        List<Notice> warnings = notices.list(SYSTEM, enterprise, Notice.Kind.WARNING, false, 10);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).title(), warnings.get(0).title().contains(emsNo));
    }

    @Test
    public void verificationFiguresEqualTheWorkedExample() throws Exception {
        String emsNo = approvedLedger();
        releasedList(emsNo, "I", "I", "0615", listRow("1", "1000"), listRow("2", "200"), listRow("3", "300"));
        releasedList(emsNo, "E", "E", "0654", listRow("1", "500"), listRow("2", "400"));
        releasedList(emsNo, "E", "I", "0657", listRow("1", "50"));
        releasedList(emsNo, "I", "I", "0844", listRow("1", "5.5"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, String> h = new HashMap<>(Map.of("emsNo", emsNo, "chgoffTypecd", "1", "vclrEndDate",
                today.toString(), "dclEtpsno", enterprise));
        Document dcr = documents.create(SYSTEM, "dcr", h);
        assertEquals(enterprise, dcr.value("bizopEtpsno"));
        List<Document.Item> m = dcr.items("mtpck");
        assertEquals(3, m.size());
        // PE: imported 1000; used 500 × 0.204081633 + 400 × 0.3 = 222.0408165; 余料结转出 50; 边角料 5.5
        Document.Item pe = m.get(0);
        assertEquals("0", pe.value("openQty"));
        assertEquals("1000", pe.value("impQty"));
        assertEquals("222.04082", pe.value("consumeQty"));
        assertEquals("50", pe.value("transOutQty"));
        assertEquals("5.5", pe.value("scrapQty"));
        assertEquals("1000 − 222.0408165 − 50 − 5.5", "722.45918", pe.value("expectQty"));
        assertEquals("200 − 500 × 0.05", "175", m.get(1).value("expectQty"));
        assertEquals("300 − 400 × 0.104166667", "258.33333", m.get(2).value("expectQty"));
        // the clerk counts 720 PE left: −2.45918, × 4.5 = −11.07, / 722.45918 = −0.3404 %
        dcr = documents.saveItem(SYSTEM, dcr.id(), dcr.version(), "mtpck", pe.id(), Map.of("actualQty", "720"));
        Document.Item counted = dcr.items("mtpck").get(0);
        assertEquals("-2.45918", counted.value("diffQty"));
        assertEquals("-11.07", counted.value("diffAmt"));
        assertEquals("-0.3404", counted.value("diffRate"));
        assertTrue(documents.explain(SYSTEM, dcr.id(), "mtpck", counted.id(), java.util.Locale.SIMPLIFIED_CHINESE)
                .orElseThrow().rows().size() >= 4);
        for (int i = 1; i < 3; i++) {
            Document.Item r = dcr.items("mtpck").get(i);
            dcr = documents.saveItem(SYSTEM, dcr.id(), dcr.version(), "mtpck", r.id(),
                    Map.of("actualQty", r.value("expectQty")));
        }
        dcr = declare(dcr);
        Document approved = await(dcr.id(), x -> x.state() == DocumentState.APPROVED, "approval of the 报核");
        Document confirmed = documents.perform(SYSTEM, approved.id(), approved.version(), "confirm");
        assertEquals("1", confirmed.value("chgoffConfirm"));
        assertEquals(today.plusDays(1), book.nextPeriodStart(emsNo));
        assertFalse(documents.receipts(SYSTEM, dcr.id()).isEmpty());
    }

    /**
     * The 报核 and the balances agree on a generated ledger (two 单耗版本, 保税比例 under 100, 成品退换, lists declared
     * only or approved only). On PostgreSQL the 报核 applies the BOM in the database and the balances apply it here,
     * so these are the two ways side by side on the same rows; on Derby both apply it here. Over the whole year every
     * figure is the balance's; from the middle of it, 期初 is what the first half left and 应剩余 again the balance.
     */
    @Test
    public void verificationAndBalancesAgreeOnAGeneratedLedger() throws Exception {
        GeneratedLedger ledger = new GeneratedLedger(9_000_000_002L, "E90009999998", 200, 100, 20, 20_000, true);
        ledger.write(dataSource);
        LocalDate first = GeneratedLedger.YEAR;
        LocalDate mid = first.plusMonths(6);
        LocalDate last = first.plusDays(364);
        Map<Long, Balance> materials = new HashMap<>();
        book.balances(SYSTEM, ledger.emsNo(), Mark.I).forEach(b -> materials.put(b.item().seqNo(), b));
        Map<Long, Balance> products = new HashMap<>();
        book.balances(SYSTEM, ledger.emsNo(), Mark.E).forEach(b -> products.put(b.item().seqNo(), b));
        Verification year = book.verify(ledger.emsNo(), first, last);
        Verification firstHalf = book.verify(ledger.emsNo(), first, mid.minusDays(1));
        Verification secondHalf = book.verify(ledger.emsNo(), mid, last);
        assertEquals(200, year.materials().size());
        assertEquals(100, year.products().size());
        int consumed = 0;
        for (int i = 0; i < year.materials().size(); i++) {
            Verification.Material m = year.materials().get(i);
            Balance b = materials.get(m.item().seqNo());
            String row = "料件 " + m.item().seqNo();
            assertEquals(row, new BigDecimal("0.00000"), m.opening());
            assertEquals(row, b.imported(), m.imported());
            assertEquals(row, b.consumed(), m.consumed());
            assertEquals(row, b.reexported(), m.reexported());
            assertEquals(row, b.domestic(), m.domestic());
            assertEquals(row, b.transferred(), m.transferIn().subtract(m.transferOut()));
            assertEquals(row, b.scrap(), m.scrap());
            assertEquals(row, b.balance(), m.expected());
            assertEquals(row, firstHalf.materials().get(i).expected(), secondHalf.materials().get(i).opening());
            assertEquals(row, b.balance(), secondHalf.materials().get(i).expected());
            consumed += m.consumed().signum() == 0 ? 0 : 1;
        }
        assertTrue("the BOM takes from most 料件: " + consumed, consumed > 150);
        for (Verification.Product p : year.products()) {
            Balance b = products.get(p.item().seqNo());
            String row = "成品 " + p.item().seqNo();
            assertEquals(row, b.exported(), p.exported());
            assertEquals(row, b.imported(), p.returnedIn());
            assertEquals(row, b.reexported(), p.returnedOut());
        }
    }

    /**
     * 出境加工账册 (manual 003), its own area booted like the others: 备案 declared, approved by the simulator with an
     * 出境加工账册编号 (OPL201), then 变更 (only now that customs approved it) extending the 有效期 within half a year,
     * declared and approved again keeping the number.
     */
    @Test
    public void anOutwardProcessingLedgerIsFiledApprovedAndChanged() throws Exception {
        assertTrue("tongguan-opl booted", features.isInstalled(features.getFeature("tongguan-opl")));
        Fixtures.waitFor("出境加工账册 type", () -> {
            try {
                return !context.getServiceReferences(DocumentType.class, "(document.type=opl)").isEmpty();
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        }, 60_000);
        Map<String, String> h = new HashMap<>(Map.of("masterCuscd", "9000", "ovsProcEtpsNm",
                "Penang Precision Sdn Bhd", "ovsProcNatcd", "122", "finishValidDate", "2031-06-30"));
        h.put("bizopEtpsno", enterprise);
        h.put("rcvgdEtpsno", enterprise);
        Document d = documents.create(SYSTEM, "opl", h);
        d = row(d, "exp", item("E-CU", "铜线", "7408110000", "60", "1000"));
        d = declare(d);
        Document approved = await(d.id(), x -> x.state() == DocumentState.APPROVED, "approval of the 出境加工账册");
        String oplNo = approved.value("oplNo");
        assertTrue(oplNo, oplNo.matches("O9000[0-9]{7}"));
        assertTrue(documents.receipts(SYSTEM, d.id()).get(0).checks().get(0).text().startsWith("[8000] "));

        Document change = documents.change(SYSTEM, approved.id(), approved.version());
        assertEquals(DocumentState.DRAFT, change.state());
        Map<String, String> extended = new HashMap<>(change.header());
        extended.put("finishValidDate", "2031-09-30");
        change = documents.saveHeader(SYSTEM, change.id(), change.version(), extended);
        change = declare(change);
        Document changed = await(d.id(), x -> x.state() == DocumentState.APPROVED, "approval of the 变更");
        assertEquals("2", changed.value("dclTypecd"));
        assertEquals(1, changed.changeCount());
        assertEquals("a 变更 keeps the number", oplNo, changed.value("oplNo"));
        assertEquals("20310930", changed.value("apprFinishValidDate"));
        assertFalse(changed.value("chgApprTime").isEmpty());
    }
}
