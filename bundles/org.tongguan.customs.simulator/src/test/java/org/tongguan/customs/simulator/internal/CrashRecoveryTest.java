package org.tongguan.customs.simulator.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongguan.customs.simulator.internal.Exchange.qualification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongguan.core.customs.ReceiptRequest;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

/**
 * The desk's journal across crashes: a crash is a desk dropped without {@link CustomsDesk#flush} and a new one on the
 * same folders, with the files as the crash left them at each step (before the journal was forced, after it and
 * before the move, after the receipts were written but before they were marked). Whatever the step, every taken
 * message is answered, each receipt once (written again only with the same bytes).
 */
class CrashRecoveryTest extends DeskTest {
    private static final String TYPE = "QYZZ";
    private int approvals;

    /** Every approval assigns a new 账册编号, and is counted: a message is judged once, when it is taken. */
    @BeforeEach
    void approveAll() {
        rules.put("EMS101", rule("EMS101", (m, numbers) -> {
            approvals++;
            return Verdict.approved(Map.of(NumberSource.EMS_NO, numbers.next(NumberSource.EMS_NO, "9000")));
        }));
    }

    private Path inBox(String name) {
        return exchange.root.resolve(TYPE).resolve("InBox").resolve(name);
    }

    private String answerOf(String messageId) {
        return "Successed_" + exchange.file(messageId);
    }

    /** The approval receipt of the document with that 企业内部编号. */
    private String approvalOf(String inner) throws IOException {
        return exchange.receiptName(TYPE, "EMS201", inner);
    }

    private Path journal() {
        return exchange.dataDir.resolve(Journal.FILE);
    }

    @Test
    void aCrashWhileTheBusinessReceiptWaitsForItsTimeLosesNothing() throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ids.add(exchange.send(TYPE, "EMS101", "QP000" + i, qualification("IE" + i, "9000", 0)));
        }
        takeNewMessages();
        assertEquals(3, exchange.names(TYPE, "SentBox").size());
        assertEquals(3, exchange.names(TYPE, "InBox").size(), "the import receipts only");

        desk = newDesk(); // kill -9: the old desk's memory is gone, nothing was flushed
        desk.scanOnce();
        answer();
        answer();

        for (int i = 1; i <= 3; i++) {
            assertEquals("1", exchange.receipt(TYPE, approvalOf("IE" + i)).manageResult());
        }
        assertEquals(6, exchange.names(TYPE, "InBox").size(), "each receipt once");
        assertEquals(3, approvals, "judged once each, when taken: the verdict was journaled, not judged again");
        desk = newDesk();
        answer();
        assertEquals(6, exchange.names(TYPE, "InBox").size(), "a second restart owes nothing");
    }

    @Test
    void aCrashAfterTheReceiptWasWrittenButBeforeItWasMarkedWritesTheSameBytesAgain() throws IOException {
        String id = exchange.send(TYPE, "EMS101", "QP0001", qualification("IE1", "9000", 0));
        takeNewMessages();
        answer();
        String approval = approvalOf("IE1");
        byte[] first = Files.readAllBytes(inBox(approval));
        // the e-port side has taken it already; the journal's last line (its mark) is lost in the crash
        Files.delete(inBox(approval));
        List<String> lines = Files.readAllLines(journal(), ISO_8859_1);
        assertTrue(lines.get(lines.size() - 1).startsWith("W\t"), lines.get(lines.size() - 1));
        Files.write(journal(), lines.subList(0, lines.size() - 1), ISO_8859_1);

        desk = newDesk();
        desk.scanOnce();

        assertArrayEquals(first, Files.readAllBytes(inBox(approval)),
                "the same receipt, which the e-port side knows by its content and takes once");
        Files.delete(inBox(approval));
        desk = newDesk();
        answer();
        assertEquals(List.of(answerOf(id)), exchange.names(TYPE, "InBox"), "marked now: not again");
    }

    @Test
    void aCrashBetweenForcingTheJournalAndMovingTheMessageTakesItAgainAndAnswersItOnce() throws IOException {
        String id = exchange.send(TYPE, "EMS101", "QP0001", qualification("IE1", "9000", 0));
        String name = exchange.names(TYPE, "OutBox").get(0);
        takeNewMessages();
        // as the crash left it: journaled, but the message still in OutBox and no receipt written
        Files.move(exchange.root.resolve(TYPE).resolve("SentBox").resolve(name),
                exchange.root.resolve(TYPE).resolve("OutBox").resolve(name));
        Files.delete(inBox(answerOf(id)));
        String seqNoBefore = PropertyFiles.load(exchange.dataDir.resolve(CustomsDesk.SEQ_NOS)).getProperty("QYZZ/QP0001");

        desk = newDesk();
        takeNewMessages();
        answer();
        desk = newDesk(); // and once more: the first entry stays cancelled though the name is in SentBox again
        answer();
        answer();

        assertEquals(List.of(name), exchange.names(TYPE, "SentBox"));
        assertEquals(List.of(approvalOf("IE1"), answerOf(id)), exchange.names(TYPE, "InBox"));
        assertEquals(seqNoBefore, exchange.answer(TYPE, exchange.file(id)).seqNo(), "it keeps its 预录入统一编号");
    }

    @Test
    void aJournalLineTornByACrashIsIgnoredAndTheNextAppendStartsAfreshLine() throws IOException {
        String id = exchange.send(TYPE, "EMS101", "QP0001", qualification("IE1", "9000", 0));
        takeNewMessages();
        Files.writeString(journal(), "R\tQYZZ\tEMS101_QP9_1.xml\tMSG9\tCUS0000E010000.xml\t12", ISO_8859_1,
                StandardOpenOption.APPEND);

        desk = newDesk();
        answer();
        String other = exchange.send(TYPE, "EMS101", "QP0002", qualification("IE2", "9000", 0));
        takeNewMessages();
        answer();
        desk = newDesk();
        answer();

        assertEquals(List.of(approvalOf("IE1"), approvalOf("IE2"), answerOf(id), answerOf(other)),
                exchange.names(TYPE, "InBox"));
    }

    // ---- 申请回执补发

    @Test
    void aReceiptRequestWritesAgainTheReceiptsOfThatMessageWithTheirBytes() throws IOException {
        String id = exchange.send(TYPE, "EMS101", "QP0001", qualification("IE1", "9000", 0));
        String other = exchange.send(TYPE, "EMS101", "QP0002", qualification("IE2", "9000", 0));
        takeNewMessages();
        answer();
        String approval = approvalOf("IE1");
        byte[] imported = Files.readAllBytes(inBox(answerOf(id)));
        byte[] approved = Files.readAllBytes(inBox(approval));
        // the import receipt was taken by the e-port side (moved away); the business receipt was lost
        Files.delete(inBox(answerOf(id)));
        Files.delete(inBox(approval));
        Files.delete(inBox(approvalOf("IE2")));
        desk = newDesk(); // the journal, not memory, answers it
        ReceiptRequest request = new ReceiptRequest("QP0001", id, "EMS101_QP0001_1.xml", clock.instant());
        exchange.put(TYPE, request.requestFileName(), request.toXml());

        takeNewMessages();

        assertArrayEquals(imported, Files.readAllBytes(inBox(answerOf(id))));
        assertArrayEquals(approved, Files.readAllBytes(inBox(approval)));
        assertEquals(List.of(approval, answerOf(id), answerOf(other)), exchange.names(TYPE, "InBox"),
                "only the receipts of the message asked for");
        assertTrue(exchange.names(TYPE, "SentBox").contains(request.requestFileName()), "answered");
        assertEquals(List.of(), exchange.names(TYPE, "OutBox"));
    }

    @Test
    void aRequestLeavesAReceiptStillInInBoxAloneAndOneNotYetDueComesInItsTime() throws IOException {
        String id = exchange.send(TYPE, "EMS101", "QP0001", qualification("IE1", "9000", 0));
        takeNewMessages();
        Path importReceipt = inBox(answerOf(id));
        long modified = Files.getLastModifiedTime(importReceipt).toMillis();
        ReceiptRequest request = new ReceiptRequest("QP0001", id, "EMS101_QP0001_1.xml", clock.instant());
        exchange.put(TYPE, request.requestFileName(), request.toXml());

        takeNewMessages();

        assertEquals(modified, Files.getLastModifiedTime(importReceipt).toMillis(), "not written again");
        assertEquals(List.of(answerOf(id)), exchange.names(TYPE, "InBox"));
        answer();
        assertEquals(List.of(approvalOf("IE1"), answerOf(id)), exchange.names(TYPE, "InBox"));
    }

    @Test
    void aRequestForAMessageNeverTakenWritesNothingAndOneThatIsNoRequestGoesToFailBox() throws IOException {
        ReceiptRequest request = new ReceiptRequest("QP0009", "QP0009-1", "EMS101_QP0009_1.xml", clock.instant());
        exchange.put(TYPE, request.requestFileName(), request.toXml());
        exchange.put(TYPE, ReceiptRequest.FILE_PREFIX + "x.xml",
                "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><ReceiptRequest>&x;</ReceiptRequest>"
                        .getBytes(ISO_8859_1));

        takeNewMessages();

        assertEquals(List.of(), exchange.names(TYPE, "InBox"));
        assertEquals(List.of(request.requestFileName()), exchange.names(TYPE, "SentBox"));
        assertEquals(List.of(ReceiptRequest.FILE_PREFIX + "x.xml"), exchange.names(TYPE, "FailBox"));
    }
}
