package org.tongguan.customs.simulator.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.tongguan.core.customs.CardType;
import org.tongguan.core.customs.EnvelopeInfo;
import org.tongguan.core.customs.Envelopes;
import org.tongguan.core.customs.wire.CustomsReceipt;
import org.tongguan.core.customs.wire.ImportMessages;
import org.tongguan.core.customs.wire.PocketAssembler;
import org.tongguan.core.customs.wire.WireElement;
import org.tongguan.core.customs.wire.WireMessage;
import org.tongguan.core.customs.wire.WireReader;
import org.tongguan.signing.sm2.internal.SoftwareCardSigner;

/** Test fixture: a real software signer with the customs card and an enterprise card, and the filebox folders. */
final class Exchange {
    static final String CUSTOMS_CARD = "CUSTOMS0001";
    static final String CUSTOMS_PIN = "000000";
    static final String CLERK_CARD = "2100040033809";
    static final char[] CLERK_PIN = "12345678".toCharArray();

    final Path root;
    final Path dataDir;
    final SoftwareCardSigner signer;
    private int messages;
    private final java.util.Map<String, String> files = new java.util.HashMap<>();

    Exchange(Path dir, boolean withCustomsCard) {
        root = dir.resolve("filebox");
        dataDir = dir.resolve("simulator");
        signer = new SoftwareCardSigner(dir.resolve("cards"));
        if (withCustomsCard) {
            issueCustomsCard();
        }
        signer.issuer().issue(CLERK_CARD, CardType.OPERATOR, "6101640001", "张三", CLERK_PIN);
    }

    void issueCustomsCard() {
        signer.issuer().issue(CUSTOMS_CARD, CardType.LEGAL_PERSON, "0000000000", "海关模拟器",
                CUSTOMS_PIN.toCharArray());
    }

    /** A 企业资质申请-like business message. */
    static String qualification(String etpsPreentNo, String district, int chgTmsCnt) {
        return "<QyzzApply><Head><etpsPreentNo>" + etpsPreentNo + "</etpsPreentNo><masterCuscd>" + district
                + "</masterCuscd><chgTmsCnt>" + chgTmsCnt + "</chgTmsCnt><dclTypecd>1</dclTypecd>"
                + "<bizopEtpsNm>西安某某电子有限公司</bizopEtpsNm></Head></QyzzApply>";
    }

    /** The envelope, signed with the clerk's card. */
    byte[] envelope(String messageType, String businessId, String messageId, String fileName, String declareFlag,
            String businessXml) {
        EnvelopeInfo info = new EnvelopeInfo("1.0", businessId, messageId, fileName, messageType,
                "DXPENT0000012345", "DXPEDCSAS0000001", Instant.parse("2025-03-14T01:30:00Z"));
        return Envelopes.seal(signer, CLERK_CARD, CLERK_PIN, info, declareFlag, businessXml.getBytes(UTF_8));
    }

    /** Seals a declared message and puts it into {@code <type>/OutBox} (written whole); its message id. */
    String send(String type, String messageType, String businessId, String businessXml) throws IOException {
        return send(type, messageType, businessId, businessXml, Envelopes.DECLARE);
    }

    String send(String type, String messageType, String businessId, String businessXml, String declareFlag)
            throws IOException {
        messages++;
        String messageId = "MSG" + messages;
        String fileName = messageType + "_" + businessId + "_" + messages + ".xml";
        put(type, fileName, envelope(messageType, businessId, messageId, fileName, declareFlag, businessXml));
        files.put(messageId, fileName);
        return messageId;
    }

    /**
     * Puts a declared 企业资质申请 into {@code <type>/OutBox} as the product writes it where the e-port client signs:
     * the import skeleton, unsigned, naming {@code cardNo}; its message file's name.
     */
    String sendForClient(String type, String messageType, String businessId, String cardNo, String etpsPreentNo)
            throws IOException {
        messages++;
        String fileName = messageType + "_" + businessId + "_" + messages + ".xml";
        EnvelopeInfo info = new EnvelopeInfo("1.0", businessId, "MSG" + messages, fileName, messageType,
                "DXPENT0000012345", "DXPEDCSAS0000001", Instant.parse("2025-03-14T01:30:00Z"));
        WireElement business = WireElement.of("EtArcrpMessage", List.of(WireElement.of("EtArcrpBsc", List.of(
                WireElement.leaf("etpsPreentNo", etpsPreentNo), WireElement.leaf("masterCuscd", "9000"),
                WireElement.leaf("chgTmsCnt", "0"), WireElement.leaf("dclTypecd", "1")))));
        put(type, fileName, ImportMessages.skeleton(info, cardNo, ImportMessages.DECLARE, business));
        files.put(info.messageId(), fileName);
        return fileName;
    }

    Path put(String type, String fileName, byte[] bytes) throws IOException {
        Path outBox = root.resolve(type).resolve("OutBox");
        Files.createDirectories(outBox);
        Path tmp = outBox.resolve("." + fileName + ".tmp");
        Files.write(tmp, bytes);
        return Files.move(tmp, outBox.resolve(fileName));
    }

    List<String> names(String type, String box) throws IOException {
        Path dir = root.resolve(type).resolve(box);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The bytes of a file in InBox. */
    byte[] inBox(String type, String fileName) throws IOException {
        return Files.readAllBytes(root.resolve(type).resolve("InBox").resolve(fileName));
    }

    /** The client's answer to the message sent as {@code messageFile}, {@code Successed_} or {@code Failed_}. */
    WireMessage.EportAnswer answer(String type, String messageFile) throws IOException {
        for (String name : names(type, "InBox")) {
            if (name.equals("Successed_" + messageFile) || name.equals("Failed_" + messageFile)) {
                WireMessage m = WireReader.read(name, inBox(type, name));
                if (m instanceof WireMessage.EportAnswer a) {
                    return a;
                }
                throw new AssertionError(name + " is no answer: " + m);
            }
        }
        throw new AssertionError("no answer to " + messageFile + " in " + names(type, "InBox"));
    }

    /** The message file of a message {@link #send} sent. */
    String file(String messageId) {
        return files.get(messageId);
    }

    /** The names of customs' receipts in InBox (not the client's answers), in name order: the order written. */
    List<String> receiptNames(String type) throws IOException {
        return names(type, "InBox").stream().filter(n -> !n.startsWith("Successed_") && !n.startsWith("Failed_"))
                .toList();
    }

    /** Customs' receipt in InBox, read as the product reads it. */
    CustomsReceipt receipt(String type, String fileName) throws IOException {
        WireMessage m = WireReader.read(fileName, inBox(type, fileName));
        if (m instanceof WireMessage.ReceiptPocket p) {
            return new PocketAssembler().offer(p).orElseThrow();
        }
        throw new AssertionError(fileName + " is no receipt: " + m);
    }

    /** The name of customs' receipt of {@code receiptType} for the document with 企业内部编号 {@code inner}. */
    String receiptName(String type, String receiptType, String inner) throws IOException {
        for (String name : receiptNames(type)) {
            CustomsReceipt r = receipt(type, name);
            if (r.messageType().equals(receiptType) && r.innerNo().equals(inner)) {
                return name;
            }
        }
        throw new AssertionError("no " + receiptType + " for " + inner + " in " + names(type, "InBox"));
    }
}
