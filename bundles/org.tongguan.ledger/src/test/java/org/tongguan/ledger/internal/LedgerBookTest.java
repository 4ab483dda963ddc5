package org.tongguan.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongguan.ledger.testing.LedgerFixture.SYSTEM;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.ValidationException;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.internal.declaration.TestDocuments;
import org.tongguan.core.notice.Notice;
import org.tongguan.core.security.UserContext;
import org.tongguan.ledger.Balance;
import org.tongguan.ledger.LedgerItem;
import org.tongguan.ledger.ListMovements;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementKind;
import org.tongguan.ledger.Shortfall;
import org.tongguan.ledger.Verification;
import org.tongguan.ledger.testing.LedgerFixture;

/**
 * A 加工贸易账册 filed, approved and changed through the document service on a real database, and the balances and
 * 报核 figures the ledger book makes of list movements, against numbers worked out by hand here.
 */
class LedgerBookTest {
    private static final String EMS = "E90000000001";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;
    private LedgerFixture f;

    @BeforeEach
    void setUp() {
        f = new LedgerFixture(dir.resolve("cards"));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private ListMovements list(long id, MovementKind kind, LocalDate day, ListMovements.Line... lines) {
        return new ListMovements(id, "L" + id, EMS, kind, day, List.of(lines));
    }

    private static ListMovements.Line line(int n, long seq, String qty) {
        return new ListMovements.Line(n, seq, null, new BigDecimal(qty));
    }

    /** Declared and approved at once. */
    private void approved(ListMovements list) {
        assertEquals(List.of(), f.book.shortfalls(list));
        f.book.declare(list);
        f.book.approve(list.listId(), "QD900026I00000000" + list.listId());
    }

    private Balance balance(Mark mark, long seq) {
        return f.book.balances(SYSTEM, EMS, mark).stream().filter(b -> b.item().seqNo() == seq).findFirst()
                .orElseThrow();
    }

    @Test
    void aConcurrentEditNamesTheDocumentInTheReadersLanguage() {
        Document d = f.draftLedger();
        f.saveRow(d, "mtpck", LedgerFixture.item("M-NEW", "新料件", "3901100090", "1", "1")); // someone else's save

        org.tongguan.core.ConcurrentEditException e = assertThrows(org.tongguan.core.ConcurrentEditException.class,
                () -> f.documents.saveHeader(SYSTEM, d.id(), d.version(), LedgerFixture.ledgerHeader()));

        String title = EmsType.MESSAGES.get("ems.title", java.util.Locale.ENGLISH);
        assertEquals(title + " " + d.etpsPreentNo()
                + " was changed by someone else; reload and try again (your change was not saved)",
                e.getMessage(java.util.Locale.ENGLISH));
        assertTrue(e.getMessage(java.util.Locale.SIMPLIFIED_CHINESE).startsWith(
                EmsType.MESSAGES.get("ems.title", java.util.Locale.SIMPLIFIED_CHINESE) + " "),
                e.getMessage(java.util.Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void documentsDeclaredTogetherAreEachDeclaredOrRefusedAlone() {
        Document a = f.draftLedger();
        Document stale = f.draftLedger();
        Document c = f.draftLedger();
        f.saveRow(stale, "mtpck", LedgerFixture.item("M-NEW", "新料件", "3901100090", "1", "1")); // edited meanwhile
        int sentBefore = f.sent().size();
        Map<Long, Long> versions = new java.util.LinkedHashMap<>();
        for (Document d : List.of(a, stale, c)) {
            versions.put(d.id(), d.version());
        }

        Map<Long, RuntimeException> refused = f.documents.declareAll(SYSTEM, versions, LedgerFixture.CARD,
                LedgerFixture.PIN);

        assertEquals(Set.of(stale.id()), refused.keySet());
        assertTrue(refused.get(stale.id()).getMessage().contains("修改"), refused.get(stale.id()).getMessage());
        assertEquals(DocumentState.DECLARED, f.documents.get(SYSTEM, a.id()).state());
        assertEquals(DocumentState.DECLARED, f.documents.get(SYSTEM, c.id()).state());
        assertEquals(DocumentState.DRAFT, f.documents.get(SYSTEM, stale.id()).state());
        assertEquals(Set.of(a.etpsPreentNo(), c.etpsPreentNo()), f.sent().subList(sentBefore, f.sent().size())
                .stream().map(m -> m.fileName().split("_")[1]).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void receiptsArrivingTogetherAreAppliedTogetherAndOneThatCannotBeTakenHoldsBackNoOther() throws Exception {
        Document a = f.declaredLedger();
        Document b = f.declaredLedger();
        var importedA = f.receipt(a, TestDocuments.imported(a.etpsPreentNo(), "900020260000000101"));
        var approvedA = f.receipt(a, TestDocuments.judged(a.etpsPreentNo(), "1", Map.of("emsNo", "E90000000101")));
        var importedB = f.receipt(b, TestDocuments.imported(b.etpsPreentNo(), "900020260000000102"));
        // an answer to a 9th send of b, which was sent once: it cannot be taken (yet)
        var sentB = f.harness.lastSent(b.etpsPreentNo(), f.signer);
        var info = sentB.info();
        var early = f.receipt(new org.tongguan.core.customs.SignedMessage(new org.tongguan.core.customs.EnvelopeInfo(
                info.version(), info.businessId(), b.etpsPreentNo() + "-9", info.fileName().replaceFirst(
                        "_[0-9]+\\.xml$", "_9.xml"), info.messageType(), info.senderId(), info.receiverId(),
                info.sendTime()), sentB.declareFlag(), sentB.businessXml(), sentB.keyName()),
                TestDocuments.imported(b.etpsPreentNo(), "900020260000000103"));

        var listener = (org.tongguan.core.customs.ReceiptListener) f.documents;
        var notTaken = listener.onReceipts(List.of(importedA, early, approvedA, importedB));

        assertEquals(Set.of(early), notTaken.keySet());
        assertTrue(notTaken.get(early).getMessage().contains("not yet stored"), notTaken.get(early).getMessage());
        Document nowA = f.documents.get(SYSTEM, a.id());
        assertEquals(DocumentState.APPROVED, nowA.state());
        assertEquals("E90000000101", nowA.header().get("emsNo"));
        Document nowB = f.documents.get(SYSTEM, b.id());
        assertEquals(DocumentState.ACCEPTED, nowB.state());
        assertEquals("900020260000000102", nowB.seqNo());
        assertEquals(Map.of(), listener.onReceipts(List.of(importedA, approvedA)), "taken again: no effect");
        assertEquals(2, f.documents.receipts(SYSTEM, a.id()).size());
    }

    @Test
    void anApprovedLedgerBecomesTheRowsAndBomListsAreCheckedAgainst() throws Exception {
        Document d = f.approvedLedger(EMS);
        assertEquals(EMS, d.value("emsNo"));
        assertEquals("0.204081633", d.items("ucns").get(0).value("ucnsQty"), "0.2 / (1 - 2 %)");
        assertEquals("0.104166667", d.items("ucns").get(3).value("ucnsQty"), "0.1 / (1 - 4 %)");
        assertEquals(ItemTab.MARK_ADDED, d.items("mtpck").get(0).value("modfMarkcd"));
        LedgerItem pe = f.book.item(EMS, Mark.I, 1).orElseThrow();
        assertEquals("M-PE", pe.mtno());
        assertEquals(0, d("10000").compareTo(pe.declaredQty()));
        assertEquals(List.of("0"), f.book.bomVersions(EMS, 1));
        assertEquals(1, f.book.ledgers(LedgerFixture.ENTERPRISE).size());
    }

    @Test
    void aChangeOfTheApprovedLedgerMarksEachRowAndCountsTheChange() throws Exception {
        Document d = f.approvedLedger(EMS);
        d = f.documents.change(SYSTEM, d.id(), d.version());
        assertEquals("1", d.value("chgTmsCnt"));
        assertEquals("2", d.value("dclTypecd"), "变更");
        assertTrue(d.items("mtpck").stream().allMatch(i -> ItemTab.MARK_UNCHANGED.equals(i.value("modfMarkcd"))));
        Document.Item cu = d.items("mtpck").get(1);
        Map<String, String> changed = new java.util.HashMap<>(cu.values());
        changed.put("dclUprcAmt", "61");
        d = f.documents.saveItem(SYSTEM, d.id(), d.version(), "mtpck", cu.id(), changed);
        d = f.saveRow(d, "mtpck", LedgerFixture.item("M-GLUE", "胶水", "3506100090", "9", "100"));
        Document.Item shell = d.items("mtpck").get(2);
        Document.Item bom = d.items("ucns").get(3);
        d = f.documents.deleteItems(SYSTEM, d.id(), d.version(), "ucns", List.of(bom.id()));
        d = f.documents.deleteItems(SYSTEM, d.id(), d.version(), "mtpck", List.of(shell.id()));
        assertEquals(ItemTab.MARK_UNCHANGED, d.items("mtpck").get(0).value("modfMarkcd"));
        assertEquals(ItemTab.MARK_CHANGED, d.items("mtpck").get(1).value("modfMarkcd"));
        assertEquals(ItemTab.MARK_DELETED, d.items("mtpck").get(2).value("modfMarkcd"), "kept until approved");
        assertEquals(ItemTab.MARK_ADDED, d.items("mtpck").get(3).value("modfMarkcd"));
        assertEquals(4, d.items("mtpck").size());
        // the added row goes at once when deleted: it was never approved
        Document.Item glue = d.items("mtpck").get(3);
        Document undone = f.documents.deleteItems(SYSTEM, d.id(), d.version(), "mtpck", List.of(glue.id()));
        assertEquals(3, undone.items("mtpck").size());
        d = f.saveRow(undone, "mtpck", LedgerFixture.item("M-GLUE", "胶水", "3506100090", "9", "100"));
        d = f.approve(f.declare(d), Map.of());
        assertEquals(DocumentState.APPROVED, d.state());
        assertEquals(EMS, d.value("emsNo"), "a change keeps its number");
        assertEquals(3, d.items("mtpck").size(), "the deleted row went with the approval");
        assertFalse(d.value("chgApprTime").isEmpty());
        assertTrue(f.book.item(EMS, Mark.I, 3).isEmpty(), "the ledger lost the deleted 料件");
        assertEquals(0, d("61").compareTo(f.book.item(EMS, Mark.I, 2).orElseThrow().price()));
        assertEquals("M-GLUE", f.book.item(EMS, Mark.I, 4).orElseThrow().mtno());
    }

    @Test
    void aChangeMayNotDeleteARowThatListsHaveMoved() throws Exception {
        Document d = f.approvedLedger(EMS);
        approved(list(100, MovementKind.IMPORT, DAY, line(1, 3, "10")));
        d = f.documents.change(SYSTEM, d.id(), d.version());
        d = f.documents.deleteItems(SYSTEM, d.id(), d.version(), "ucns", List.of(d.items("ucns").get(3).id()));
        d = f.documents.deleteItems(SYSTEM, d.id(), d.version(), "mtpck", List.of(d.items("mtpck").get(2).id()));
        Document doc = d;
        ValidationException used = assertThrows(ValidationException.class, () -> f.declare(doc));
        assertTrue(used.getMessage().contains("料件序号 3（料号 M-SHELL）已有核注清单数据，不能删除"), used.getMessage());
    }

    @Test
    void aBomRowMustNameRowsOfTheLedgerAndAgreeWithItsNetConsumption() throws Exception {
        Document d = f.documents.create(SYSTEM, EmsType.ID, LedgerFixture.ledgerHeader());
        d = f.saveRow(d, "mtpck", LedgerFixture.item("M-PE", "聚乙烯粒子", "3901100090", "4.5", "10"));
        d = f.saveRow(d, "endprd", LedgerFixture.item("P-A", "开关A", "8536500000", "23", "10"));
        Document doc = d;
        ValidationException noProduct = assertThrows(ValidationException.class, () -> f.saveRow(doc, "ucns",
                LedgerFixture.bom(2, 1, "0.2", "0")));
        assertEquals("ucns.endprdSeqno", noProduct.errors().get(0).field());
        assertTrue(noProduct.getMessage().contains("成品序号 2 不是本账册的成品"), noProduct.getMessage());
        Map<String, String> wrong = new java.util.HashMap<>(LedgerFixture.bom(1, 1, "0.2", "2"));
        wrong.put("ucnsQty", "0.2");
        ValidationException mismatch = assertThrows(ValidationException.class, () -> f.saveRow(doc, "ucns", wrong));
        assertTrue(mismatch.getMessage().contains("0.204081633"), mismatch.getMessage());
        ValidationException loss = assertThrows(ValidationException.class, () -> f.saveRow(doc, "ucns",
                LedgerFixture.bom(1, 1, "0.2", "100")));
        assertEquals("ucns.tgblLossRate", loss.errors().get(0).field());
        Document withBom = f.saveRow(doc, "ucns", LedgerFixture.bom(1, 1, "0.2", "0"));
        ValidationException twice = assertThrows(ValidationException.class, () -> f.saveRow(withBom, "ucns",
                LedgerFixture.bom(1, 1, "0.3", "0")));
        assertTrue(twice.getMessage().contains("1/1/0"), twice.getMessage());
    }

    @Test
    void listsMoveBalancesAndExportsConsumeMaterialThroughTheBom() throws Exception {
        f.approvedLedger(EMS);
        approved(list(100, MovementKind.IMPORT, DAY, line(1, 1, "500"), line(2, 2, "100"), line(3, 3, "80")));
        assertEquals(0, d("500").compareTo(balance(Mark.I, 1).balance()));
        // 300 A and 200 B exported: 料件 1 takes 300 × 0.204081633 + 200 × 0.3 = 61.2244899 + 60 = 121.22449
        approved(list(101, MovementKind.EXPORT, DAY.plusDays(1), line(1, 1, "300"), line(2, 2, "200")));
        Balance pe = balance(Mark.I, 1);
        assertEquals(d("121.22449"), pe.consumed());
        assertEquals(d("378.77551"), pe.balance());
        assertEquals(d("15.00000"), balance(Mark.I, 2).consumed(), "300 × 0.05");
        assertEquals(d("20.83333"), balance(Mark.I, 3).consumed(), "200 × 0.104166667 = 20.8333334");
        assertEquals(d("700.00000"), balance(Mark.E, 1).balance(), "1000 filed − 300 exported");
        // 复出 of 20 and 内销 of 10 PE
        approved(list(102, MovementKind.REEXPORT, DAY.plusDays(2), line(1, 1, "20")));
        approved(list(103, MovementKind.DOMESTIC, DAY.plusDays(2), line(1, 1, "10")));
        assertEquals(d("348.77551"), balance(Mark.I, 1).balance());
    }

    @Test
    void aListThatWouldTakeARowBelowZeroIsNamedWithTheBalanceAndTheShortfall() throws Exception {
        f.approvedLedger(EMS);
        approved(list(100, MovementKind.IMPORT, DAY, line(1, 1, "100"), line(2, 2, "100"), line(3, 3, "100")));
        // 600 B need 600 × 0.3 = 180 of PE: 80 short
        List<Shortfall> s = f.book.shortfalls(list(101, MovementKind.EXPORT, DAY, line(1, 2, "600")));
        assertEquals(1, s.size());
        assertEquals(Mark.I, s.get(0).mark());
        assertEquals(1, s.get(0).seqNo());
        assertEquals(d("100.00000"), s.get(0).balance());
        assertEquals(d("180.00000"), s.get(0).demand());
        assertEquals(d("80.00000"), s.get(0).shortfall());
        // a declared list holds its quantity against the next one
        f.book.declare(list(102, MovementKind.REEXPORT, DAY, line(1, 1, "70")));
        assertEquals(d("40.00000"), f.book.shortfalls(list(103, MovementKind.REEXPORT, DAY, line(1, 1, "70")))
                .get(0).shortfall());
        f.book.withdraw(102);
        assertEquals(List.of(), f.book.shortfalls(list(103, MovementKind.REEXPORT, DAY, line(1, 1, "70"))));
        // 成品: 1000 filed
        assertEquals(d("1.00000"), f.book.shortfalls(list(104, MovementKind.EXPORT, DAY, line(1, 1, "1001")))
                .stream().filter(x -> x.mark() == Mark.E).findFirst().orElseThrow().shortfall());
    }

    @Test
    void aMaterialFallingUnderItsWarningLevelRaisesOneWarning() throws Exception {
        f.approvedLedger(EMS);
        approved(list(100, MovementKind.IMPORT, DAY, line(1, 1, "100")));
        f.book.setWarning(SYSTEM, EMS, Mark.I, Set.of(1L), d("50"));
        assertTrue(f.notices.list(SYSTEM, LedgerFixture.ENTERPRISE, Notice.Kind.WARNING, false, 10).isEmpty());
        approved(list(101, MovementKind.REEXPORT, DAY, line(1, 1, "40")));
        assertTrue(f.notices.list(SYSTEM, LedgerFixture.ENTERPRISE, Notice.Kind.WARNING, false, 10).isEmpty());
        approved(list(102, MovementKind.REEXPORT, DAY, line(1, 1, "20")));
        List<Notice> warnings = f.notices.list(SYSTEM, LedgerFixture.ENTERPRISE, Notice.Kind.WARNING, false, 10);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).title().contains("料件 1"), warnings.get(0).title());
        assertTrue(warnings.get(0).text().contains("40"), warnings.get(0).text());
        // kept in both languages: an English reader reads it in English
        // (the material's name is the clerk's data, in Chinese)
        String english = (warnings.get(0).title(java.util.Locale.ENGLISH) + warnings.get(0).text(java.util.Locale.US))
                .replace("聚乙烯粒子", "");
        assertTrue(english.contains("warning level") && english.codePoints().noneMatch(
                c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), english);
        approved(list(103, MovementKind.REEXPORT, DAY, line(1, 1, "5")));
        assertEquals(1, f.notices.list(SYSTEM, LedgerFixture.ENTERPRISE, Notice.Kind.WARNING, false, 10).size(),
                "already under: no second warning");
        assertTrue(balance(Mark.I, 1).belowWarning());
        UserContext stranger = UserContext.user(9, "stranger");
        assertThrows(org.tongguan.core.AccessDeniedException.class, () -> f.book.balances(stranger, EMS, Mark.I));
    }

    @Test
    void verificationFiguresMatchAWorkedExample() throws Exception {
        f.approvedLedger(EMS);
        LocalDate start = f.book.nextPeriodStart(EMS);
        // before the period: nothing (the period starts at the approval); in it:
        approved(list(100, MovementKind.IMPORT, start, line(1, 1, "1000"), line(2, 2, "200"), line(3, 3, "300")));
        approved(list(101, MovementKind.EXPORT, start, line(1, 1, "500"), line(2, 2, "400")));
        approved(list(102, MovementKind.TRANSFER_OUT, start, line(1, 1, "50")));
        approved(list(103, MovementKind.SCRAP, start, line(1, 1, "5.5")));
        approved(list(104, MovementKind.TRANSFER_IN, start, line(1, 3, "10")));
        // a list after the period does not count
        approved(list(105, MovementKind.IMPORT, start.plusDays(40), line(1, 1, "999")));
        Verification v = f.book.verify(EMS, start, start.plusDays(30));
        Verification.Material pe = v.materials().get(0);
        // PE: 500 × 0.204081633 + 400 × 0.3 = 102.0408165 + 120 = 222.0408165 → 222.04082
        assertEquals(d("0.00000"), pe.opening());
        assertEquals(d("1000.00000"), pe.imported());
        assertEquals(d("222.04082"), pe.consumed());
        assertEquals(d("50.00000"), pe.transferOut());
        assertEquals(d("5.50000"), pe.scrap());
        // 1000 − 222.0408165 − 50 − 5.5 = 722.4591835 → 722.45918
        assertEquals(d("722.45918"), pe.expected());
        assertEquals(d("175.00000"), v.materials().get(1).expected(), "200 − 500 × 0.05");
        Verification.Material shell = v.materials().get(2);
        // 300 + 10 − 400 × 0.104166667 (41.6666668) = 268.3333332 → 268.33333
        assertEquals(d("268.33333"), shell.expected());
        assertEquals(d("400.00000"), v.products().get(1).exported());
        assertFalse(v.opensFromConfirmed());
    }
}
