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
import org.tongguan.core.customs.EnvelopeInfo;
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
        assertEquals(3, r.match().answers("INVT6101940123000007", 5), "the third message, not the latest");
        assertEquals(Receipt.Kind.IMPORT, r.parsed().kind());
        assertEquals(DocumentEvent.IMPORT_ACCEPTED, r.parsed().event());
        assertEquals("202400000122534496", r.parsed().seqNo());
        assertEquals(List.of(new Receipt.Check("", "保税核注清单申报服务调用成功")), r.parsed().checks());
        assertEquals("保税核注清单申报服务调用成功", r.parsed().checks().get(0).toString(), "no empty brackets");

        WireReceipts.Read failed = wire.read(file("Failed_SAS121_I_9f0895a2-12f6-4d7b-9588-d53d3560e501.xml",
                sample("Failed_SAS121_I_9f0895a2-12f6-4d7b-9588-d53d3560e501.xml"))).orElseThrow();
        assertEquals("浙B2M765", failed.match().etpsPreentNo(), "a file not named after ours: its EtpsPreentNo");
        assertEquals(5, failed.match().answers("浙B2M765", 5), "then the latest message");
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
        assertNull(kept.parsed().event(), "a result the table does not know moves nothing");
        assertEquals(Receipt.Kind.BUSINESS, kept.parsed().kind());
    }

    @Test
    void whatIsNoReceiptIsRefusedOrLeft() {
        ReceiptRefused e = assertThrows(ReceiptRefused.class, () -> wire.read(file("x.xml",
                "not xml".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getCause().getMessage().contains("not well-formed"), e.getCause().getMessage());
        assertTrue(wire.read(file("y.xml", "<Foo/>".getBytes(StandardCharsets.UTF_8))).isEmpty());
    }

    @Test
    void onlyASignatureRootTakesTheVerifiedPath() {
        assertTrue(WireReceipts.signed("<?xml version=\"1.0\"?>\n<Signature><x/></Signature>".getBytes(
                StandardCharsets.UTF_8)));
        assertFalse(WireReceipts.signed(sample("INV201.xml")));
        assertFalse(WireReceipts.signed(sample("common_resp_msg.xml")));
        assertFalse(WireReceipts.signed("not xml".getBytes(StandardCharsets.UTF_8)));
        WireReceipts.Match m = WireReceipts.Match.signed(new EnvelopeInfo("1.0", "QP0001", "QP0001-2_2", "f.xml",
                "QYZZ211", "s", "r", Instant.EPOCH));
        assertEquals(2, m.answers("QP0001", 3));
        assertEquals(0, m.answers("QP0002", 3), "another document's message");
    }
}
