package org.tongguan.customs.simulator.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongguan.customs.simulator.internal.Exchange.checks;
import static org.tongguan.customs.simulator.internal.Exchange.parse;
import static org.tongguan.customs.simulator.internal.Exchange.qualification;
import static org.tongguan.customs.simulator.internal.Exchange.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.Envelopes;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.customs.simulator.CheckInfo;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;
import org.w3c.dom.Document;

class CustomsDeskTest extends DeskTest {
    // ---- the happy path

    @Test
    void aDeclaredMessageGoesToSentBoxAndGetsAnImportReceiptThenTheRulesVerdict() throws IOException {
        rules.put("QYZZ101", rule("QYZZ101", (m, numbers) -> Verdict.approved(
                Map.of(NumberSource.EMS_NO, numbers.next(NumberSource.EMS_NO, "9000")))));
        String messageId = exchange.send("QYZZ", "QYZZ101", "QP0001", qualification("IE0102190002", "9000", 0));
        String sent = exchange.names("QYZZ", "OutBox").get(0);

        assertEquals(CustomsDesk.SETTLE, desk.scanOnce().lookAgain(), "new: looked at again once it may have settled");
        assertEquals(List.of(sent), exchange.names("QYZZ", "OutBox"), "first sight: not yet settled");
        assertEquals(DELAY, desk.scanOnce().lookAgain(), "taken: looked at again when the business receipt is due");

        assertEquals(List.of(), exchange.names("QYZZ", "OutBox"));
        assertEquals(List.of(sent), exchange.names("QYZZ", "SentBox"));
        assertEquals(List.of("Receipt_" + messageId + "_1.xml"), exchange.names("QYZZ", "InBox"),
                "the business receipt waits for the delay");
        SignedMessage imported = exchange.receipt("QYZZ", "Receipt_" + messageId + "_1.xml");
        assertEquals("QYZZ201", imported.info().messageType());
        assertEquals("QP0001", imported.info().businessId());
        assertEquals(messageId + "_1", imported.info().messageId());
        assertEquals("DXPEDCSAS0000001", imported.info().senderId());
        assertEquals("DXPENT0000012345", imported.info().receiverId());
        assertEquals(Exchange.CUSTOMS_CARD, imported.keyName());
        Document ack = parse(imported);
        assertEquals("CommonResponeMessage", ack.getDocumentElement().getTagName());
        assertEquals("0", text(ack, "DealFlag"));
        assertEquals("IE0102190002", text(ack, "EtpsPreentNo"));
        String seqNo = text(ack, "SeqNo");
        assertEquals(18, seqNo.length(), seqNo);
        assertTrue(seqNo.matches("9000\\d{14}"), seqNo);
        assertEquals(List.of(), checks(ack));

        clock.advance(DELAY.minusMillis(1));
        assertEquals(Duration.ofMillis(1), desk.scanOnce().lookAgain());
        assertEquals(1, exchange.names("QYZZ", "InBox").size(), "not before the delay");
        clock.advance(DELAY);
        assertNull(desk.scanOnce().lookAgain(), "answered: nothing to look at before new messages come");

        assertEquals(List.of("Receipt_" + messageId + "_1.xml", "Receipt_" + messageId + "_2.xml"),
                exchange.names("QYZZ", "InBox"));
        SignedMessage approval = exchange.receipt("QYZZ", "Receipt_" + messageId + "_2.xml");
        assertEquals("QYZZ211", approval.info().messageType());
        Document result = parse(approval);
        assertEquals("HdeApprResult", result.getDocumentElement().getTagName());
        assertEquals("IE0102190002", text(result, "EtpsPreentNo"));
        assertEquals("QP0001", text(result, "BusinessId"));
        assertEquals("0", text(result, "TmsCnt"));
        assertEquals("1", text(result, "Typecd"));
        assertEquals("1", text(result, "ManageResult"));
        assertTrue(text(result, "ManageDate").matches("\\d{14}"));
        assertEquals("E90000000001", text(result, "AssignedNumber"));
        assertEquals("emsNo", ((org.w3c.dom.Element) result.getElementsByTagName("AssignedNumber").item(0))
                .getAttribute("kind"));
        String status = desk.status().recentReceipts().get(0);
        assertTrue(status.contains("QYZZ/Receipt_" + messageId + "_2.xml 通过 emsNo=E90000000001"), status);
    }

    @Test
    void anApprovalTheRuleReleasesIsFollowedByTheReleaseReceiptAfterTheDelay() throws IOException {
        rules.put("INV101", rule("INV101", Verdict.approved(Map.of(NumberSource.BOND_INVT_NO, "QD900026I000000001"))
                .released()));
        String messageId = exchange.send("INV", "INV101", "INVT1", qualification("INVT1", "9000", 0));
        takeNewMessages();
        answer();
        assertEquals(List.of("Receipt_" + messageId + "_1.xml", "Receipt_" + messageId + "_2.xml"),
                exchange.names("INV", "InBox"), "the release waits for the delay again");
        answer();
        assertEquals(List.of("Receipt_" + messageId + "_1.xml", "Receipt_" + messageId + "_2.xml",
                "Receipt_" + messageId + "_3.xml"), exchange.names("INV", "InBox"));
        SignedMessage release = exchange.receipt("INV", "Receipt_" + messageId + "_3.xml");
        assertEquals("INV202", release.info().messageType());
        assertEquals(messageId + "_3", release.info().messageId());
        Document result = parse(release);
        assertEquals("HdeReleaseResult", result.getDocumentElement().getTagName());
        assertEquals("INVT1", text(result, "EtpsPreentNo"));
        assertEquals("已核扣", text(result, "Rmk"));
        answer();
        assertEquals(3, exchange.names("INV", "InBox").size(), "one release, once");
    }

    @Test
    void onlyAnApprovalCanBeReleased() {
        assertThrows(IllegalArgumentException.class, () -> new Verdict(Verdict.Result.RETURNED, List.of(), Map.of(),
                true));
    }

    @Test
    void aReturnedVerdictShowsItsChecksVerbatim() throws IOException {
        CheckInfo check = new CheckInfo("3349", "加工账册资质: 商务部前置审批开关开启, 企业必须申报表体");
        rules.put("QYZZ101", rule("QYZZ101", Verdict.returned(check, new CheckInfo("3402", "联网电子审核通过, 转岗"))));
        String messageId = exchange.send("QYZZ", "QYZZ101", "QP0002", qualification("IE0102190003", "9000", 2));
        takeNewMessages();
        answer();

        Document result = parse(exchange.receipt("QYZZ", "Receipt_" + messageId + "_2.xml"));
        assertEquals("3", text(result, "ManageResult"));
        assertEquals("2", text(result, "TmsCnt"));
        assertEquals("退单", text(result, "Rmk"));
        assertEquals(List.of("3349|加工账册资质: 商务部前置审批开关开启, 企业必须申报表体", "3402|联网电子审核通过, 转岗"),
                checks(result));
        assertEquals(0, result.getElementsByTagName("AssignedNumber").getLength());
    }

    @Test
    void theSameBusinessIdSentAgainKeepsItsSeqNoAndAnotherGetsANewOne() throws IOException {
        String first = exchange.send("QYZZ", "QYZZ101", "QP0003", qualification("IE1", "9000", 0));
        takeNewMessages();
        String again = exchange.send("QYZZ", "QYZZ101", "QP0003", qualification("IE1", "9000", 0));
        takeNewMessages();
        desk = newDesk(); // and after a restart
        String third = exchange.send("QYZZ", "QYZZ101", "QP0003", qualification("IE1", "9000", 0));
        String other = exchange.send("QYZZ", "QYZZ101", "QP0004", qualification("IE2", "9000", 0));
        takeNewMessages();

        String seqNo = seqNo(first);
        assertEquals(seqNo, seqNo(again));
        assertEquals(seqNo, seqNo(third));
        assertNotEquals(seqNo, seqNo(other));
        assertEquals(18, seqNo(other).length());
    }

    private String seqNo(String messageId) throws IOException {
        return text(parse(exchange.receipt("QYZZ", "Receipt_" + messageId + "_1.xml")), "SeqNo");
    }

    @Test
    void aMessageWhoseReceiptCannotBeWrittenYetIsTakenOnceAndAnsweredAtALaterScan() throws IOException {
        rules.put("QYZZ101", rule("QYZZ101", Verdict.approved(Map.of())));
        String messageId = exchange.send("QYZZ", "QYZZ101", "QP0005", qualification("IE5", "9000", 0));
        String sent = exchange.names("QYZZ", "OutBox").get(0);
        Path inBox = exchange.root.resolve("QYZZ/InBox");
        Files.writeString(inBox, "not a folder"); // receipts cannot be written

        takeNewMessages();
        assertEquals(List.of(), exchange.names("QYZZ", "OutBox"), "taken: what it is owed is in the journal");
        assertEquals(List.of(sent), exchange.names("QYZZ", "SentBox"));
        assertTrue(desk.status().recentReceipts().isEmpty(), desk.status().recentReceipts().toString());
        assertEquals(2, desk.status().pending(), "both receipts still owed");

        Files.delete(inBox);
        desk.scanOnce();
        String seqNo = seqNo(messageId);
        assertEquals(seqNo, PropertyFiles.load(exchange.dataDir.resolve(CustomsDesk.SEQ_NOS)).getProperty(
                "QYZZ/QP0005"), "numbered once, and that number is on disk");
        answer();
        assertEquals("1", text(parse(exchange.receipt("QYZZ", "Receipt_" + messageId + "_2.xml")), "ManageResult"));
        assertEquals(List.of("Receipt_" + messageId + "_1.xml", "Receipt_" + messageId + "_2.xml"),
                exchange.names("QYZZ", "InBox"));
    }

    @Test
    void aStagedMessageGetsOnlyTheImportReceipt() throws IOException {
        String messageId = exchange.send("QYZZ", "QYZZ101", "QP0005", qualification("IE5", "9000", 0),
                Envelopes.STAGE);
        takeNewMessages();
        answer();
        answer();

        assertEquals(List.of("Receipt_" + messageId + "_1.xml"), exchange.names("QYZZ", "InBox"));
        assertEquals("0", text(parse(exchange.receipt("QYZZ", "Receipt_" + messageId + "_1.xml")), "DealFlag"));
    }

    // ---- refusals and 转人工

    @Test
    void messagesCheckedSideBySideAreStillTakenAndNumberedInFileOrder() throws Exception {
        rules.put("QYZZ101", rule("QYZZ101", Verdict.approved(Map.of())));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            desk = new CustomsDesk(exchange.root, exchange.dataDir, clock, exchange.signer,
                    type -> Optional.ofNullable(rules.get(type)), new CounterFile(exchange.dataDir, clock),
                    Exchange.CUSTOMS_CARD, Exchange.CUSTOMS_PIN.toCharArray(), DELAY, pool);
            int count = CustomsDesk.WINDOW * 2 + 5; // more than the window holds
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                String businessId = String.format("QP%04d", 1000 + i);
                if (i == 7) { // one tampered message among them
                    byte[] envelope = exchange.envelope("QYZZ101", businessId, "MSG-T7", "QYZZ101_" + businessId
                            + "_1.xml", Envelopes.DECLARE, qualification("IE" + i, "9000", 0));
                    exchange.put("QYZZ", "QYZZ101_" + businessId + "_1.xml", new String(envelope, UTF_8)
                            .replace("西安某某电子有限公司", "西安另一家有限公司").getBytes(UTF_8));
                    ids.add("MSG-T7");
                } else {
                    ids.add(exchange.send("QYZZ", "QYZZ101", businessId, qualification("IE" + i, "9000", 0)));
                }
            }
            takeNewMessages();

            assertEquals(count, exchange.names("QYZZ", "SentBox").size());
            assertEquals(count, desk.status().taken());
            assertEquals(1, desk.status().rejected());
            assertEquals("-1", text(parse(exchange.receipt("QYZZ", "Receipt_MSG-T7_1.xml")), "DealFlag"));
            String previous = "";
            for (String id : ids) {
                if (id.equals("MSG-T7")) {
                    continue;
                }
                String seqNo = seqNo(id);
                assertTrue(seqNo.compareTo(previous) > 0, seqNo + " after " + previous);
                previous = seqNo;
            }
            answer();
            assertEquals(count + count - 1, exchange.names("QYZZ", "InBox").size(), "a verdict for each accepted");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTamperedEnvelopeIsRefusedWithTheSignatureProblemAndNoBusinessReceipt() throws IOException {
        rules.put("QYZZ101", rule("QYZZ101", Verdict.approved(Map.of())));
        byte[] envelope = exchange.envelope("QYZZ101", "QP0006", "MSG-T", "QYZZ101_QP0006_1.xml",
                Envelopes.DECLARE, qualification("IE6", "9000", 0));
        String text = new String(envelope, UTF_8);
        assertTrue(text.contains("西安某某电子有限公司"));
        exchange.put("QYZZ", "QYZZ101_QP0006_1.xml", text.replace("西安某某电子有限公司", "西安另一家有限公司")
                .getBytes(UTF_8));
        takeNewMessages();
        answer();
        answer();

        assertEquals(List.of("QYZZ101_QP0006_1.xml"), exchange.names("QYZZ", "SentBox"));
        assertEquals(List.of("Receipt_MSG-T_1.xml"), exchange.names("QYZZ", "InBox"), "no business receipt");
        SignedMessage receipt = exchange.receipt("QYZZ", "Receipt_MSG-T_1.xml");
        assertEquals("QYZZ201", receipt.info().messageType());
        Document ack = parse(receipt);
        assertEquals("-1", text(ack, "DealFlag"));
        assertEquals("", text(ack, "SeqNo"));
        assertEquals("IE6", text(ack, "EtpsPreentNo"));
        List<String> checks = checks(ack);
        assertEquals(1, checks.size());
        assertTrue(checks.get(0).startsWith("0003|") && checks.get(0).contains("签名验证失败"), checks.get(0));
        assertEquals(1, desk.status().rejected());
    }

    @Test
    void anEnvelopeOfAnUnknownCardOrNotXmlAtAllIsRefused() throws IOException {
        Exchange stranger = new Exchange(dir.resolve("stranger"), false);
        byte[] foreign = stranger.envelope("QYZZ101", "QP0007", "MSG-U", "QYZZ101_QP0007_1.xml",
                Envelopes.DECLARE, qualification("IE7", "9000", 0));
        // same card number, other key: the simulator's signer has its own 2100040033809
        exchange.put("QYZZ", "QYZZ101_QP0007_1.xml", foreign);
        byte[] unknownCard = new String(foreign, UTF_8).replace(Exchange.CLERK_CARD, "9999999999999").getBytes(UTF_8);
        exchange.put("QYZZ", "QYZZ101_QP0008_1.xml", new String(unknownCard, UTF_8).replace("MSG-U", "MSG-K")
                .getBytes(UTF_8));
        exchange.put("QYZZ", "broken.xml", "<Signature><SignedInfo>".getBytes(UTF_8));
        takeNewMessages();

        assertTrue(checks(parse(exchange.receipt("QYZZ", "Receipt_MSG-U_1.xml"))).get(0).startsWith("0003|"));
        assertTrue(checks(parse(exchange.receipt("QYZZ", "Receipt_MSG-K_1.xml"))).get(0).startsWith("0002|"));
        SignedMessage broken = exchange.receipt("QYZZ", "Receipt_broken_1.xml");
        assertEquals("QYZZ201", broken.info().messageType(), "the folder's type when the envelope cannot be read");
        Document ack = parse(broken);
        assertEquals("-1", text(ack, "DealFlag"));
        assertTrue(checks(ack).get(0).startsWith("0001|"), checks(ack).get(0));
        assertEquals(3, exchange.names("QYZZ", "SentBox").size());
    }

    @Test
    void aMessageTypeWithoutRuleIsTurnedOverToAnOfficer() throws IOException {
        String messageId = exchange.send("EMS", "EMS101", "QP0009", qualification("IE9", "5220", 0));
        takeNewMessages();
        answer();

        SignedMessage receipt = exchange.receipt("EMS", "Receipt_" + messageId + "_2.xml");
        assertEquals("EMS211", receipt.info().messageType());
        Document result = parse(receipt);
        assertEquals("2", text(result, "ManageResult"));
        assertEquals(List.of("0000|无此报文类型的审核规则，转人工"), checks(result));
        assertTrue(text(parse(exchange.receipt("EMS", "Receipt_" + messageId + "_1.xml")), "SeqNo")
                .startsWith("5220"));
    }

    @Test
    void aFailingRuleTurnsTheMessageOverToAnOfficer() throws IOException {
        rules.put("QYZZ101", rule("QYZZ101", (m, n) -> {
            throw new IllegalStateException("rule broken");
        }));
        String messageId = exchange.send("QYZZ", "QYZZ101", "QP0010", qualification("IE10", "9000", 0));
        takeNewMessages();
        answer();

        Document result = parse(exchange.receipt("QYZZ", "Receipt_" + messageId + "_2.xml"));
        assertEquals("2", text(result, "ManageResult"));
        List<String> checks = checks(result);
        assertTrue(checks.get(0).startsWith("9999|") && checks.get(0).contains("rule broken"), checks.get(0));
    }

    // ---- picking up files

    @Test
    void aHalfWrittenOrJustModifiedFileIsNotTakenNorAreDotFiles() throws IOException {
        byte[] envelope = exchange.envelope("QYZZ101", "QP0011", "MSG-H", "QYZZ101_QP0011_1.xml",
                Envelopes.DECLARE, qualification("IE11", "9000", 0));
        Path outBox = exchange.root.resolve("QYZZ/OutBox");
        Files.createDirectories(outBox);
        Path file = outBox.resolve("QYZZ101_QP0011_1.xml");
        Files.write(file, Arrays.copyOf(envelope, envelope.length / 2));
        Files.write(outBox.resolve(".QYZZ101_QP0012_1.xml.tmp"), envelope);
        Files.write(outBox.resolve(".hidden.xml"), envelope);

        desk.scanOnce();
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            out.write(envelope, envelope.length / 2, envelope.length - envelope.length / 2);
        }
        desk.scanOnce();
        assertTrue(Files.exists(file), "the size changed between the scans: still being written");
        assertEquals(List.of(), exchange.names("QYZZ", "InBox"));

        // complete now, but modified just before the clock's now: not yet settled either
        Files.setLastModifiedTime(file, FileTime.from(clock.instant().minusMillis(100)));
        desk.scanOnce();
        desk.scanOnce();
        assertTrue(Files.exists(file));
        clock.advance(Duration.ofMillis(100));
        desk.scanOnce();

        assertEquals(List.of("QYZZ101_QP0011_1.xml"), exchange.names("QYZZ", "SentBox"));
        assertEquals("0", text(parse(exchange.receipt("QYZZ", "Receipt_MSG-H_1.xml")), "DealFlag"));
        assertEquals(List.of(".QYZZ101_QP0012_1.xml.tmp", ".hidden.xml"), exchange.names("QYZZ", "OutBox"));
    }

    @Test
    void withoutTheCustomsCardMessagesWaitInOutBoxUntilItIsIssued() throws IOException {
        Exchange noCard = new Exchange(dir.resolve("nocard"), false);
        exchange = noCard;
        desk = newDesk();
        String messageId = noCard.send("QYZZ", "QYZZ101", "QP0013", qualification("IE13", "9000", 0));
        desk.scanOnce();
        CustomsDesk.ScanResult result = desk.scanOnce();

        assertTrue(result.waitingForCard());
        assertEquals(1, noCard.names("QYZZ", "OutBox").size());
        assertEquals(List.of(), noCard.names("QYZZ", "InBox"));
        assertTrue(desk.issueCommand().equals(
                "tongguan:card-issue CUSTOMS0001 LEGAL_PERSON 0000000000 海关模拟器 000000"));

        noCard.issueCustomsCard();
        takeNewMessages();
        assertEquals(List.of("Receipt_" + messageId + "_1.xml"), noCard.names("QYZZ", "InBox"));
    }

    @Test
    void aWrongCustomsPinLeavesTheMessagesInOutBox() throws IOException {
        desk = new CustomsDesk(exchange.root, exchange.dataDir, clock, exchange.signer, type -> Optional.empty(),
                new CounterFile(exchange.dataDir, clock), Exchange.CUSTOMS_CARD, "999999".toCharArray(), DELAY);
        exchange.send("QYZZ", "QYZZ101", "QP0014", qualification("IE14", "9000", 0));
        takeNewMessages();

        assertEquals(1, exchange.names("QYZZ", "OutBox").size());
        assertEquals(List.of(), exchange.names("QYZZ", "SentBox"));
        assertEquals(List.of(), exchange.names("QYZZ", "InBox"));
        assertThrows(RuleViolation.class, () -> exchange.signer.sign(Exchange.CUSTOMS_CARD,
                "999999".toCharArray(), new byte[1]), "the PIN really is wrong");
    }

    @Test
    void flushWritesTheWaitingBusinessReceiptsAtOnce() throws IOException {
        String messageId = exchange.send("QYZZ", "QYZZ101", "QP0015", qualification("IE15", "9000", 0));
        takeNewMessages();
        assertEquals(1, desk.status().pending());

        desk.flush();

        assertEquals(0, desk.status().pending());
        assertTrue(exchange.names("QYZZ", "InBox").contains("Receipt_" + messageId + "_2.xml"));
        assertFalse(desk.status().folders().isEmpty());
        assertEquals(new CustomsDesk.FolderCounts(0, 1, 0, 2), desk.status().folders().get("QYZZ"));
    }
}
