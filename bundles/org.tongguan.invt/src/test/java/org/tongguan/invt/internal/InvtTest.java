package org.tongguan.invt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongguan.ledger.testing.LedgerFixture.SYSTEM;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.tongguan.ledger.Balance;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.testing.LedgerFixture;

/**
 * 保税核注清单 under an approved ledger, through the document service on a real database with real signatures: rows
 * filled from the ledger, balances moved by approval and release, a list that does not fit refused.
 */
class InvtTest {
    private static final String EMS = "E90000000001";

    @TempDir
    Path dir;
    private LedgerFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new LedgerFixture(dir.resolve("cards"));
        f.add(new InvtType(f.registry));
        f.approvedLedger(EMS);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    static Map<String, String> header(String ie, String mark, String mode) {
        Map<String, String> h = new HashMap<>();
        h.put("putrecNo", EMS);
        h.put("impexpMarkcd", ie);
        h.put("mtpckEndprdMarkcd", mark);
        h.put("supvModecd", mode);
        h.put("trspModecd", "2");
        h.put("impexpPortcd", "9000");
        h.put("dclPlcCuscd", "9000");
        h.put("stshipTrsarvNatcd", "502");
        h.put("dclcusFlag", "2");
        h.put("invtType", "0");
        h.put("rcvgdEtpsno", LedgerFixture.ENTERPRISE);
        h.put("dclEtpsno", LedgerFixture.ENTERPRISE);
        return h;
    }

    static Map<String, String> row(String seq, String qty) {
        return Map.of("putrecSeqno", seq, "dclQty", qty, "natcd", "502");
    }

    private Document list(String ie, String mark, String mode, Map<String, String>... rows) {
        Document d = f.documents.create(SYSTEM, InvtType.ID, header(ie, mark, mode));
        for (Map<String, String> r : rows) {
            d = f.saveRow(d, InvtType.ITEMS, r);
        }
        return d;
    }

    private BigDecimal balance(Mark mark, long seq) {
        return f.book.balances(SYSTEM, EMS, mark).stream().filter(b -> b.item().seqNo() == seq).findFirst()
                .map(Balance::balance).orElseThrow();
    }

    @Test
    void rowsAreFilledFromTheLedgerAndTheLedgerNamesTheEnterprise() {
        Document d = list("I", "I", "0615", row("2", "100"));
        assertEquals(LedgerFixture.ENTERPRISE, d.value("bizopEtpsno"));
        Document.Item item = d.items(InvtType.ITEMS).get(0);
        assertEquals("M-CU", item.value("gdsMtno"));
        assertEquals("7408110000", item.value("gdecd"));
        assertEquals("铜线", item.value("gdsNm"));
        assertEquals("035", item.value("dclUnitcd"));
        assertEquals("60", item.value("dclUprcAmt"), "the filed price when none is given");
        assertEquals("6000.00", item.value("dclTotalAmt"));
        Document doc = d;
        ValidationException unknown = assertThrows(ValidationException.class, () -> f.saveRow(doc, InvtType.ITEMS,
                row("9", "1")));
        assertTrue(unknown.getMessage().contains("备案序号 9 不是账册 E90000000001 的料件"), unknown.getMessage());
    }

    @Test
    void aSupervisionModeMustFitTheDirectionAndTheMark() {
        ValidationException e = assertThrows(ValidationException.class, () -> f.documents.create(SYSTEM, InvtType.ID,
                header("I", "I", "0664")));
        assertEquals("supvModecd", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("监管方式 0664 不能用于进口的料件清单"), e.getMessage());
    }

    @Test
    void anImportListRaisesTheBalanceAtApprovalAndIsDeductedAtRelease() throws Exception {
        Document d = list("I", "I", "0615", row("1", "500"), row("3", "80"));
        d = f.declare(d);
        assertEquals(0, BigDecimal.ZERO.compareTo(balance(Mark.I, 1)), "held, not counted, while customs decides");
        d = f.approve(d, Map.of("bondInvtNo", "QD900026I000000001"));
        assertEquals(DocumentState.APPROVED, d.state());
        assertEquals("QD900026I000000001", d.value("bondInvtNo"));
        assertEquals("1", d.value("vrfdedMarkcd"), "预核扣");
        assertEquals(0, new BigDecimal("500").compareTo(balance(Mark.I, 1)));
        d = f.release(d);
        assertEquals("2", d.value("vrfdedMarkcd"), "已核扣");
        assertEquals(0, new BigDecimal("500").compareTo(balance(Mark.I, 1)));
    }

    @Test
    void anExportListOfProductsConsumesMaterialThroughTheBom() throws Exception {
        Document in = f.approve(f.declare(list("I", "I", "0615", row("1", "500"), row("2", "100"), row("3", "100"))),
                Map.of("bondInvtNo", "QD900026I000000001"));
        assertEquals(DocumentState.APPROVED, in.state());
        Document out = f.approve(f.declare(list("E", "E", "0615", row("1", "300"), row("2", "200"))),
                Map.of("bondInvtNo", "QD900026E000000002"));
        assertEquals(DocumentState.APPROVED, out.state());
        // 300 × 0.204081633 + 200 × 0.3 = 121.2244899
        assertEquals(new BigDecimal("378.77551"), balance(Mark.I, 1));
        assertEquals(new BigDecimal("700.00000"), balance(Mark.E, 1));
    }

    @Test
    void aListThatWouldTakeABalanceBelowZeroIsRefusedAtEverySaveAndAtDeclaration() throws Exception {
        f.approve(f.declare(list("I", "I", "0615", row("1", "100"), row("2", "100"), row("3", "100"))),
                Map.of("bondInvtNo", "QD900026I000000001"));
        Document d = list("E", "E", "0615");
        Document doc = d;
        // 600 B need 180 PE, 100 there
        ValidationException e = assertThrows(ValidationException.class, () -> f.saveRow(doc, InvtType.ITEMS,
                row("2", "600")));
        assertEquals("items.dclQty", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("料件备案序号 1（料号 M-PE 聚乙烯粒子）余量 100，本清单需要 180，缺少 80"),
                e.getMessage());
        assertTrue(f.documents.get(SYSTEM, d.id()).items(InvtType.ITEMS).isEmpty(), "nothing stored");
        // fits now, but a re-export declared meanwhile takes the PE: refused at 申报
        d = f.saveRow(doc, InvtType.ITEMS, row("2", "300"));
        f.declare(list("E", "I", "0664", row("1", "50")));
        Document fits = d;
        ValidationException late = assertThrows(ValidationException.class, () -> f.declare(fits));
        assertTrue(late.getMessage().contains("余量 50，本清单需要 90，缺少 40"), late.getMessage());
        assertEquals(DocumentState.DRAFT, f.documents.get(SYSTEM, d.id()).state());
    }

    @Test
    void aReturnedListFreesWhatItHeld() throws Exception {
        f.approve(f.declare(list("I", "I", "0615", row("1", "100"))), Map.of("bondInvtNo", "QD900026I000000001"));
        Document re = f.declare(list("E", "I", "0664", row("1", "100")));
        Document other = list("E", "I", "0664");
        assertThrows(ValidationException.class, () -> f.saveRow(other, InvtType.ITEMS, row("1", "1")));
        re = f.judge(re, "3", "6999 退单");
        assertEquals(DocumentState.RETURNED, re.state());
        f.saveRow(other, InvtType.ITEMS, row("1", "100"));
    }

    /**
     * The list's message is INV101 element for element as the XA sample (Ibondinvt.xml): the sample's header
     * elements in its order (GX's 预录入统一编号 and 清单编号 before them, as the product holds both), the rows as
     * InvtListType, then OperCusRegCode and SysId; the clerk's own 企业内部编号 is written as typed.
     */
    @Test
    void theMessageIsTheSamplesLayoutWithTheClerksInnerNumber() throws Exception {
        Document d = list("I", "I", "0654", row("1", "10"));
        WireElement m = LayoutCheck.assertWrittenAsLayout(ImportLayout.INV101, f.documents.message(SYSTEM, d.id()),
                List.of());
        WireElement sample = LayoutCheck.read(getClass().getResourceAsStream(
                "/org/tongguan/core/customs/wire/xa-Ibondinvt.xml").readAllBytes()).child("Object").orElseThrow()
                .child("Package").orElseThrow().child("DataInfo").orElseThrow().child("BussinessData").orElseThrow()
                .child("InvtMessage").orElseThrow();
        List<String> head = new ArrayList<>(m.child("InvtHeadType").orElseThrow().childNames());
        assertEquals(List.of("SeqNo", "BondInvtNo"), head.subList(0, 2));
        assertEquals(sample.child("InvtHeadType").orElseThrow().childNames(), head.subList(2, head.size()));
        List<String> row = m.child("InvtListType").orElseThrow().childNames();
        assertEquals(sample.child("InvtListType").orElseThrow().childNames(), row.subList(0, row.size() - 2));
        assertEquals(List.of("UcnsVerno", "Rmk"), row.subList(row.size() - 2, row.size()), "GX's, after the sample's");
        assertEquals(List.of("InvtHeadType", "InvtListType", "OperCusRegCode", "SysId"), m.childNames());
        assertEquals(d.etpsPreentNo(), m.child("InvtHeadType").orElseThrow().text("EtpsInnerInvtNo"));
        assertEquals(LedgerFixture.ENTERPRISE, m.text("OperCusRegCode"));

        Map<String, String> own = new HashMap<>(d.header());
        own.put("etpsInnerInvtNo", "HZQD-2026-0001");
        d = f.documents.saveHeader(SYSTEM, d.id(), d.version(), own);
        m = LayoutCheck.read(f.documents.message(SYSTEM, d.id()));
        assertEquals("HZQD-2026-0001", m.child("InvtHeadType").orElseThrow().text("EtpsInnerInvtNo"));
        assertEquals(d.value("inputTime"), m.child("InvtHeadType").orElseThrow().text("InputTime"));
        assertTrue(d.value("inputTime").matches("\\d{8}"), d.value("inputTime"));
    }
}
