package org.tongguan.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongguan.ledger.testing.LedgerFixture.SYSTEM;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.AccessDeniedException;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.IncomingMessage;
import org.tongguan.core.customs.OutgoingMessage;
import org.tongguan.core.customs.ReceiptListener;
import org.tongguan.core.customs.ReceiptRefused;
import org.tongguan.core.customs.ReceiptRequest;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.internal.declaration.TestDocuments;
import org.tongguan.core.notice.Notice;
import org.tongguan.core.security.UserContext;
import org.tongguan.ledger.testing.LedgerFixture;

/**
 * A document stuck on its way to customs, on the real document service and database with a real SM2 signer: the
 * 预警 of overdue receipts, 申请回执补发, 重新发送 of a message that never reached customs, and a receipt refused for
 * good.
 */
class StuckDocumentTest {
    private static final Duration LONG = Duration.ofHours(1);
    private static final Duration NOW = Duration.ofMillis(1);

    private LedgerFixture f;

    @BeforeEach
    void openFixture(@TempDir Path dir) {
        f = new LedgerFixture(dir.resolve("cards"));
    }

    @AfterEach
    void closeFixture() {
        f.close();
    }

    private List<Notice> warnings() {
        return f.notices.list(SYSTEM, LedgerFixture.ENTERPRISE, Notice.Kind.WARNING, false, 100);
    }

    private Document accepted() throws Exception {
        Document d = f.declaredLedger();
        f.harness.answer(d.etpsPreentNo(), f.signer, TestDocuments.imported(d.etpsPreentNo(), "900020260000000001"));
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.ACCEPTED, d.state());
        return d;
    }

    // ---- 预警 and 申请回执补发

    @Test
    void anOverdueDocumentIsWarnedOncePerWaitAndMayAskForItsReceiptsAgain() throws Exception {
        f.harness.waits(LONG, LONG);
        Document d = accepted();
        f.harness.sweep();
        assertEquals(List.of(), warnings(), "not overdue yet");
        assertEquals(Set.of(), f.documents.followUps(SYSTEM, d.id()));
        Document early = d;
        RuleViolation tooEarly = assertThrows(RuleViolation.class,
                () -> f.documents.requestReceipts(SYSTEM, early.id(), early.version()));
        assertEquals("document.receipts.notOverdue", tooEarly.key());
        assertTrue(tooEarly.getMessage().contains("1 小时"), tooEarly.getMessage());
        assertEquals(List.of(), f.harness.receiptRequests());

        f.harness.waits(NOW, LONG);
        Thread.sleep(5); // past the 1 ms wait
        f.harness.sweep();
        f.harness.sweep();
        List<Notice> warned = warnings();
        assertEquals(1, warned.size(), "once, however often the sweeper looks");
        assertEquals("document:" + d.etpsPreentNo(), warned.get(0).source());
        assertTrue(warned.get(0).title().contains(d.etpsPreentNo()) && warned.get(0).title().contains("未收到海关回执"),
                warned.get(0).title());
        assertTrue(warned.get(0).text().contains("入库成功"), warned.get(0).text());
        assertEquals(Set.of(DocumentEvent.REQUEST_RECEIPTS), f.documents.followUps(SYSTEM, d.id()));

        Document asked = f.documents.requestReceipts(SYSTEM, d.id(), d.version());

        assertEquals(DocumentState.ACCEPTED, asked.state(), "asking moves nothing");
        assertTrue(f.harness.audit().find(SYSTEM, new org.tongguan.core.audit.AuditQuery(null, null, null, null, null, d.etpsPreentNo()), 0, 1).get(0).getNewValue().endsWith("event=REQUEST_RECEIPTS"),
                "who asked, and when, is audited");
        ReceiptRequest request = f.harness.receiptRequests().get(0);
        assertEquals(d.etpsPreentNo(), request.businessId());
        assertEquals(d.etpsPreentNo() + "-1", request.messageId());
        assertEquals("EMS111_" + d.etpsPreentNo() + "_1.xml", request.fileName());
        Thread.sleep(5);
        f.harness.sweep();
        assertEquals(2, warnings().size(), "the wait started again at the request: a second wait, a second 预警");
    }

    @Test
    void aDocumentTurnedOverToAnOfficerWaitsLongerBeforeItIsOverdue() throws Exception {
        Document d = f.judge(accepted(), "2");
        assertEquals(DocumentState.MANUAL, d.state());
        f.harness.waits(NOW, LONG);
        Thread.sleep(5);
        f.harness.sweep();
        assertEquals(List.of(), warnings());
        assertEquals(Set.of(), f.documents.followUps(SYSTEM, d.id()));

        f.harness.waits(LONG, NOW);
        Thread.sleep(5);
        f.harness.sweep();
        assertEquals(1, warnings().size());
        assertTrue(warnings().get(0).text().contains("转人工"), warnings().get(0).text());
        assertEquals(DocumentState.MANUAL, f.documents.requestReceipts(SYSTEM, d.id(), d.version()).state());
    }

    @Test
    void aClerkWhoMayNotChangeTheDocumentCannotAskNorIsOfferedTo() throws Exception {
        f.harness.waits(NOW, NOW);
        Document d = accepted();
        Thread.sleep(5);
        UserContext reader = UserContext.user(7, "reader");
        f.policy.grant(reader, Set.of(EmsType.PERMISSION + ".view"), Set.of(LedgerFixture.ENTERPRISE));

        assertEquals(Set.of(), f.documents.followUps(reader, d.id()));
        assertThrows(AccessDeniedException.class, () -> f.documents.requestReceipts(reader, d.id(), d.version()));
        assertThrows(AccessDeniedException.class, () -> f.documents.resend(reader, d.id(), d.version()));
        assertEquals(List.of(), f.harness.receiptRequests());
    }

    @Test
    void anApprovedDocumentHasNothingToAskFor() throws Exception {
        f.harness.waits(NOW, NOW);
        Document d = f.approvedLedger("E90000000001");
        Thread.sleep(5);
        f.harness.sweep();
        assertEquals(List.of(), warnings());
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> f.documents.requestReceipts(SYSTEM, d.id(), d.version()));
        assertEquals("lifecycle.refused", refused.key());
    }

    // ---- 重新发送

    @Test
    void aMessageTheTransportRefusedIsKeptAndSentAgainAsSignedWithoutACard() throws Exception {
        f.harness.refusing(true);
        Document draft = f.draftLedger();
        assertThrows(RuleViolation.class, () -> f.declare(draft));
        Document failed = f.documents.get(SYSTEM, draft.id());
        assertEquals(DocumentState.DECLARE_FAILED, failed.state());
        assertEquals(Set.of(DocumentEvent.RESEND), f.documents.followUps(SYSTEM, failed.id()));
        f.harness.sweep();
        assertEquals(List.of(), f.harness.sent(), "held for the clerk, not sent behind its back");
        RuleViolation stillFull = assertThrows(RuleViolation.class,
                () -> f.documents.resend(SYSTEM, failed.id(), failed.version()));
        assertEquals("document.send.failed", stillFull.key());
        Document again = f.documents.get(SYSTEM, draft.id());
        assertEquals(DocumentState.DECLARE_FAILED, again.state());

        f.harness.refusing(false);
        Document resent = f.documents.resend(SYSTEM, again.id(), again.version());

        assertEquals(DocumentState.DECLARED, resent.state());
        assertEquals(1, f.harness.sent().size());
        assertEquals("EMS111_" + draft.etpsPreentNo() + "_1.xml", f.harness.sent().get(0).fileName(),
                "the message signed at 申报, not a new one");
        assertEquals(Set.of(), f.documents.followUps(SYSTEM, resent.id()), "on its way now");
        Document approved = f.approve(resent, Map.of("emsNo", "E90000000002"));
        assertEquals(DocumentState.APPROVED, approved.state(), "its receipts move it as any other");
    }

    @Test
    void aMessageTheEportClientCouldNotSendGoesBackFromFailBoxUnderItsName() throws Exception {
        Document d = f.declaredLedger();
        OutgoingMessage failed = f.harness.failLastSent();
        f.harness.sweep();
        Document marked = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.DECLARE_FAILED, marked.state());
        assertEquals(Set.of(DocumentEvent.RESEND), f.documents.followUps(SYSTEM, d.id()));

        Document resent = f.documents.resend(SYSTEM, marked.id(), marked.version());

        assertEquals(DocumentState.DECLARED, resent.state());
        assertTrue(f.harness.audit().find(SYSTEM, new org.tongguan.core.audit.AuditQuery(null, null, null, null, null, d.etpsPreentNo()), 0, 1).get(0).getNewValue().endsWith("event=RESEND"));
        assertArrayEquals(failed.content(), f.harness.sent().get(f.harness.sent().size() - 1).content());
        f.harness.sweep();
        assertEquals(DocumentState.DECLARED, f.documents.get(SYSTEM, d.id()).state(), "not in FailBox any more");
    }

    @Test
    void aMessageCustomsRefusedOnImportReachedCustomsAndIsNotSentAgain() throws Exception {
        Document d = f.declaredLedger();
        f.harness.answer(d.etpsPreentNo(), f.signer, TestDocuments.failed(d.etpsPreentNo(), "导入失败"));
        Document failed = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.DECLARE_FAILED, failed.state());
        assertEquals(Set.of(), f.documents.followUps(SYSTEM, d.id()));

        RuleViolation reached = assertThrows(RuleViolation.class,
                () -> f.documents.resend(SYSTEM, failed.id(), failed.version()));
        assertEquals("document.resend.reached", reached.key());
        assertEquals(DocumentState.DECLARED, f.declare(failed).state(), "申报 again, signed anew, still works");
    }

    // ---- a receipt refused for good

    @Test
    void aReceiptWithADoctypeIsRefusedForGoodWithItsReasonAndChangesNothing() throws Exception {
        Document d = f.declaredLedger();
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Signature>&x;</Signature>").getBytes(StandardCharsets.UTF_8);
        IncomingMessage bad = new IncomingMessage("EMS", "Receipt_x_1.xml", xxe, TestDocuments.sha256(xxe));
        ReceiptListener listener = (ReceiptListener) f.documents;

        ReceiptRefused refused = assertThrows(ReceiptRefused.class, () -> listener.onReceipt(bad));
        assertTrue(refused.getMessage().startsWith("回执未被接受"), refused.getMessage());
        Map<IncomingMessage, Exception> failed = listener.onReceipts(List.of(bad,
                f.receipt(d, TestDocuments.imported(d.etpsPreentNo(), "900020260000000009"))));
        assertEquals(Set.of(bad), failed.keySet(), "the good one of the same batch is taken");
        assertTrue(failed.get(bad) instanceof ReceiptRefused);
        assertEquals(DocumentState.ACCEPTED, f.documents.get(SYSTEM, d.id()).state());
        assertEquals(1, f.documents.receipts(SYSTEM, d.id()).size());
    }
}
