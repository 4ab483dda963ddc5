package org.tongguan.stock.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongguan.ledger.testing.LedgerFixture.ENTERPRISE;
import static org.tongguan.ledger.testing.LedgerFixture.SYSTEM;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.ValidationException;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.customs.wire.LayoutCheck;
import org.tongguan.core.customs.wire.WireElement;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.internal.declaration.TestDocuments;
import org.tongguan.ledger.Balance;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementBook;
import org.tongguan.ledger.testing.LedgerFixture;
import org.tongguan.stock.internal.book.DclBook;

/**
 * 业务申报表 and 出入库单 through the document service on a real database with real signatures and customs' receipts in
 * the real formats: a form approved with its 申报表编号 becomes the book the 出入库单 under it take from, none beyond
 * its rows' 申报数量.
 */
class StockAreaTest {
    static final String FORM = "S900000001";

    @TempDir
    Path dir;
    private LedgerFixture f;
    private DclBook book;

    @BeforeEach
    void setUp() {
        f = new LedgerFixture(dir.resolve("cards"), "org/tongguan/stock/db/changelog.xml");
        book = new DclBook(f.db.jpa(), f.policy);
        f.registry.add(book, Map.of(MovementBook.KINDS, "S"));
        f.add(new SasDclType(book, f.registry)).add(new StockType(book, f.registry));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    static Map<String, String> formHeader() {
        Map<String, String> h = new HashMap<>();
        h.put("masterCuscd", "9000");
        h.put("businessTypecd", "A");
        h.put("directionTypecd", "E");
        h.put("areainEtpsno", ENTERPRISE);
        h.put("validTime", "2031-12-31");
        h.put("dclEr", "张关务");
        h.put("dclEtpsno", ENTERPRISE);
        h.put("inputEtpsno", ENTERPRISE);
        h.put("mtpckEndprdTypecd", "I");
        return h;
    }

    static Map<String, String> formRow(String mtno, String name, String hs, String qty) {
        Map<String, String> r = new HashMap<>(Map.of("oriactGdsSeqno", "1", "mtpckEndprdTypecd", "I", "gdsMtno",
                mtno, "gdecd", hs, "gdsNm", name, "gdsSpcfModelDesc", "0|0|颗粒", "dclQty", qty, "dclUnitcd", "035",
                "lawfUnitcd", "035", "dclUprcAmt", "4.5"));
        r.put("dclCurrcd", "142");
        return r;
    }

    private Document approvedForm() throws Exception {
        Document d = f.documents.create(SYSTEM, SasDclType.ID, formHeader());
        d = f.saveRow(d, SasDclType.ITEMS, formRow("G-PE", "聚乙烯粒子", "3901100090", "1000"));
        d = f.saveRow(d, SasDclType.ITEMS, formRow("G-CU", "铜线", "7408110000", "50"));
        d = f.approve(f.declare(d), Map.of("sasDclNo", FORM));
        assertEquals(DocumentState.APPROVED, d.state());
        return d;
    }

    static Map<String, String> stockHeader(String form) {
        Map<String, String> h = new HashMap<>();
        h.put("sasDclNo", form);
        h.put("dclEtpsno", ENTERPRISE);
        h.put("inputEtpsno", ENTERPRISE);
        h.put("grossWt", "650");
        h.put("netWt", "600");
        return h;
    }

    static Map<String, String> stockRow(String seq, String qty) {
        Map<String, String> r = new HashMap<>(Map.of("sasDclSeqno", seq, "natcd", "142", "destinationNatcd", "142",
                "lawfQty", qty == null ? "1" : qty, "lvyrlfModecd", "3"));
        if (qty != null) {
            r.put("dclQty", qty);
        }
        return r;
    }

    private Document stock(String seq, String qty) {
        Document d = f.documents.create(SYSTEM, StockType.ID, stockHeader(FORM));
        return f.saveRow(d, StockType.ITEMS, stockRow(seq, qty));
    }

    @Test
    void anApprovedFormGetsItsNumberAndIsABookOfSNumbers() throws Exception {
        Document d = approvedForm();
        assertEquals(FORM, d.value("sasDclNo"), "the number customs assigned (SAS201 SasDclBsc/sasDclNo)");
        assertEquals("西安高新加工贸易有限公司", d.value("inputName"), "the 录入单位's name filled from its code");
        assertEquals(ENTERPRISE, f.registry.ledger(FORM).orElseThrow().enterpriseCode());
        DclBook.Row row = book.row(FORM, 2, -1).orElseThrow();
        assertEquals("G-CU", row.item().mtno());
        assertEquals(0, new BigDecimal("50").compareTo(row.remaining()));
    }

    @Test
    void theFormsRulesAreTheServers() {
        Map<String, String> h = formHeader();
        h.remove("directionTypecd");
        ValidationException e = assertThrows(ValidationException.class,
                () -> f.documents.create(SYSTEM, SasDclType.ID, h));
        assertEquals("directionTypecd", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("业务类型“分送集报”须填写货物流向"), e.getMessage());

        h.put("businessTypecd", "G"); // 简单加工 has no direction
        assertEquals(DocumentState.DRAFT, f.documents.create(SYSTEM, SasDclType.ID, h).state());

        h.put("businessTypecd", "C");
        h.put("directionTypecd", "I");
        e = assertThrows(ValidationException.class, () -> f.documents.create(SYSTEM, SasDclType.ID, h));
        assertTrue(e.getMessage().contains("保税展示交易须填写展示地"), e.getMessage());

        Map<String, String> past = formHeader();
        past.put("validTime", "2020-01-31");
        e = assertThrows(ValidationException.class, () -> f.documents.create(SYSTEM, SasDclType.ID, past));
        assertTrue(e.getMessage().contains("有效期 2020-01-31 早于今天"), e.getMessage());

        Map<String, String> ledger = formHeader();
        ledger.put("areainOriactNo", "T9000W999999");
        e = assertThrows(ValidationException.class, () -> f.documents.create(SYSTEM, SasDclType.ID, ledger));
        assertEquals("areainOriactNo", e.errors().get(0).field());

        Document empty = f.documents.create(SYSTEM, SasDclType.ID, formHeader());
        e = assertThrows(ValidationException.class, () -> f.declare(empty));
        assertTrue(e.getMessage().contains("业务申报表至少须有一项表体"), e.getMessage());
    }

    @Test
    void aStockDocumentTakesItsHeaderAndRowsFromTheForm() throws Exception {
        approvedForm();
        Document s = stock("1", "600");
        assertEquals(ENTERPRISE, s.value("areainEtpsno"), "the form's 区内企业");
        assertEquals("E", s.value("stockTypecd"), "the form's 货物流向");
        assertEquals("A", s.value("businessTypecd"));
        assertEquals("9000", s.value("masterCuscd"));
        assertEquals("张关务", s.value("dclEr"));
        Document.Item row = s.items(StockType.ITEMS).get(0);
        assertEquals("G-PE", row.value("gdsMtno"));
        assertEquals("3901100090", row.value("gdecd"));
        assertEquals("1", row.value("oriactGdsSeqno"));
        assertEquals("2700.00", row.value("dclTotalAmt"), "单价 from the form × 数量");

        s = f.approve(f.declare(s), Map.of("sasStockNo", "X9000E260314000001"));
        assertEquals(DocumentState.APPROVED, s.state());
        assertEquals("X9000E260314000001", s.value("sasStockNo"));
        Balance b = book.balances(SYSTEM, FORM, Mark.I).get(0);
        assertEquals(0, new BigDecimal("600").compareTo(b.exported()), "what approved 出入库单 took");
        assertEquals(0, new BigDecimal("400").compareTo(b.balance()));
    }

    @Test
    void noStockDocumentTakesMoreThanTheFormsRowHasLeft() throws Exception {
        approvedForm();
        Document first = f.declare(stock("1", "600"));
        // held while customs decides
        ValidationException e = assertThrows(ValidationException.class, () -> stock("1", "500"));
        assertTrue(e.getMessage().contains("业务申报表 S900000001 申报序号 1（料号 G-PE 聚乙烯粒子）剩余数量 400，"
                + "本出入库单需要 500，缺少 100"), e.getMessage());
        assertEquals("items.dclQty", e.errors().get(0).field());

        // left blank: what is left
        Document rest = stock("1", null);
        assertEquals("400", rest.items(StockType.ITEMS).get(0).value("dclQty"));

        // two rows of one document count together
        Document both = f.documents.create(SYSTEM, StockType.ID, stockHeader(FORM));
        Document twice = f.saveRow(both, StockType.ITEMS, stockRow("2", "30"));
        e = assertThrows(ValidationException.class, () -> f.saveRow(twice, StockType.ITEMS, stockRow("2", "30")));
        assertTrue(e.getMessage().contains("剩余数量 50，本出入库单需要 60，缺少 10"), e.getMessage());

        // returned: its quantity is free again
        f.harness.answer(first.etpsPreentNo(), f.signer, TestDocuments.imported(first.etpsPreentNo(),
                "900020260000000099"));
        f.judge(first, "3", "8119 退单");
        assertEquals(DocumentState.RETURNED, f.documents.get(SYSTEM, first.id()).state());
        Document now = stock("1", "1000");
        assertEquals("1000", now.items(StockType.ITEMS).get(0).value("dclQty"));
        // …but no longer once that one is declared
        f.declare(now);
        e = assertThrows(ValidationException.class, () -> f.declare(rest));
        assertTrue(e.getMessage().contains("剩余数量 0，本出入库单需要 400，缺少 400"), e.getMessage());
    }

    @Test
    void aStockDocumentNamesAnApprovedFormAndItsRows() throws Exception {
        ValidationException e = assertThrows(ValidationException.class,
                () -> f.documents.create(SYSTEM, StockType.ID, stockHeader("S900099999")));
        assertTrue(e.errors().stream().anyMatch(x -> x.field().equals("sasDclNo")), e.getMessage());
        assertTrue(e.getMessage().contains("申报表编号 S900099999 不是已经海关审批的业务申报表"), e.getMessage());

        approvedForm();
        Document d = f.documents.create(SYSTEM, StockType.ID, stockHeader(FORM));
        e = assertThrows(ValidationException.class, () -> f.saveRow(d, StockType.ITEMS, stockRow("9", "1")));
        assertTrue(e.getMessage().contains("申报表序号 9 不是业务申报表 S900000001 的表体"), e.getMessage());

        Map<String, String> heavy = stockHeader(FORM);
        heavy.put("netWt", "700");
        e = assertThrows(ValidationException.class, () -> f.documents.create(SYSTEM, StockType.ID, heavy));
        assertEquals("netWt", e.errors().get(0).field());

        e = assertThrows(ValidationException.class, () -> f.declare(d));
        assertTrue(e.getMessage().contains("出入库单至少须有一项表体"), e.getMessage());
    }

    @Test
    void aChangeOfTheFormCutsNoRowBelowWhatStockDocumentsTake() throws Exception {
        Document form = approvedForm();
        f.approve(f.declare(stock("1", "600")), Map.of("sasStockNo", "X9000E260314000001"));
        Document changed = f.documents.change(SYSTEM, form.id(), form.version());
        assertEquals("2", changed.value("dclTypecd"), "申报类型 变更");
        Document.Item row = changed.items(SasDclType.ITEMS).get(0);
        Map<String, String> less = new HashMap<>(row.values());
        less.put("dclQty", "500");
        Document cut = f.documents.saveItem(SYSTEM, changed.id(), changed.version(), SasDclType.ITEMS, row.id(),
                less);
        ValidationException e = assertThrows(ValidationException.class, () -> f.declare(cut));
        assertTrue(e.getMessage().contains("申报序号 1（料号 G-PE）的申报数量不能少于出入库单已使用的 600"),
                e.getMessage());
    }

    @Test
    void copyingAStockDocumentChecksTheQuantityAgain() throws Exception {
        approvedForm();
        Document s = f.declare(stock("1", "600"));
        assertThrows(ValidationException.class, () -> f.documents.copy(SYSTEM, s.id()));
        Document small = f.declare(stock("2", "20"));
        Document copy = f.documents.copy(SYSTEM, small.id());
        assertEquals(DocumentState.DRAFT, copy.state());
        assertEquals("20", copy.items(StockType.ITEMS).get(0).value("dclQty"));
        assertEquals(List.of(), List.of(copy.value("sasStockNo")).stream().filter(v -> !v.isEmpty()).toList(),
                "a copy has no customs number");
    }

    /**
     * The 业务申报表 is written as SAS101's field list and the 出入库单 as SAS111's (DOMAIN-AREAS §1.1, §2.1): every
     * element of the list in its order, nothing else in the header, every row element of the list in its order.
     */
    @Test
    void eachMessageIsItsFieldList() throws Exception {
        Document form = approvedForm();
        WireElement m = LayoutCheck.assertWrittenAsLayout(ImportLayout.SAS101, f.documents.message(SYSTEM,
                form.id()), List.of());
        assertEquals(List.of("AppHead", "AppGoods", "AppGoods", "OperCusRegCode"), m.childNames());
        assertEquals(ImportLayout.SAS101.head().order(), m.child("AppHead").orElseThrow().childNames());
        assertEquals(ImportLayout.SAS101.row("AppGoods").orElseThrow().order(),
                m.child("AppGoods").orElseThrow().childNames());
        WireElement head = m.child("AppHead").orElseThrow();
        assertEquals("9000", head.text("MaserCuscd"), "[sic], as the field list spells it");
        assertEquals("20311231", head.text("ValidTime"));
        assertEquals(ENTERPRISE, head.text("InputCode"));
        assertEquals(form.etpsPreentNo(), head.text("EtpsPreentNo"));
        assertEquals("1", m.child("AppGoods").orElseThrow().text("SasDclSeqno"));

        Document s = stock("1", "600");
        m = LayoutCheck.assertWrittenAsLayout(ImportLayout.SAS111, f.documents.message(SYSTEM, s.id()), List.of());
        assertEquals(ImportLayout.SAS111.head().order(), m.child("StockHead").orElseThrow().childNames());
        assertEquals("", m.child("StockHead").orElseThrow().text("SasStockNo"), "blank until customs assigns it");
        assertEquals(ImportLayout.SAS111.row("StockGoods").orElseThrow().order(),
                m.child("StockGoods").orElseThrow().childNames());
        head = m.child("StockHead").orElseThrow();
        assertEquals(ENTERPRISE, head.text("AreainEtpsNo"), "AreainEtpsNo, not …Etpsno as in SAS101");
        assertEquals(FORM, head.text("SasDclNo"));
        assertEquals("E", head.text("StockTypecd"));
        assertEquals(s.value("inputTime"), head.text("InputDate"));
        WireElement goods = m.child("StockGoods").orElseThrow();
        assertEquals("1", goods.text("SasStockSeqno"));
        assertEquals("1", goods.text("SasDclSeqno"));
        assertEquals("G-PE", goods.text("GdsMtno"));
    }
}
