package org.tongguan.invt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongguan.ledger.testing.LedgerFixture.SYSTEM;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.customs.IncomingMessage;
import org.tongguan.core.customs.ReceiptListener;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.Receipt;
import org.tongguan.core.internal.declaration.TestDocuments;
import org.tongguan.ledger.testing.LedgerFixture;

/**
 * The real answers and receipts (the public samples, docs/wire-formats.md) delivered as the e-port client drops them
 * into InBox, applied to a declared 核注清单: the client's {@code Successed_} answer gives the 预录入统一编号 that
 * customs' INV201 names, INV201 approves with its {@code bondInvtNo}, INV211 deducts; a {@code Failed_} answer is
 * 申报失败 with its text; a receipt in two pockets applies when both came; a type the product does not know is kept.
 */
class InvtWireTest {
    private static final String EMS = "E90000000001";
    /** The 预录入统一编号 INV201.xml names. */
    private static final String SEQ_NO = "202400000122717119";

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

    private static String sample(String name) {
        return TestDocuments.sample(name);
    }

    private void deliver(String fileName, String content) throws Exception {
        f.harness.deliver("INV", fileName, content);
    }

    private Document declaredList() {
        Document d = f.documents.create(SYSTEM, InvtType.ID, InvtTest.header("I", "I", "0615"));
        d = f.saveRow(d, InvtType.ITEMS, InvtTest.row("1", "500"));
        return f.declare(d);
    }

    @Test
    void theSamplesApproveAndDeductAList() throws Exception {
        Document d = declaredList();
        deliver("Successed_" + f.lastSentFile(), sample("Successed_INV101_E_fef3da4f-86c8-4bf2-bb60-a5f03bdcbd30.xml")
                .replace("202400000122534496", SEQ_NO));
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.ACCEPTED, d.state());
        assertEquals(SEQ_NO, d.seqNo());
        assertEquals("保税核注清单申报服务调用成功", f.latestReceipt(d).checks().get(0).toString());

        deliver("INV201.xml", sample("INV201.xml"));
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.APPROVED, d.state());
        assertEquals("QD311124E000098849", d.value("bondInvtNo"), "the number from customs' BondInvtBsc");
        assertEquals("1", d.value("vrfdedMarkcd"), "预核扣");

        // the 报关单 generated: kept, nothing moves
        deliver("INV202.xml", sample("INV202.xml").replace("202400000122534496", SEQ_NO));
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.APPROVED, d.state());
        assertEquals(Receipt.Kind.BUSINESS, f.latestReceipt(d).kind());

        // 核扣, named by customs' copy (the sample is another list's: its 预录入统一编号 is ours here)
        deliver("INV211.xml", sample("INV211.xml").replace("202400000122403239", SEQ_NO));
        d = f.documents.get(SYSTEM, d.id());
        assertEquals("2", d.value("vrfdedMarkcd"), "已核扣");
        assertEquals(Receipt.Kind.RELEASE, f.latestReceipt(d).kind());
        assertEquals(4, f.documents.receipts(SYSTEM, d.id()).size());
    }

    @Test
    void whereTheClientSignsTheListGoesAsTheImportSkeletonWithoutAPin() throws Exception {
        f.harness.clientSigns(true);
        assertTrue(f.documents.clientSigns(), "the editor asks no PIN");
        Document d = f.documents.create(SYSTEM, InvtType.ID, InvtTest.header("I", "I", "0615"));
        d = f.saveRow(d, InvtType.ITEMS, InvtTest.row("1", "500"));
        d = f.documents.declare(SYSTEM, d.id(), d.version(), LedgerFixture.CARD, null, true);
        assertEquals(DocumentState.DECLARED, d.state());
        String sent = new String(f.sent().get(f.sent().size() - 1).content(), StandardCharsets.UTF_8);
        assertTrue(sent.contains("<SignatureValue/>") && sent.contains("<DigestValue/>"), "for the client to sign");
        assertTrue(sent.contains("<KeyName>" + LedgerFixture.CARD + "</KeyName>"), sent);
        assertTrue(sent.contains("<Ic_Card>" + LedgerFixture.CARD + "</Ic_Card>"), sent);
        assertTrue(sent.contains("<Object Id=\"String\">") && sent.contains("<InvtHeadType>"), "as Ibondinvt.xml");

        // answered as a list the product signed
        deliver("Successed_" + f.lastSentFile(), sample("common_resp_msg.xml").replace("202400000122534496", SEQ_NO));
        deliver("INV201.xml", sample("INV201.xml"));
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.APPROVED, d.state());
        assertEquals("QD311124E000098849", d.value("bondInvtNo"));

        // an unknown card is refused all the same
        Document other = f.documents.create(SYSTEM, InvtType.ID, InvtTest.header("I", "I", "0615"));
        Document o = f.saveRow(other, InvtType.ITEMS, InvtTest.row("1", "500"));
        assertThrows(org.tongguan.core.RuleViolation.class,
                () -> f.documents.declare(SYSTEM, o.id(), o.version(), "NO-SUCH-CARD", null, true));
    }

    @Test
    void aFailedAnswerIsDeclareFailedWithItsText() throws Exception {
        Document d = declaredList();
        deliver("Failed_" + f.lastSentFile(), sample("Failed_SAS121_I_9f0895a2-12f6-4d7b-9588-d53d3560e501.xml"));
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.DECLARE_FAILED, d.state());
        String shown = f.latestReceipt(d).checks().get(0).toString();
        assertTrue(shown.startsWith("报文类型为SAS121"), shown);
        assertTrue(shown.contains("与系统已有记录【202300000059988116】的对应字段重复"), shown);
    }

    @Test
    void aReceiptInTwoPocketsAppliesWhenBothCameAlsoAcrossARestart() throws Exception {
        Document d = declaredList();
        deliver("Successed_" + f.lastSentFile(), sample("common_resp_msg.xml").replace("202400000122534496", SEQ_NO));
        String two = sample("INV201.xml").replace("<total_pocket_qty>1</total_pocket_qty>",
                "<total_pocket_qty>2</total_pocket_qty>");
        String second = two.replace("<cur_pocket_no>1</cur_pocket_no>", "<cur_pocket_no>2</cur_pocket_no>")
                .replaceAll("(?s)<HdeApprResult>.*</HdeApprResult>", "");
        String first = two.replaceAll("(?s)<BondInvtBsc>.*</BondInvtBsc>", "");
        assertThrows(IllegalStateException.class, () -> deliver("INV201-2.xml", second),
                "half a receipt is not taken: it stays in InBox and is offered again");
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.ACCEPTED, d.state(), "half a receipt changes nothing");

        f.harness.restart(); // the pockets held in memory are gone; the transport offers InBox again
        assertThrows(IllegalStateException.class, () -> deliver("INV201-2.xml", second));
        deliver("INV201-1.xml", first);
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.APPROVED, d.state());
        assertEquals("QD311124E000098849", d.value("bondInvtNo"));

        f.harness.restart();
        deliver("INV201-2.xml", second); // a pocket offered again after its receipt was applied: done
        deliver("INV201-1.xml", first);
        assertEquals(2, f.documents.receipts(SYSTEM, d.id()).size(), "the answer and the receipt, each once");
    }

    @Test
    void theClientsAnswerIsTakenBeforeCustomsReceiptOfTheSameBatchWhateverTheirNames() throws Exception {
        Document d = declaredList();
        byte[] answer = sample("common_resp_msg.xml").replace("202400000122534496", SEQ_NO)
                .getBytes(StandardCharsets.UTF_8);
        byte[] receipt = sample("INV201.xml").getBytes(StandardCharsets.UTF_8);
        // in name order customs' receipt (CUS0000…) comes first
        var notTaken = ((ReceiptListener) f.harness.service()).onReceipts(List.of(
                new IncomingMessage("INV", "CUS0000E0100002024073011480300878902307.xml", receipt,
                        TestDocuments.sha256(receipt)),
                new IncomingMessage("INV", "Successed_" + f.lastSentFile(), answer, TestDocuments.sha256(answer))));
        assertEquals(Map.of(), notTaken);
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.APPROVED, d.state());
        assertEquals(Receipt.Kind.BUSINESS, f.latestReceipt(d).kind(), "the approval is the latest receipt");
    }

    @Test
    void theSameReceiptDeliveredTwiceIsAppliedOnce() throws Exception {
        Document d = declaredList();
        deliver("Successed_" + f.lastSentFile(), sample("common_resp_msg.xml").replace("202400000122534496", SEQ_NO));
        deliver("INV201.xml", sample("INV201.xml"));
        deliver("INV201-again.xml", sample("INV201.xml"));
        assertEquals(2, f.documents.receipts(SYSTEM, d.id()).size(), "the answer and the receipt, each kept once");
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.APPROVED, d.state());
        assertEquals(2, d.receiptCount(), "the second delivery changed nothing");
    }

    @Test
    void aReceiptTypeTheProductDoesNotKnowIsKeptAsReceived() throws Exception {
        Document d = declaredList();
        deliver("Successed_" + f.lastSentFile(), sample("common_resp_msg.xml").replace("202400000122534496", SEQ_NO));
        deliver("sas253.xml", sample("sas253.xml").replace("202400000001115914", SEQ_NO));
        d = f.documents.get(SYSTEM, d.id());
        assertEquals(DocumentState.ACCEPTED, d.state());
        List<Receipt> receipts = f.documents.receipts(SYSTEM, d.id());
        assertEquals(2, receipts.size(), "kept");
        assertEquals(Map.of(), receipts.get(0).numbers());
    }
}
