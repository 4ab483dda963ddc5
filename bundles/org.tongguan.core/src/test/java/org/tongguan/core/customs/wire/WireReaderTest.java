package org.tongguan.core.customs.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongguan.core.declaration.DocumentEvent;

class WireReaderTest {
    private static final String SUCCEEDED = "Successed_INV101_E_fef3da4f-86c8-4bf2-bb60-a5f03bdcbd30.xml";
    private static final String FAILED = "Failed_SAS121_I_9f0895a2-12f6-4d7b-9588-d53d3560e501.xml";

    private static CustomsReceipt receipt(String sample) {
        WireMessage m = WireReader.read(sample, Samples.bytes(sample));
        WireMessage.ReceiptPocket pocket = assertInstanceOf(WireMessage.ReceiptPocket.class, m, sample);
        return new PocketAssembler().offer(pocket).orElseThrow();
    }

    @Test
    void theClientsFirstAnswers() {
        WireMessage.EportAnswer ok = assertInstanceOf(WireMessage.EportAnswer.class,
                WireReader.read(SUCCEEDED, Samples.bytes(SUCCEEDED)));
        assertTrue(ok.accepted());
        assertEquals("INV101_E_fef3da4f-86c8-4bf2-bb60-a5f03bdcbd30.xml", ok.answeredFile());
        assertEquals("202400000122534496", ok.seqNo());
        assertEquals("保税核注清单申报服务调用成功", ok.checkInfo());
        assertEquals(DocumentEvent.IMPORT_ACCEPTED, ReceiptOutcomes.answer(ok).event());

        WireMessage.EportAnswer failed = assertInstanceOf(WireMessage.EportAnswer.class,
                WireReader.read(FAILED, Samples.bytes(FAILED)));
        assertFalse(failed.accepted());
        assertEquals("-1", failed.dealFlag());
        assertEquals("", failed.seqNo());
        assertEquals("浙B2M765", failed.etpsPreentNo());
        assertTrue(failed.checkInfo().contains("企业内部编号浙B2M765、区内企业编码330261A004与系统已有记录【202300000059988116】"),
                failed.checkInfo());
        assertEquals(DocumentEvent.SEND_FAILED, ReceiptOutcomes.answer(failed).event());

        WireMessage.EportAnswer xa = assertInstanceOf(WireMessage.EportAnswer.class,
                WireReader.read("xa-invt-common-resp.xml", Samples.bytes("xa-invt-common-resp.xml")));
        assertTrue(xa.accepted());
        assertEquals("", xa.answeredFile(), "not named Successed_/Failed_");
        assertEquals("HZQD6101041999E20190408D205", xa.etpsPreentNo());
        assertTrue(assertInstanceOf(WireMessage.EportAnswer.class,
                WireReader.read("a.xml", Samples.bytes("xa-pass-common-resp.xml"))).accepted());
    }

    @Test
    void inv201ApprovesWithTheListNumberFromCustomsCopy() {
        CustomsReceipt r = receipt("INV201.xml");
        assertEquals("INV201", r.messageType());
        assertEquals("4", r.manageResult());
        assertEquals(DocumentEvent.APPROVE, r.outcome().event());
        assertEquals(Map.of("bondInvtNo", "QD311124E000098849"), r.numbers());
        assertEquals("202400000122717119", r.seqNo());
        assertEquals("COSU6391946850D", r.innerNo());
        assertEquals("QD311124E000098849", r.businessId());
        assertEquals(Instant.parse("2024-07-30T03:48:02Z"), r.approval().orElseThrow().manageDate());
        assertEquals(List.of(), r.checks());
        assertEquals(List.of("BondInvtBsc"), r.records().stream().map(WireElement::name).toList());

        CustomsReceipt approved = receipt("xa-inv201-approved.xml");
        assertEquals(DocumentEvent.APPROVE, approved.outcome().event());
        assertEquals("eport201903281726", approved.seqNo());
        assertEquals(Map.of(), approved.numbers(), "a receipt without customs' copy assigns nothing");
        assertEquals(DocumentEvent.APPROVE, receipt("xa-inv201-result4.xml").outcome().event());
        assertEquals(Map.of("bondInvtNo", "QD900819I000000011"), receipt("xa-inv201-result4.xml").numbers());
    }

    @Test
    void inv202AndInv211() {
        CustomsReceipt entry = receipt("INV202.xml");
        assertEquals("INV202", entry.messageType());
        assertEquals("202400000122534496", entry.seqNo());
        assertEquals("QD311124E000097307", entry.businessId());
        assertEquals(Instant.parse("2024-07-26T08:39:17Z"), entry.approval().orElseThrow().manageDate());
        assertNull(entry.outcome().event(), "a 报关单 generated: kept, nothing moves");
        assertTrue(entry.outcome().known());
        assertEquals("888", receipt("xa-inv202.xml").approval().orElseThrow().rmk());

        CustomsReceipt release = receipt("INV211.xml");
        assertTrue(release.approval().isEmpty());
        assertEquals(DocumentEvent.RELEASE, release.outcome().event());
        assertEquals("202400000122403239", release.seqNo());
        assertEquals(Map.of("bondInvtNo", "QD311124I000067486"), release.numbers());
        assertEquals(List.of("BondInvtBsc", "BwsDt"), release.records().stream().map(WireElement::name).toList());
    }

    @Test
    void passportReceipts() {
        CustomsReceipt approved = receipt("SAS221.xml");
        assertEquals(DocumentEvent.APPROVE, approved.outcome().event());
        assertEquals(Map.of("passportNo", "Z3111I240728000000000003"), approved.numbers());
        assertEquals("202400000069440319", approved.seqNo());
        assertEquals(List.of("SasPassportBsc", "SasPassportDt", "SasPassportRlt"),
                approved.records().stream().map(WireElement::name).toList());

        CustomsReceipt passed = receipt("SAS223.xml");
        assertEquals(DocumentEvent.RELEASE, passed.outcome().event());
        assertEquals("Z3111E240726000000000456", passed.businessId());
        assertEquals(DocumentEvent.RELEASE, receipt("xa-sas223.xml").outcome().event());
        assertEquals(DocumentEvent.APPROVE, receipt("xa-sas221-approved.xml").outcome().event());
        assertEquals("111", receipt("xa-sas221-approved.xml").approval().orElseThrow().rmk());
    }

    @Test
    void resultsAndTypesTheTableDoesNotKnowAreKeptAndReported() {
        CustomsReceipt sas224 = receipt("SAS224.xml");
        assertEquals("3", sas224.manageResult());
        assertNull(sas224.outcome().event(), "a 查验处置 is kept and shown: the lifecycle has no step for it");
        assertTrue(sas224.outcome().known());
        assertEquals("2", sas224.records().get(0).text("stucd"));
        CustomsReceipt result9 = receipt("xa-sas221-result9.xml");
        assertNull(result9.outcome().event());
        assertFalse(result9.outcome().known());
        CustomsReceipt twoStep = receipt("sas253.xml");
        assertEquals("SAS253", twoStep.messageType());
        assertFalse(twoStep.outcome().known());

        String unknown = """
                <Package><EnvelopInfo><message_type>XYZ999</message_type></EnvelopInfo>
                <DataInfo><BussinessData><XYZ999><Whatever>1</Whatever></XYZ999></BussinessData></DataInfo></Package>""";
        CustomsReceipt r = new PocketAssembler().offer(assertInstanceOf(WireMessage.ReceiptPocket.class,
                WireReader.read("x.xml", unknown.getBytes(StandardCharsets.UTF_8)))).orElseThrow();
        assertEquals("XYZ999", r.messageType());
        assertFalse(r.outcome().known());
        assertEquals("", r.seqNo());
    }

    @Test
    void checkInfoNotesInOrder() {
        String withChecks = new String(Samples.bytes("SAS221.xml"), StandardCharsets.UTF_8).replace(
                "</HdeApprResult>", "</HdeApprResult><CheckInfo><note>车牌号不符</note></CheckInfo>"
                        + "<CheckInfo><note></note></CheckInfo><CheckInfo><note>重量超差</note></CheckInfo>")
                .replace("<manageResult>1</manageResult>", "<manageResult>3</manageResult>");
        CustomsReceipt r = new PocketAssembler().offer((WireMessage.ReceiptPocket) WireReader.read("r.xml",
                withChecks.getBytes(StandardCharsets.UTF_8))).orElseThrow();
        assertEquals(List.of("车牌号不符", "重量超差"), r.checks());
        assertEquals(DocumentEvent.RETURN, r.outcome().event());
        assertFalse(r.records().stream().anyMatch(e -> e.name().equals("CheckInfo")));
    }

    @Test
    void whatIsNotAnAnswerNorAReceiptIsKeptWithTheReason() {
        WireMessage.UnknownMessage notXml = assertInstanceOf(WireMessage.UnknownMessage.class,
                WireReader.read("a.xml", "not xml".getBytes(StandardCharsets.UTF_8)));
        assertTrue(notXml.reason().startsWith("not well-formed XML"), notXml.reason());
        // an external entity is never resolved: the DOCTYPE is refused
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CommonResponeMessage><CheckInfo>&e;</CheckInfo><DealFlag>0</DealFlag></CommonResponeMessage>";
        assertInstanceOf(WireMessage.UnknownMessage.class, WireReader.read("Successed_x.xml",
                xxe.getBytes(StandardCharsets.UTF_8)));
        WireMessage.UnknownMessage other = assertInstanceOf(WireMessage.UnknownMessage.class,
                WireReader.read("b.xml", "<InvtMessage/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("InvtMessage", other.root());
        assertInstanceOf(WireMessage.UnknownMessage.class, WireReader.read("c.xml",
                "<Package><EnvelopInfo/></Package>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aReceiptInsideASignedEnvelopeIsReadAsItsPackage() {
        String signed = "<Signature><SignedInfo/><SignatureValue/><KeyInfo><KeyName>1</KeyName></KeyInfo>"
                + "<Object Id=\"package\">"
                + new String(Samples.bytes("SAS221.xml"), StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*>", "")
                + "</Object></Signature>";
        CustomsReceipt r = new PocketAssembler().offer((WireMessage.ReceiptPocket) WireReader.read("s.xml",
                signed.getBytes(StandardCharsets.UTF_8))).orElseThrow();
        assertEquals("Z3111I240728000000000003", r.businessId());
    }
}
