package org.tongguan.customs.simulator.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongguan.customs.simulator.internal.Exchange.qualification;

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
import org.tongguan.core.customs.Envelopes;
import org.tongguan.core.customs.wire.CustomsReceipt;
import org.tongguan.core.customs.wire.WireElement;
import org.tongguan.core.customs.wire.WireMessage;
import org.tongguan.customs.simulator.CheckInfo;
import org.tongguan.customs.simulator.NumberSource;
import org.tongguan.customs.simulator.Verdict;

class CustomsDeskTest extends DeskTest {
    // ---- the happy path

    @Test
    void aMessageForTheClientToSignIsTakenForTheCardItNamesAndAnUnknownCardIsFailed() throws IOException {
        rules.put("EMS101", rule("EMS101", (m, numbers) -> Verdict.approved(Map.of())));
        String known = exchange.sendForClient("QYZZ", "EMS101", "QP0001", Exchange.CLERK_CARD, "IE0102190002");
        String unknown = exchange.sendForClient("QYZZ", "EMS101", "QP0002", "2100049999999", "IE0102190003");
        desk.scanOnce();
        desk.scanOnce();
        WireMessage.EportAnswer taken = exchange.answer("QYZZ", known);
        assertTrue(taken.accepted(), "unsigned, as the client takes it to sign with the card it names");
        assertEquals("IE0102190002", taken.etpsPreentNo());
        WireMessage.EportAnswer refused = exchange.answer("QYZZ", unknown);
        assertFalse(refused.accepted(), "a card the client does not hold");
        assertTrue(refused.checkInfo().contains("2100049999999"), refused.checkInfo());
    }

    @Test
    void aDeclaredMessageGoesToSentBoxAndGetsAnImportReceiptThenTheRulesVerdict() throws IOException {
        rules.put("EMS101", rule("EMS101", (m, numbers) -> Verdict.approved(
                Map.of(NumberSource.ARCHIVE_NO, numbers.next(NumberSource.ARCHIVE_NO, "9000")))));
        String messageId = exchange.send("QYZZ", "EMS101", "QP0001", qualification("IE0102190002", "9000", 0));
        String sent = exchange.names("QYZZ", "OutBox").get(0);
        java.time.Instant takenAt = clock.instant();

        assertEquals(CustomsDesk.SETTLE, desk.scanOnce().lookAgain(), "new: looked at again once it may have settled");
        assertEquals(List.of(sent), exchange.names("QYZZ", "OutBox"), "first sight: not yet settled");
        assertEquals(DELAY, desk.scanOnce().lookAgain(), "taken: looked at again when the business receipt is due");

        assertEquals(List.of(), exchange.names("QYZZ", "OutBox"));
        assertEquals(List.of(sent), exchange.names("QYZZ", "SentBox"));
        assertEquals(List.of("Successed_" + sent), exchange.names("QYZZ", "InBox"),
                "the client's answer, named after the message file; the receipt waits for the delay");
        WireMessage.EportAnswer ack = exchange.answer("QYZZ", exchange.file(messageId));
        assertTrue(ack.accepted());
        assertEquals("IE0102190002", ack.etpsPreentNo());
        assertEquals(Answers.IMPORTED, ack.checkInfo());
        String seqNo = ack.seqNo();
        assertTrue(seqNo.matches("9000\\d{14}"), seqNo);

        clock.advance(DELAY.minusMillis(1));
        assertEquals(Duration.ofMillis(1), desk.scanOnce().lookAgain());
        assertEquals(1, exchange.names("QYZZ", "InBox").size(), "not before the delay");
        clock.advance(DELAY);
        assertNull(desk.scanOnce().lookAgain(), "answered: nothing to look at before new messages come");

        List<String> receipts = exchange.receiptNames("QYZZ");
        assertEquals(1, receipts.size());
        String name = receipts.get(0);
        assertTrue(name.matches("CUS0000E010000\\d{25}\\.xml"), "named by its message id, as customs names them: "
                + name);
        CustomsReceipt approval = exchange.receipt("QYZZ", name);
        assertEquals("EMS201", approval.messageType(), "企业资质's receipt");
        assertEquals(name.replace(".xml", ".EMS"), approval.envelope().fileName());
        assertEquals("CUS0000", approval.envelope().senderId());
        CustomsReceipt.Approval result = approval.approval().orElseThrow();
        assertEquals(seqNo, result.etpsPreentNo(), "customs names the 预录入统一编号 there");
        assertEquals("0", result.tmsCnt());
        assertEquals("1", result.typecd());
        assertEquals("1", result.manageResult());
        assertEquals(takenAt.plus(DELAY).truncatedTo(java.time.temporal.ChronoUnit.SECONDS), result.manageDate(),
                "dated when it falls due");
        assertEquals(org.tongguan.core.declaration.DocumentEvent.APPROVE, approval.outcome().event());
        String archiveNo = approval.numbers().get("etArcrpNo");
        assertTrue(archiveNo.matches("9000\\d{2}000001"), archiveNo);
        assertEquals(archiveNo, result.businessId());
        assertEquals("IE0102190002", approval.innerNo());
        WireElement copy = approval.records().get(0);
        assertEquals("EtArcrpBsc", copy.name());
        assertEquals("西安某某电子有限公司", copy.text("bizopEtpsNm"), "the message's fields, by key");
        assertEquals("9000", copy.text("masterCuscd"));
        String status = desk.status().recentReceipts().get(0);
        assertTrue(status.contains("QYZZ/" + name + " EMS201 通过 etArcrpNo=" + archiveNo), status);
    }

    @Test
    void anApprovalTheRuleReleasesIsFollowedByTheReleaseReceiptAfterTheDelay() throws IOException {
        rules.put("INV101", rule("INV101", Verdict.approved(Map.of(NumberSource.BOND_INVT_NO, "QD900026I000000001"))
                .released()));
        String messageId = exchange.send("INV", "INV101", "INVT1", qualification("INVT1", "9000", 0));
        takeNewMessages();
        answer();
        List<String> receipts = exchange.receiptNames("INV");
        assertEquals(1, receipts.size(), "the release waits for the delay again");
        CustomsReceipt approval = exchange.receipt("INV", receipts.get(0));
        assertEquals("INV201", approval.messageType());
        assertEquals(Map.of("bondInvtNo", "QD900026I000000001"), approval.numbers());
        assertEquals("1", approval.records().get(0).text("vrfdedMarkcd"), "预核扣");
        answer();
        receipts = exchange.receiptNames("INV");
        assertEquals(2, receipts.size());
        CustomsReceipt release = exchange.receipt("INV", receipts.get(1));
        assertEquals("INV211", release.messageType());
        assertTrue(release.approval().isEmpty(), "INV211 has no HdeApprResult");
        assertEquals("2", release.records().get(0).text("vrfdedMarkcd"), "已核扣");
        assertEquals("INVT1", release.innerNo());
        assertEquals(exchange.answer("INV", exchange.file(messageId)).seqNo(), release.seqNo());
        assertEquals("QD900026I000000001", release.businessId());
        assertEquals(org.tongguan.core.declaration.DocumentEvent.RELEASE, release.outcome().event());
        answer();
        assertEquals(3, exchange.names("INV", "InBox").size(), "one release, once");
    }

    /**
     * A 核放单 (SAS121) the rule approves with a 核放单编号 and releases: SAS221 通过 (已审批) in no namespace, then after
     * the delay again SAS223 with {@code HdeApprResult} 1 and customs' copy 已过卡 at the time it passed, both naming
     * the 预录入统一编号 and the number.
     */
    @Test
    void aReleaseSlipIsApprovedAndPassesTheGateAfterTheDelayAgain() throws IOException {
        rules.put("SAS121", rule("SAS121", (m, numbers) -> Verdict.approved(Map.of(NumberSource.PASSPORT_NO,
                numbers.nextPassportNo("9000", 'I'))).released()));
        String messageId = exchange.send("SAS", "SAS121", "PASS1", "<PassPortMessage><PassportHead>"
                + "<PassportTypecd>2</PassportTypecd><MasterCuscd>9000</MasterCuscd><DclTypecd>1</DclTypecd>"
                + "<IoTypecd>I</IoTypecd><VehicleNo>陕A12345</VehicleNo><InputCode>6101640001</InputCode>"
                + "<EtpsPreentNo>PASS1</EtpsPreentNo></PassportHead><PassportAcmp><RtlBillTypecd>1</RtlBillTypecd>"
                + "<RtlBillNo>QD900026I000000001</RtlBillNo></PassportAcmp><OperCusRegCode>6101640001</OperCusRegCode>"
                + "</PassPortMessage>");
        takeNewMessages();
        answer();
        List<String> receipts = exchange.receiptNames("SAS");
        assertEquals(1, receipts.size(), "the 过卡 waits for the delay again");
        String approvalXml = new String(exchange.inBox("SAS", receipts.get(0)), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(approvalXml.contains("<Package>"), "SAS receipts are in no namespace");
        CustomsReceipt approval = exchange.receipt("SAS", receipts.get(0));
        assertEquals("SAS221", approval.messageType());
        String passportNo = approval.numbers().get("passportNo");
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai"));
        assertEquals("Z9000I" + today.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "000000000001",
                passportNo);
        assertEquals(passportNo, approval.businessId());
        WireElement bsc = approval.records().get(0);
        assertEquals("1", bsc.text("stucd"), "已审批");
        assertEquals("陕A12345", bsc.text("vehicleNo"), "the message's fields, by key");
        assertEquals("2", bsc.text("passportTypecd"));
        String seqNo = exchange.answer("SAS", exchange.file(messageId)).seqNo();
        assertEquals(seqNo, approval.seqNo());
        answer();
        receipts = exchange.receiptNames("SAS");
        assertEquals(2, receipts.size());
        CustomsReceipt passed = exchange.receipt("SAS", receipts.get(1));
        assertEquals("SAS223", passed.messageType());
        assertEquals("1", passed.manageResult(), "已过卡");
        assertEquals(org.tongguan.core.declaration.DocumentEvent.RELEASE, passed.outcome().event());
        assertEquals(seqNo, passed.seqNo());
        assertEquals(passportNo, passed.businessId());
        WireElement gate = passed.records().get(0);
        assertEquals("2", gate.text("stucd"), "已过卡");
        assertEquals(java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai"))
                .format(CustomsReceipt.MANAGE_DATE), gate.text("passTime"));
        assertTrue(desk.status().recentReceipts().get(0).contains("SAS223 已过卡"), desk.status().recentReceipts()
                .toString());
    }

    @Test
    void onlyAnApprovalCanBeReleased() {
        assertThrows(IllegalArgumentException.class, () -> new Verdict(Verdict.Result.RETURNED, List.of(), Map.of(),
                true));
    }

    @Test
    void aReturnedVerdictShowsItsChecksVerbatim() throws IOException {
        CheckInfo check = new CheckInfo("3349", "加工账册资质: 商务部前置审批开关开启, 企业必须申报表体");
        rules.put("EMS101", rule("EMS101", Verdict.returned(check, new CheckInfo("3402", "联网电子审核通过, 转岗"))));
        exchange.send("QYZZ", "EMS101", "QP0002", qualification("IE0102190003", "9000", 2));
        takeNewMessages();
        answer();

        CustomsReceipt result = exchange.receipt("QYZZ", exchange.receiptNames("QYZZ").get(0));
        assertEquals("3", result.manageResult());
        assertEquals("2", result.approval().orElseThrow().tmsCnt());
        assertEquals("退单", result.approval().orElseThrow().rmk());
        assertEquals(List.of("[3349] 加工账册资质: 商务部前置审批开关开启, 企业必须申报表体", "[3402] 联网电子审核通过, 转岗"),
                result.checks());
        assertEquals(Map.of(), result.numbers());
    }

    @Test
    void aMessageTheClientRefusesAtImportGetsAFailedAnswerAndNoNumberNorReceipt() throws IOException {
        rules.put("EMS101", rule("EMS101", Verdict.refused(new CheckInfo("6001", "清单表体不能为空"),
                new CheckInfo("6002", "第二条"))));
        String messageId = exchange.send("QYZZ", "EMS101", "QP0020", qualification("IE20", "9000", 0));
        takeNewMessages();
        answer();
        answer();

        assertEquals(List.of("Failed_" + exchange.file(messageId)), exchange.names("QYZZ", "InBox"));
        WireMessage.EportAnswer failed = exchange.answer("QYZZ", exchange.file(messageId));
        assertEquals("-1", failed.dealFlag());
        assertEquals("", failed.seqNo(), "no 预录入统一编号, as Failed_SAS121_… has none");
        assertEquals("IE20", failed.etpsPreentNo());
        assertEquals("[6001] 清单表体不能为空；[6002] 第二条", failed.checkInfo());
        assertEquals(1, desk.status().rejected());
        assertNull(PropertyFiles.load(exchange.dataDir.resolve(CustomsDesk.SEQ_NOS)).getProperty("QYZZ/QP0020"));
    }

    @Test
    void theSameBusinessIdSentAgainKeepsItsSeqNoAndAnotherGetsANewOne() throws IOException {
        String first = exchange.send("QYZZ", "EMS101", "QP0003", qualification("IE1", "9000", 0));
        takeNewMessages();
        String again = exchange.send("QYZZ", "EMS101", "QP0003", qualification("IE1", "9000", 0));
        takeNewMessages();
        desk = newDesk(); // and after a restart
        String third = exchange.send("QYZZ", "EMS101", "QP0003", qualification("IE1", "9000", 0));
        String other = exchange.send("QYZZ", "EMS101", "QP0004", qualification("IE2", "9000", 0));
        takeNewMessages();

        String seqNo = seqNo(first);
        assertEquals(seqNo, seqNo(again));
        assertEquals(seqNo, seqNo(third));
        assertNotEquals(seqNo, seqNo(other));
        assertEquals(18, seqNo(other).length());
    }

    private String seqNo(String messageId) throws IOException {
        return exchange.answer("QYZZ", exchange.file(messageId)).seqNo();
    }

    @Test
    void aMessageWhoseReceiptCannotBeWrittenYetIsTakenOnceAndAnsweredAtALaterScan() throws IOException {
        rules.put("EMS101", rule("EMS101", Verdict.approved(Map.of())));
        String messageId = exchange.send("QYZZ", "EMS101", "QP0005", qualification("IE5", "9000", 0));
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
        List<String> receipts = exchange.receiptNames("QYZZ");
        assertEquals(1, receipts.size());
        assertEquals("1", exchange.receipt("QYZZ", receipts.get(0)).manageResult());
        assertEquals(2, exchange.names("QYZZ", "InBox").size());
    }

    @Test
    void aStagedMessageGetsOnlyTheImportReceipt() throws IOException {
        String messageId = exchange.send("QYZZ", "EMS101", "QP0005", qualification("IE5", "9000", 0),
                Envelopes.STAGE);
        takeNewMessages();
        answer();
        answer();

        assertEquals(List.of("Successed_" + exchange.file(messageId)), exchange.names("QYZZ", "InBox"));
        assertEquals("0", exchange.answer("QYZZ", exchange.file(messageId)).dealFlag());
    }

    // ---- refusals and 转人工

    @Test
    void messagesCheckedSideBySideAreStillTakenAndNumberedInFileOrder() throws Exception {
        rules.put("EMS101", rule("EMS101", Verdict.approved(Map.of())));
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
                    byte[] envelope = exchange.envelope("EMS101", businessId, "MSG-T7", "EMS101_" + businessId
                            + "_1.xml", Envelopes.DECLARE, qualification("IE" + i, "9000", 0));
                    exchange.put("QYZZ", "EMS101_" + businessId + "_1.xml", new String(envelope, UTF_8)
                            .replace("西安某某电子有限公司", "西安另一家有限公司").getBytes(UTF_8));
                    ids.add("MSG-T7");
                } else {
                    ids.add(exchange.send("QYZZ", "EMS101", businessId, qualification("IE" + i, "9000", 0)));
                }
            }
            takeNewMessages();

            assertEquals(count, exchange.names("QYZZ", "SentBox").size());
            assertEquals(count, desk.status().taken());
            assertEquals(1, desk.status().rejected());
            assertEquals("-1", exchange.answer("QYZZ", "EMS101_QP1007_1.xml").dealFlag());
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
        rules.put("EMS101", rule("EMS101", Verdict.approved(Map.of())));
        byte[] envelope = exchange.envelope("EMS101", "QP0006", "MSG-T", "EMS101_QP0006_1.xml",
                Envelopes.DECLARE, qualification("IE6", "9000", 0));
        String text = new String(envelope, UTF_8);
        assertTrue(text.contains("西安某某电子有限公司"));
        exchange.put("QYZZ", "EMS101_QP0006_1.xml", text.replace("西安某某电子有限公司", "西安另一家有限公司")
                .getBytes(UTF_8));
        takeNewMessages();
        answer();
        answer();

        assertEquals(List.of("EMS101_QP0006_1.xml"), exchange.names("QYZZ", "SentBox"));
        assertEquals(List.of("Failed_EMS101_QP0006_1.xml"), exchange.names("QYZZ", "InBox"), "no receipt");
        WireMessage.EportAnswer ack = exchange.answer("QYZZ", "EMS101_QP0006_1.xml");
        assertEquals("-1", ack.dealFlag());
        assertEquals("", ack.seqNo());
        assertEquals("IE6", ack.etpsPreentNo());
        assertTrue(ack.checkInfo().startsWith("[0003] ") && ack.checkInfo().contains("签名验证失败"), ack.checkInfo());
        assertEquals(1, desk.status().rejected());
    }

    @Test
    void anEnvelopeOfAnUnknownCardOrNotXmlAtAllIsRefused() throws IOException {
        Exchange stranger = new Exchange(dir.resolve("stranger"), false);
        byte[] foreign = stranger.envelope("EMS101", "QP0007", "MSG-U", "EMS101_QP0007_1.xml",
                Envelopes.DECLARE, qualification("IE7", "9000", 0));
        // same card number, other key: the simulator's signer has its own 2100040033809
        exchange.put("QYZZ", "EMS101_QP0007_1.xml", foreign);
        byte[] unknownCard = new String(foreign, UTF_8).replace(Exchange.CLERK_CARD, "9999999999999").getBytes(UTF_8);
        exchange.put("QYZZ", "EMS101_QP0008_1.xml", new String(unknownCard, UTF_8).replace("MSG-U", "MSG-K")
                .getBytes(UTF_8));
        exchange.put("QYZZ", "broken.xml", "<Signature><SignedInfo>".getBytes(UTF_8));
        takeNewMessages();

        assertTrue(exchange.answer("QYZZ", "EMS101_QP0007_1.xml").checkInfo().startsWith("[0003] "));
        assertTrue(exchange.answer("QYZZ", "EMS101_QP0008_1.xml").checkInfo().startsWith("[0002] "));
        WireMessage.EportAnswer ack = exchange.answer("QYZZ", "broken.xml");
        assertEquals("-1", ack.dealFlag());
        assertTrue(ack.checkInfo().startsWith("[0001] "), ack.checkInfo());
        assertEquals(3, exchange.names("QYZZ", "SentBox").size());
    }

    @Test
    void aMessageTypeWithoutRuleIsTurnedOverToAnOfficer() throws IOException {
        String messageId = exchange.send("EMS", "EMS111", "QP0009", qualification("IE9", "5220", 0));
        takeNewMessages();
        answer();

        CustomsReceipt receipt = exchange.receipt("EMS", exchange.receiptNames("EMS").get(0));
        assertEquals("EMS211", receipt.messageType(), "加工贸易账册's receipt");
        assertEquals("2", receipt.manageResult());
        assertEquals(List.of("[0000] 无此报文类型的审核规则，转人工"), receipt.checks());
        assertTrue(exchange.answer("EMS", exchange.file(messageId)).seqNo().startsWith("5220"));
    }

    @Test
    void aFailingRuleTurnsTheMessageOverToAnOfficer() throws IOException {
        rules.put("EMS101", rule("EMS101", (m, n) -> {
            throw new IllegalStateException("rule broken");
        }));
        exchange.send("QYZZ", "EMS101", "QP0010", qualification("IE10", "9000", 0));
        takeNewMessages();
        answer();

        CustomsReceipt result = exchange.receipt("QYZZ", exchange.receiptNames("QYZZ").get(0));
        assertEquals("2", result.manageResult());
        List<String> checks = result.checks();
        assertTrue(checks.get(0).startsWith("[9999] ") && checks.get(0).contains("rule broken"), checks.get(0));
    }

    // ---- picking up files

    @Test
    void aHalfWrittenOrJustModifiedFileIsNotTakenNorAreDotFiles() throws IOException {
        byte[] envelope = exchange.envelope("EMS101", "QP0011", "MSG-H", "EMS101_QP0011_1.xml",
                Envelopes.DECLARE, qualification("IE11", "9000", 0));
        Path outBox = exchange.root.resolve("QYZZ/OutBox");
        Files.createDirectories(outBox);
        Path file = outBox.resolve("EMS101_QP0011_1.xml");
        Files.write(file, Arrays.copyOf(envelope, envelope.length / 2));
        Files.write(outBox.resolve(".EMS101_QP0012_1.xml.tmp"), envelope);
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

        assertEquals(List.of("EMS101_QP0011_1.xml"), exchange.names("QYZZ", "SentBox"));
        assertEquals("0", exchange.answer("QYZZ", "EMS101_QP0011_1.xml").dealFlag());
        assertEquals(List.of(".EMS101_QP0012_1.xml.tmp", ".hidden.xml"), exchange.names("QYZZ", "OutBox"));
    }

    @Test
    void withoutTheCustomsCardMessagesWaitInOutBoxUntilItIsIssued() throws IOException {
        Exchange noCard = new Exchange(dir.resolve("nocard"), false);
        exchange = noCard;
        desk = newDesk();
        String messageId = noCard.send("QYZZ", "EMS101", "QP0013", qualification("IE13", "9000", 0));
        desk.scanOnce();
        CustomsDesk.ScanResult result = desk.scanOnce();

        assertTrue(result.waitingForCard());
        assertEquals(1, noCard.names("QYZZ", "OutBox").size());
        assertEquals(List.of(), noCard.names("QYZZ", "InBox"));
        assertTrue(desk.issueCommand().equals(
                "tongguan:card-issue CUSTOMS0001 LEGAL_PERSON 0000000000 海关模拟器 000000"));

        noCard.issueCustomsCard();
        takeNewMessages();
        assertEquals(List.of("Successed_" + noCard.file(messageId)), noCard.names("QYZZ", "InBox"));
    }

    @Test
    void flushWritesTheWaitingBusinessReceiptsAtOnce() throws IOException {
        String messageId = exchange.send("QYZZ", "EMS101", "QP0015", qualification("IE15", "9000", 0));
        takeNewMessages();
        assertEquals(1, desk.status().pending());

        desk.flush();

        assertEquals(0, desk.status().pending());
        assertEquals(1, exchange.receiptNames("QYZZ").size());
        assertTrue(exchange.names("QYZZ", "InBox").contains("Successed_" + exchange.file(messageId)));
        assertFalse(desk.status().folders().isEmpty());
        assertEquals(new CustomsDesk.FolderCounts(0, 1, 0, 2), desk.status().folders().get("QYZZ"));
    }
}
