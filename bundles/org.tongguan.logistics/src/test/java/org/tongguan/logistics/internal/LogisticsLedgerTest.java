package org.tongguan.logistics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.tongguan.invt.internal.InvtType;
import org.tongguan.ledger.Balance;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementBook;
import org.tongguan.ledger.testing.LedgerFixture;
import org.tongguan.logistics.internal.book.BwsBook;

/**
 * A 物流账册 filed, declared and approved through the document service on a real database with real signatures; a
 * 保税核注清单 under it, found through the ledger registry, moves its own balances (and not the 加工贸易账册's).
 */
class LogisticsLedgerTest {
    private static final String BWS = "T9000W000001";

    @TempDir
    Path dir;
    private LedgerFixture f;
    private BwsBook book;

    @BeforeEach
    void setUp() {
        f = new LedgerFixture(dir.resolve("cards"), "org/tongguan/logistics/db/changelog.xml");
        book = new BwsBook(f.db.jpa(), f.policy);
        f.registry.add(book, Map.of(MovementBook.KINDS, "T"));
        f.add(new BwsType(book)).add(new InvtType(f.registry));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    static Map<String, String> ledgerHeader() {
        Map<String, String> h = new HashMap<>();
        h.put("masterCuscd", "9000");
        h.put("bizopEtpsno", LedgerFixture.ENTERPRISE);
        h.put("dclEtpsno", LedgerFixture.ENTERPRISE);
        h.put("bwlTypecd", "A");
        h.put("houseNo", "WH01");
        h.put("houseNm", "西安保税物流中心一号库");
        h.put("houseAddress", "西安国际港务区港务大道 1 号");
        h.put("finishValidDate", "2031-12-31");
        return h;
    }

    static Map<String, String> goods(String mtno, String name, String hs, String price) {
        return Map.of("gdsMtno", mtno, "gdecd", hs, "gdsNm", name, "dclUnitcd", "035", "lawfUnitcd", "035",
                "dclUprcAmt", price, "dclCurrcd", "142", "natcd", "142");
    }

    private Document approvedLedger() throws Exception {
        Document d = f.documents.create(SYSTEM, BwsType.ID, ledgerHeader());
        d = f.saveRow(d, BwsType.ITEMS, goods("G-PE", "聚乙烯粒子", "3901100090", "4.5"));
        d = f.saveRow(d, BwsType.ITEMS, goods("G-CU", "铜线", "7408110000", "60"));
        d = f.approve(f.declare(d), Map.of("bwsNo", BWS));
        assertEquals(DocumentState.APPROVED, d.state());
        return d;
    }

    private Document list(String ie, String mode, String seq, String qty) {
        Map<String, String> h = new HashMap<>();
        h.put("putrecNo", BWS);
        h.put("impexpMarkcd", ie);
        h.put("mtpckEndprdMarkcd", "I");
        h.put("supvModecd", mode);
        h.put("trspModecd", "2");
        h.put("impexpPortcd", "9000");
        h.put("dclPlcCuscd", "9000");
        h.put("stshipTrsarvNatcd", "502");
        h.put("dclcusFlag", "2");
        h.put("invtType", "0");
        h.put("rcvgdEtpsno", LedgerFixture.ENTERPRISE);
        h.put("dclEtpsno", LedgerFixture.ENTERPRISE);
        Document d = f.documents.create(SYSTEM, InvtType.ID, h);
        return f.saveRow(d, InvtType.ITEMS, Map.of("putrecSeqno", seq, "dclQty", qty, "natcd", "502"));
    }

    private BigDecimal balance(long seq) {
        return book.balances(SYSTEM, BWS, Mark.I).stream().filter(b -> b.item().seqNo() == seq).findFirst()
                .map(Balance::balance).orElseThrow();
    }

    @Test
    void anApprovedLedgerIsABookOfItsNumbersKind() throws Exception {
        Document d = approvedLedger();
        assertEquals(BWS, d.value("bwsNo"), "the number customs assigned");
        assertEquals("1", d.value("dclTypecd"));
        assertEquals(LedgerFixture.ENTERPRISE, f.registry.ledger(BWS).orElseThrow().enterpriseCode());
        assertEquals("G-CU", f.registry.book(BWS).orElseThrow().item(BWS, Mark.I, 2).orElseThrow().mtno());
        assertTrue(f.registry.book(BWS).orElseThrow().item(BWS, Mark.E, 2).isEmpty(), "a 物流账册 keeps no 成品");
    }

    @Test
    void aLedgerWithoutGoodsIsNotDeclared() {
        Document d = f.documents.create(SYSTEM, BwsType.ID, ledgerHeader());
        ValidationException e = assertThrows(ValidationException.class, () -> f.declare(d));
        assertTrue(e.getMessage().contains("物流账册至少须有一项商品"), e.getMessage());
    }

    @Test
    void aListUnderTheLedgerMovesItsBalanceInAndOut() throws Exception {
        approvedLedger();
        Document in = list("I", "1233", "1", "800");
        assertEquals("G-PE", in.items(InvtType.ITEMS).get(0).value("gdsMtno"), "the row filled from the 物流账册");
        in = f.declare(in);
        assertEquals(0, BigDecimal.ZERO.compareTo(balance(1)), "held, not counted, while customs decides");
        in = f.approve(in, Map.of("bondInvtNo", "QD900026I000000001"));
        assertEquals(DocumentState.APPROVED, in.state());
        assertEquals(0, new BigDecimal("800").compareTo(balance(1)), "入仓 at approval (预核扣)");
        f.release(in);

        ValidationException tooMuch = assertThrows(ValidationException.class, () -> list("E", "1233", "1", "801"));
        assertTrue(tooMuch.getMessage().contains("余量 800，本清单需要 801，缺少 1"), tooMuch.getMessage());

        Document out = f.approve(f.declare(list("E", "1233", "1", "300")), Map.of("bondInvtNo",
                "QD900026E000000002"));
        assertEquals(DocumentState.APPROVED, out.state());
        Balance b = book.balances(SYSTEM, BWS, Mark.I).get(0);
        assertEquals(0, new BigDecimal("800").compareTo(b.imported()), "进");
        assertEquals(0, new BigDecimal("300").compareTo(b.exported()), "出");
        assertEquals(0, new BigDecimal("500").compareTo(b.balance()), "余量 = 进 − 出");
        assertEquals(0, BigDecimal.ZERO.compareTo(balance(2)), "the other 商品 untouched");
    }

    @Test
    void aProcessingTradeModeCannotBeUsedUnderALogisticsLedger() throws Exception {
        approvedLedger();
        ValidationException e = assertThrows(ValidationException.class, () -> list("I", "0615", "1", "1"));
        assertEquals("supvModecd", e.errors().get(0).field());
    }

    @Test
    void aNumberNoBookKeepsIsRefused() throws Exception {
        approvedLedger();
        Map<String, String> h = new HashMap<>();
        h.put("putrecNo", "H90000000001");
        h.put("impexpMarkcd", "I");
        ValidationException e = assertThrows(ValidationException.class, () -> f.documents.create(SYSTEM,
                InvtType.ID, h));
        assertTrue(e.getMessage().contains("H90000000001"), e.getMessage());
    }

    /** The 物流账册's message is BWS101 as derived from BWS101.xsd: BwsBsc in the schema's order, the goods as BwsDt. */
    @Test
    void theLedgersMessageIsTheDerivedBwsLayout() throws Exception {
        Document d = f.documents.create(SYSTEM, BwsType.ID, ledgerHeader());
        d = f.saveRow(d, BwsType.ITEMS, goods("G-PE", "聚乙烯粒子", "3901100090", "4.5"));
        // every header field of the type is an element of BwsBsc: nothing after the schema's
        WireElement m = LayoutCheck.assertWrittenAsLayout(ImportLayout.BWS101, f.documents.message(SYSTEM, d.id()),
                List.of());
        assertEquals(List.of("BwsBsc", "BwsDt", "OperCusRegCode"), m.childNames());
        WireElement head = m.child("BwsBsc").orElseThrow();
        assertEquals(d.etpsPreentNo(), head.text("EtpsPreentNo"));
        assertEquals("20311231", head.text("FinishValidDate"));
        assertEquals(d.value("inputTime"), head.text("InputDate"));
        assertEquals("G-PE", m.child("BwsDt").orElseThrow().text("GdsMtno"));
    }
}
