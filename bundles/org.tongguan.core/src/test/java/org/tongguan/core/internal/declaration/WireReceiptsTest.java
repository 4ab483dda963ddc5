package org.tongguan.core.internal.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongguan.core.customs.IncomingMessage;
import org.tongguan.core.customs.ReceiptRefused;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.Receipt;

/** The real answers and receipts turned into whom they answer and what they do (the samples, docs/wire-formats.md). */
class WireReceiptsTest {
    private final WireReceipts wire = new WireReceipts();

    private static IncomingMessage file(String name, byte[] content) {
        return new IncomingMessage("INV", name, content, DocumentServiceImpl.sha256(content));
    }

    private static byte[] sample(String name) {
        try (InputStream in = WireReceiptsTest.class.getResourceAsStream("/org/tongguan/core/customs/wire/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }

    @Test
    void theAnswerNamesOurMessageFile() {
        WireReceipts.Read r = wire.read(file("Successed_INV101_INVT6101940123000007_3.xml",
                sample("common_resp_msg.xml"))).orElseThrow();
        assertEquals("INVT6101940123000007", r.match().etpsPreentNo());
        assertEquals(3, r.match().answers(5), "the third message, not the latest");
        assertEquals(Receipt.Kind.IMPORT, r.parsed().kind());
        assertEquals(DocumentEvent.IMPORT_ACCEPTED, r.parsed().event());
        assertEquals("202400000122534496", r.parsed().seqNo());
        assertEquals(List.of(new Receipt.Check("", "保税核注清单申报服务调用成功")), r.parsed().checks());
        assertEquals("保税核注清单申报服务调用成功", r.parsed().checks().get(0).toString(), "no empty brackets");

        WireReceipts.Read failed = wire.read(file("Failed_SAS121_I_9f0895a2-12f6-4d7b-9588-d53d3560e501.xml",
                sample("Failed_SAS121_I_9f0895a2-12f6-4d7b-9588-d53d3560e501.xml"))).orElseThrow();
        assertEquals("浙B2M765", failed.match().etpsPreentNo(), "a file not named after ours: its EtpsPreentNo");
        assertEquals(5, failed.match().answers(5), "then the latest message");
        assertEquals(DocumentEvent.SEND_FAILED, failed.parsed().event());
        assertFalse(failed.parsed().accepted());
        assertNull(failed.parsed().seqNo());
    }

    @Test
    void aCustomsReceiptNamesTheDocumentByItsNumbers() {
        WireReceipts.Read r = wire.read(file("INV201.xml", sample("INV201.xml"))).orElseThrow();
        assertEquals("COSU6391946850D", r.match().etpsPreentNo());
        assertEquals("202400000122717119", r.match().seqNo());
        assertEquals("QD311124E000098849", r.match().businessNo());
        assertEquals(Receipt.Kind.BUSINESS, r.parsed().kind());
        assertEquals(DocumentEvent.APPROVE, r.parsed().event());
        assertEquals("4", r.parsed().manageResult());
        assertEquals(Map.of("bondInvtNo", "QD311124E000098849"), r.parsed().numbers());
        assertEquals(Instant.parse("2024-07-30T03:48:02Z"), r.parsed().manageDate());

        assertEquals(Receipt.Kind.RELEASE, wire.read(file("INV211.xml", sample("INV211.xml"))).orElseThrow()
                .parsed().kind());
        WireReceipts.Read kept = wire.read(file("SAS224.xml", sample("SAS224.xml"))).orElseThrow();
        assertNull(kept.parsed().event(), "a 查验处置 moves nothing");
        assertEquals(Receipt.Kind.BUSINESS, kept.parsed().kind());
        assertEquals("SAS224", kept.parsed().receipt().messageType(), "the whole receipt, for the type");
    }

    @Test
    void whatIsNoReceiptIsRefusedOrLeft() {
        ReceiptRefused e = assertThrows(ReceiptRefused.class, () -> wire.read(file("x.xml",
                "not xml".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getCause().getMessage().contains("not well-formed"), e.getCause().getMessage());
        assertTrue(wire.read(file("y.xml", "<Foo/>".getBytes(StandardCharsets.UTF_8))).isEmpty());
    }

    @Test
    void onlyASignatureRootWithASignatureValueTakesTheVerifiedPath() {
        assertTrue(WireReceipts.signed(("<?xml version=\"1.0\"?>\n<Signature><SignedInfo/><SignatureValue>AAAA"
                + "</SignatureValue></Signature>").getBytes(StandardCharsets.UTF_8)));
        assertFalse(WireReceipts.signed("<Signature><SignedInfo/><SignatureValue/><Object/></Signature>".getBytes(
                StandardCharsets.UTF_8)), "the e-port client's skeleton, not signed: read as it is");
        assertFalse(WireReceipts.signed(sample("INV201.xml")));
        assertFalse(WireReceipts.signed(sample("common_resp_msg.xml")));
        assertFalse(WireReceipts.signed("not xml".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRealReceiptInsideASignatureIsReadAsItsPackage() {
        String inv201 = new String(sample("INV201.xml"), StandardCharsets.UTF_8);
        String wrapped = "<Signature><SignedInfo/><SignatureValue/><KeyInfo/><Object>" + inv201.replaceFirst(
                "<\\?xml[^>]*>", "") + "</Object></Signature>";
        WireReceipts.Read r = wire.read(file("signed.xml", wrapped.getBytes(StandardCharsets.UTF_8))).orElseThrow();
        assertEquals(DocumentEvent.APPROVE, r.parsed().event());
        assertEquals(Map.of("bondInvtNo", "QD311124E000098849"), r.parsed().numbers());
    }

    @Test
    void aPocketOfSeveralWaitsUnderTheIdentityOfItsSet() {
        String sas221 = new String(sample("SAS221.xml"), StandardCharsets.UTF_8)
                .replace("<total_pocket_qty>1</total_pocket_qty>", "<total_pocket_qty>2</total_pocket_qty>");
        WireReceipts.PocketWaits waits = assertThrows(WireReceipts.PocketWaits.class,
                () -> wire.read(file("p1.xml", sas221.getBytes(StandardCharsets.UTF_8))));
        String identity = WireReceipts.pocketIdentity("Z3111I240728000000000003-8b7d94ff1aa04a0fbb01edc22947802b");
        assertEquals(identity, waits.identity());
        WireReceipts.Read whole = wire.read(file("p2.xml", sas221.replace("<cur_pocket_no>1</cur_pocket_no>",
                "<cur_pocket_no>2</cur_pocket_no>").getBytes(StandardCharsets.UTF_8))).orElseThrow();
        assertEquals(identity, whole.identity(), "the receipt is known by its pocket_id, whichever pocket ends it");
        assertEquals(DocumentEvent.APPROVE, whole.parsed().event());
    }
}
