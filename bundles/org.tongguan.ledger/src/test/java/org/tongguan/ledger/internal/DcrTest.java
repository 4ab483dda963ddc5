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
}
