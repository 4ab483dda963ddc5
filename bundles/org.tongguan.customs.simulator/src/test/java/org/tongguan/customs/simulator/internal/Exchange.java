package org.tongguan.customs.simulator.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.tongguan.core.customs.CardType;
import org.tongguan.core.customs.EnvelopeInfo;
import org.tongguan.core.customs.Envelopes;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.signing.sm2.internal.SoftwareCardSigner;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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

    X509Certificate customsCertificate() {
        return signer.card(CUSTOMS_CARD).orElseThrow().certificate();
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
        return messageId;
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

    /** The receipt in InBox, its signature verified with the customs card's certificate only. */
    SignedMessage receipt(String type, String fileName) throws IOException {
        byte[] bytes = Files.readAllBytes(root.resolve(type).resolve("InBox").resolve(fileName));
        X509Certificate customs = customsCertificate();
        return Envelopes.open(signer, bytes,
                key -> CUSTOMS_CARD.equals(key) ? Optional.of(customs) : Optional.empty());
    }

    static Document parse(SignedMessage m) {
        try {
            return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(m.businessXml()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The text of the first element of that name. */
    static String text(Document d, String name) {
        NodeList nodes = d.getElementsByTagName(name);
        if (nodes.getLength() == 0) {
            throw new AssertionError("no " + name + " in " + d.getDocumentElement().getTagName());
        }
        return nodes.item(0).getTextContent();
    }

    /** "code|text" of every CheckInfo. */
    static List<String> checks(Document d) {
        List<String> checks = new ArrayList<>();
        NodeList nodes = d.getElementsByTagName("CheckInfo");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            checks.add(text(e, "Code") + "|" + text(e, "Text"));
        }
        return checks;
    }

    private static String text(Element e, String name) {
        return e.getElementsByTagName(name).item(0).getTextContent();
    }
}
