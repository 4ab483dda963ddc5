package org.tongguan.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongguan.ledger.testing.LedgerFixture.SYSTEM;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.ValidationException;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.customs.wire.LayoutCheck;
import org.tongguan.core.customs.wire.WireElement;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.ledger.ListMovements;
import org.tongguan.ledger.MovementKind;
import org.tongguan.ledger.Verification;
import org.tongguan.ledger.testing.LedgerFixture;

/**
 * 账册报核 through the document service: a 正常 报核 approved and its result confirmed, the next period starting from
 * the confirmed 实际剩余, a 补充 报核 tied to the period of an approved 正常 one, and the stale-figures rule.
 */
class DcrTest {
    private static final String EMS = "E90000000001";

    @TempDir
    Path dir;
    private LedgerFixture f;
    private LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        f = new LedgerFixture(dir.resolve("cards"));
        f.approvedLedger(EMS);
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        list(100, MovementKind.IMPORT, "100");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private void list(long id, MovementKind kind, String pe) {
        ListMovements l = new ListMovements(id, "L" + id, EMS, kind, today,
                List.of(new ListMovements.Line(1, 1, null, new BigDecimal(pe))));
        f.book.declare(l);
        f.book.approve(id, "QD" + id);
    }

    private Document dcr(String type, LocalDate end) {
        Map<String, String> h = new HashMap<>(Map.of("emsNo", EMS, "chgoffTypecd", type, "vclrEndDate",
                end.toString(), "dclEtpsno", LedgerFixture.ENTERPRISE));
        return f.documents.create(SYSTEM, DcrType.ID, h);
    }

    /** Every 料件's 实际剩余 entered: PE as given, the others as they should be. */
    private Document counted(Document d, String pe) {
        for (Document.Item i : d.items("mtpck")) {
            d = f.documents.saveItem(SYSTEM, d.id(), d.version(), "mtpck", i.id(),
                    Map.of("actualQty", i.value("gdsSeqno").equals("1") ? pe : i.value("expectQty")));
        }
        return d;
    }

    @Test
    void aConfirmedResultStartsTheNextPeriodFromTheActualRemaining() throws Exception {
        Document d = counted(dcr("1", today), "97");
        assertEquals("100", d.items("mtpck").get(0).value("expectQty"));
        assertEquals("-3", d.items("mtpck").get(0).value("diffQty"));
        assertEquals("-3", d.items("mtpck").get(0).value("diffRate"), "−3 %");
        d = f.approve(f.declare(d), Map.of());
        assertEquals(DocumentState.APPROVED, d.state());
        Document approved = d;
        d = f.documents.perform(SYSTEM, d.id(), d.version(), DcrType.CONFIRM);
        assertEquals("1", d.value("chgoffConfirm"));
        Document confirmed = d;
        assertThrows(RuleViolation.class, () -> f.documents.perform(SYSTEM, confirmed.id(), confirmed.version(),
                DcrType.CONFIRM), "once");
        assertEquals(today.plusDays(1), f.book.nextPeriodStart(EMS));
        // the next period opens with the 97 counted, not the 100 the lists left
        Verification next = f.book.verify(EMS, today.plusDays(1), today.plusDays(30));
        assertEquals(new BigDecimal("97.00000"), next.materials().get(0).opening());
        assertTrue(approved.value("vclrBgnDate").length() == 8);
    }

    @Test
    void aSupplementaryVerificationRepeatsTheApprovedRegularPeriod() throws Exception {
        ValidationException none = assertThrows(ValidationException.class, () -> dcr("2", today));
        assertTrue(none.getMessage().contains("补充申报须对应一份已审批"), none.getMessage());
        Document regular = f.approve(f.declare(counted(dcr("1", today), "100")), Map.of());
        Document supplement = dcr("2", today);
        assertEquals(regular.value("vclrBgnDate"), supplement.value("vclrBgnDate"));
        assertThrows(ValidationException.class, () -> dcr("2", today.minusDays(1)), "another end: no such period");
    }

    @Test
    void figuresMadeStaleByALaterListAreRefusedAtDeclaration() {
        Document d = counted(dcr("1", today), "100");
        list(101, MovementKind.REEXPORT, "10");
        Document stale = d;
        ValidationException e = assertThrows(ValidationException.class, () -> f.declare(stale));
        assertTrue(e.getMessage().contains("请先暂存重新计算"), e.getMessage());
        d = f.documents.saveHeader(SYSTEM, d.id(), d.version(), d.header());
        assertEquals("90", d.items("mtpck").get(0).value("expectQty"));
        assertEquals("100", d.items("mtpck").get(0).value("actualQty"), "what the clerk counted is kept");
        assertEquals("10", d.items("mtpck").get(0).value("diffQty"));
    }

    @Test
    void aPeriodCannotEndInTheFutureOrBeforeItBegins() {
        assertThrows(ValidationException.class, () -> dcr("1", today.plusDays(1)));
        assertThrows(ValidationException.class, () -> dcr("1", today.minusDays(1)));
    }

    /**
     * The 报核's message is EMS121 as derived from EMS121.xsd; the 账册's (filed by the fixture) EMS111 with 料件,
     * 成品 and 单损耗 in their elements; the 企业资质's EMS101 with 料件 I and 成品 E in EtArcrpDt.
     */
    @Test
    void eachLedgerMessageIsItsDerivedLayout() throws Exception {
        Document d = dcr("1", today);
        WireElement m = LayoutCheck.assertWrittenAsLayout(ImportLayout.EMS121, f.documents.message(SYSTEM, d.id()),
                List.of("DclEtpsno", "DclEtpsSccd", "DclEtpsNm", "ChgoffConfirm", "ConfirmTime"));
        List<WireElement> rows = m.children("EmsChgoffDt");
        assertEquals(d.items("mtpck").size() + d.items("endprd").size(), rows.size());
        assertEquals("I", rows.get(0).text("Typecd"));
        assertEquals("E", rows.get(rows.size() - 1).text("Typecd"));
        assertEquals(d.items("mtpck").get(0).value("expectQty"), rows.get(0).text("ShdRemainQty"));
        assertEquals(EMS, m.child("EmsChgoffBsc").orElseThrow().text("EmsNo"));

        Document ledger = f.draftLedger();
        m = LayoutCheck.assertWrittenAsLayout(ImportLayout.EMS111, f.documents.message(SYSTEM, ledger.id()),
                List.of("UsageTypecd", "InputEtpsno", "InputEtpsSccd", "InputTime"));
        assertEquals(ledger.items("mtpck").size(), m.children("EmsPutrecImg").size());
        assertEquals(ledger.items("endprd").size(), m.children("EmsPutrecExg").size());
        assertEquals(ledger.items("ucns").size(), m.children("EmsPutrecCm").size());
        assertEquals(ledger.etpsPreentNo(), m.child("EmsPutrecBsc").orElseThrow().text("EtpsPreentNo"));

        f.add(new QyzzType());
        Map<String, String> h = new HashMap<>();
        for (String unit : new String[] {"bizop", "rcvgd", "dcl"}) {
            h.put(unit + "Etpsno", LedgerFixture.ENTERPRISE);
        }
        h.put("masterCuscd", "9000");
        h.put("finishValidDate", "2031-12-31");
        h.put("prdtCapaAmt", "1000000");
        h.put("qualTypecd", "1");
        Document q = f.documents.create(SYSTEM, QyzzType.ID, h);
        q = f.saveRow(q, "mtpck", LedgerFixture.item("M-PE", "聚乙烯粒子", "3901100090", "4.5", "10"));
        q = f.saveRow(q, "endprd", LedgerFixture.item("P-A", "开关A", "8536500000", "23", "1"));
        m = LayoutCheck.assertWrittenAsLayout(ImportLayout.EMS101, f.documents.message(SYSTEM, q.id()),
                List.of("InputEtpsno", "InputEtpsSccd", "InputTime", "QualTypecd"));
        assertEquals(List.of("I", "E"), m.children("EtArcrpDt").stream().map(r -> r.text("MtpckEndprdTypecd"))
                .toList());
        assertEquals("20311231", m.child("EtArcrpBsc").orElseThrow().text("FinishValidTime"));
        assertEquals("西安高新加工贸易有限公司", m.child("EtArcrpBsc").orElseThrow().text("PrcsEtpsNm"));
    }
}
