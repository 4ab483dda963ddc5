package org.tongguan.signing.sm2.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.EnvelopeInfo;
import org.tongguan.core.customs.Envelopes;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.core.customs.Signer;

class EnvelopesTest {
    private static final String BUSINESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <InvtMessage xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <SysId>Z7</SysId>
              <InvtHeadType>
                <BizopEtpsNm>宽窄科技（杭州）有限公司</BizopEtpsNm>
                <Rmk><![CDATA[含 <特殊> 字符 & 符号]]></Rmk>
                <Col1 xsi:nil="true"/>
              </InvtHeadType>
              <InvtListType><GdsNm>铜线</GdsNm><DclQty>100</DclQty></InvtListType>
            </InvtMessage>
            """;
    private static final EnvelopeInfo INFO = new EnvelopeInfo("1.0", "QD330820240000001", "INV101_I_NB001_1",
            "INV101_I_NB001_1.xml", "INV101", "DXPENT0000012345", "DXPEDCSAS0000001",
            Instant.parse("2024-03-01T02:03:04Z"));

    @TempDir
    Path dir;
    Signer signer;
    CardMedium card;
    CardMedium other;
    Function<String, Optional<X509Certificate>> certificates;

    @BeforeEach
    void setUp() {
        Cards cards = new Cards(dir);
        signer = cards.signer;
        card = cards.operator("2100040033809");
        other = cards.legalPerson("2100040033810");
        certificates = cardNo -> signer.card(cardNo).map(CardMedium::certificate);
    }

    private String seal(String declareFlag) {
        return new String(Envelopes.seal(signer, card.cardNo(), Cards.PIN, INFO, declareFlag,
                BUSINESS.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private SignedMessage open(String envelope) {
        return Envelopes.open(signer, envelope.getBytes(StandardCharsets.UTF_8), certificates);
    }

    private static void assertRefused(String key, Runnable opening) {
        RuleViolation e = assertThrows(RuleViolation.class, opening::run);
        assertEquals(key, e.key());
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        return text.substring(start, text.indexOf(to, start) + to.length());
    }

    @Test
    void sealThenOpenGivesBackTheEnvelopeInfoFlagAndBusinessMessage() {
        SignedMessage message = open(seal(Envelopes.DECLARE));
        assertEquals(INFO, message.info());
        assertEquals("1", message.declareFlag());
        assertEquals(card.cardNo(), message.keyName());
        String business = message.businessXmlText();
        assertTrue(business.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<InvtMessage"), business);
        // the business message comes back as the same XML in its canonical form: empty elements written out in
        // full, CDATA as escaped text, comments dropped
        String expected = BUSINESS.substring(BUSINESS.indexOf("<InvtMessage")).strip()
                .replace("<Col1 xsi:nil=\"true\"/>", "<Col1 xsi:nil=\"true\"></Col1>")
                .replace("<![CDATA[含 <特殊> 字符 & 符号]]>", "含 &lt;特殊&gt; 字符 &amp; 符号");
        assertEquals(expected, business.substring(business.indexOf("<InvtMessage")).strip());
        assertEquals("0", open(seal(Envelopes.STAGE)).declareFlag());
    }

    @Test
    void theEnvelopeHasTheNamesAndAlgorithmsCustomsExpects() {
        String envelope = seal(Envelopes.STAGE);
        assertTrue(envelope.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Signature>"), envelope);
        assertTrue(envelope.contains(
                "<CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"));
        assertTrue(envelope.contains("<SignatureMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#sm2-sm3\"/>"));
        assertTrue(envelope.contains("<Reference URI=\"#package\">"));
        assertTrue(envelope.contains("<DigestMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#sm3\"/>"));
        assertTrue(envelope.contains("<KeyInfo>\n    <KeyName>2100040033809</KeyName>\n  </KeyInfo>"));
        assertTrue(envelope.contains("<Object Id=\"package\">\n    <Package>\n      <EnvelopInfo>"));
        assertTrue(envelope.contains("<send_time>2024-03-01T10:03:04</send_time>"), "Beijing time");
        assertTrue(envelope.contains("<message_type>INV101</message_type>"));
        assertTrue(envelope.contains("<DataInfo>\n        <BussinessData>\n          <InvtMessage"), envelope);
        // as the e-port client's import format has them (Ibondinvt.xml): the card last in EnvelopInfo, the flag last
        assertTrue(envelope.contains("<send_time>2024-03-01T10:03:04</send_time>\n        <Ic_Card>2100040033809"
                + "</Ic_Card>\n      </EnvelopInfo>"), envelope);
        assertTrue(envelope.contains("</InvtMessage>\n          <DelcareFlag>0</DelcareFlag>\n        </BussinessData>"),
                envelope);
        assertTrue(envelope.contains("<BizopEtpsNm>宽窄科技（杭州）有限公司</BizopEtpsNm>"), "UTF-8, not escaped");
    }

    @Test
    void theDigestIsSm3OfTheCanonicalObjectAndTheSignatureCoversTheCanonicalSignedInfo() {
        String envelope = seal(Envelopes.DECLARE);
        // canonical XML: empty elements written out in full, CDATA as escaped text
        String object = between(envelope, "<Object", "</Object>")
                .replace("<Col1 xsi:nil=\"true\"/>", "<Col1 xsi:nil=\"true\"></Col1>")
                .replace("<![CDATA[含 <特殊> 字符 & 符号]]>", "含 &lt;特殊&gt; 字符 &amp; 符号");
        String digest = between(envelope, "<DigestValue>", "</DigestValue>");
        assertEquals("<DigestValue>"
                + Base64.getEncoder().encodeToString(signer.digest(object.getBytes(StandardCharsets.UTF_8)))
                + "</DigestValue>", digest);

        String signedInfo = between(envelope, "<SignedInfo>", "</SignedInfo>")
                .replaceAll("<(\\w+)([^>]*)/>", "<$1$2></$1>");
        Matcher value = Pattern.compile("<SignatureValue>([^<]+)</SignatureValue>").matcher(envelope);
        assertTrue(value.find());
        byte[] signature = Base64.getDecoder().decode(value.group(1));
        assertTrue(signer.verify(card.certificate(), signedInfo.getBytes(StandardCharsets.UTF_8), signature));
    }

    @Test
    void oneChangedCharacterOfTheBusinessDataBreaksTheSignature() {
        String envelope = seal(Envelopes.DECLARE);
        assertTrue(envelope.contains("<GdsNm>铜线</GdsNm>"));
        assertRefused("signing.badSignature", () -> open(envelope.replace("<GdsNm>铜线</GdsNm>", "<GdsNm>铜丝</GdsNm>")));
        assertRefused("signing.badSignature", () -> open(envelope.replace("<DelcareFlag>1<", "<DelcareFlag>0<")));
        assertRefused("signing.badSignature", () -> open(envelope.replace("10:03:04", "10:03:05")));
    }

    @Test
    void aSignatureOfAnotherCardIsRefused() {
        String envelope = seal(Envelopes.DECLARE);
        RuleViolation e = assertThrows(RuleViolation.class, () -> Envelopes.open(signer,
                envelope.getBytes(StandardCharsets.UTF_8), cardNo -> Optional.of(other.certificate())));
        assertEquals("signing.badSignature", e.key());
        assertEquals("报文签名验证失败：报文内容已被改动，或签名不是卡 2100040033809 所签", e.getMessage());
        // a changed SignedInfo (here the digest, recomputed for changed content) fails the signature
        String changed = envelope.replace("<GdsNm>铜线</GdsNm>", "<GdsNm>铜丝</GdsNm>");
        String object = between(changed, "<Object", "</Object>")
                .replace("<Col1 xsi:nil=\"true\"/>", "<Col1 xsi:nil=\"true\"></Col1>")
                .replace("<![CDATA[含 <特殊> 字符 & 符号]]>", "含 &lt;特殊&gt; 字符 &amp; 符号");
        String forged = changed.replaceFirst("<DigestValue>[^<]+</DigestValue>", "<DigestValue>"
                + Base64.getEncoder().encodeToString(signer.digest(object.getBytes(StandardCharsets.UTF_8)))
                + "</DigestValue>");
        assertRefused("signing.badSignature", () -> open(forged));
    }

    @Test
    void anUnknownKeyNameIsRefused() {
        String envelope = seal(Envelopes.DECLARE).replace("<KeyName>2100040033809</KeyName>",
                "<KeyName>9999999999999</KeyName>");
        RuleViolation e = assertThrows(RuleViolation.class, () -> open(envelope));
        assertEquals("signing.unknownKey", e.key());
        assertEquals("找不到卡号 9999999999999 的证书，无法验证报文签名", e.getMessage());
    }

    @Test
    void formattingThatCanonicalisationRemovesDoesNotMatter() {
        String envelope = seal(Envelopes.DECLARE)
                .replace("<Col1 xsi:nil=\"true\"/>", "<Col1 xsi:nil='true'></Col1>")
                .replace("<SysId>Z7</SysId>", "<SysId>Z7</SysId><!-- 注释 -->")
                .replace("<KeyInfo>", "<KeyInfo >")
                .replace("\n  <SignatureValue>", "\n\n\t<SignatureValue>");
        assertEquals(INFO, open(envelope).info());
    }

    @Test
    void aNamespaceDeclaredOnTheRootIsSignedWithTheObject() {
        // inclusive canonicalisation: the Object inherits the namespaces in scope
        String envelope = seal(Envelopes.DECLARE).replace("<Signature>",
                "<Signature xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\">");
        assertRefused("signing.badSignature", () -> open(envelope));
    }

    @Test
    void aNamespaceOfTheRootSignedWithTheEnvelopeIsInheritedByTheBusinessMessage() {
        // an envelope whose root declares a namespace, digested and signed as inclusive canonicalisation says: the
        // Object and SignedInfo carry the inherited declaration in their canonical forms
        String envelope = seal(Envelopes.DECLARE).replace("<Signature>", "<Signature xmlns:ceb=\"urn:ceb\">");
        String object = between(envelope, "<Object", "</Object>")
                .replace("<Object Id=", "<Object xmlns:ceb=\"urn:ceb\" Id=");
        envelope = envelope.replaceFirst("<DigestValue>[^<]+</DigestValue>", "<DigestValue>"
                + Base64.getEncoder().encodeToString(signer.digest(object.getBytes(StandardCharsets.UTF_8)))
                + "</DigestValue>");
        String signedInfo = between(envelope, "<SignedInfo>", "</SignedInfo>")
                .replaceAll("<(\\w+)([^>]*)/>", "<$1$2></$1>")
                .replace("<SignedInfo>", "<SignedInfo xmlns:ceb=\"urn:ceb\">");
        String value = Base64.getEncoder().encodeToString(signer.sign(card.cardNo(), Cards.PIN,
                signedInfo.getBytes(StandardCharsets.UTF_8)));
        envelope = envelope.replaceFirst("<SignatureValue>[^<]+</SignatureValue>",
                "<SignatureValue>" + value + "</SignatureValue>");

        String business = open(envelope).businessXmlText();
        assertTrue(business.contains("<InvtMessage xmlns:ceb=\"urn:ceb\" xmlns:xsi="), business);
    }

    @Test
    void aDoctypeIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String envelope = seal(Envelopes.DECLARE);
        String withDoctype = envelope.replace("<Signature>", "<!DOCTYPE Signature [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<Signature>").replace("<SysId>Z7</SysId>", "<SysId>&x;</SysId>");
        RuleViolation e = assertThrows(RuleViolation.class, () -> open(withDoctype));
        assertEquals("signing.badEnvelope", e.key());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        assertRefused("signing.badEnvelope",
                () -> open(envelope.replace("<Signature>", "<!DOCTYPE Signature>\n<Signature>")));
    }

    @Test
    void malformedOrForeignEnvelopesAreRefused() {
        String envelope = seal(Envelopes.DECLARE);
        assertRefused("signing.badEnvelope", () -> open("not xml"));
        assertRefused("signing.badEnvelope", () -> open(envelope.replace("</Signature>", "")));
        assertRefused("signing.badEnvelope", () -> open(envelope.replace("xmldsig#sm2-sm3", "xmldsig#rsa-sha1")));
        assertRefused("signing.badEnvelope", () -> open(envelope.replace("URI=\"#package\"", "URI=\"#other\"")));
        assertRefused("signing.badEnvelope",
                () -> open(envelope.replace("</Object>", "</Object><Object Id=\"package\"/>")));
        assertRefused("signing.badEnvelope", () -> open(envelope.replace("<SignatureValue>", "<SignatureValue>*")));
    }

    @Test
    void sealingChecksItsInputAndTheCard() {
        byte[] business = BUSINESS.getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class,
                () -> Envelopes.seal(signer, card.cardNo(), Cards.PIN, INFO, "2", business));
        assertThrows(IllegalArgumentException.class, () -> Envelopes.seal(signer, card.cardNo(), Cards.PIN, INFO,
                "1", "<!DOCTYPE x [<!ENTITY e \"y\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> Envelopes.seal(signer, card.cardNo(), Cards.PIN, INFO,
                "1", "<x>".getBytes(StandardCharsets.UTF_8)));
        RuleViolation wrongPin = assertThrows(RuleViolation.class,
                () -> Envelopes.seal(signer, card.cardNo(), "000000".toCharArray(), INFO, "1", business));
        assertEquals("signing.wrongPin", wrongPin.key());
        RuleViolation unknown = assertThrows(RuleViolation.class,
                () -> Envelopes.seal(signer, "NOSUCHCARD01", Cards.PIN, INFO, "1", business));
        assertEquals("signing.unknownCard", unknown.key());
    }

    @Test
    void aCanonicalElementIsSealedAsGivenAndAnythingElseFailsTheDigest() {
        String canonical = "<InvtMessage><Rmk>含 &lt;特殊&gt; 字符 &amp; 符号&#xD;\n第二行\t</Rmk><Col1></Col1></InvtMessage>";
        byte[] envelope = Envelopes.sealCanonical(signer, card.cardNo(), Cards.PIN, INFO, Envelopes.DECLARE,
                canonical.getBytes(StandardCharsets.UTF_8));
        assertTrue(new String(envelope, StandardCharsets.UTF_8).contains(canonical));
        String business = open(new String(envelope, StandardCharsets.UTF_8)).businessXmlText();
        assertEquals(canonical, business.substring(business.indexOf("<InvtMessage")));
        // the same XML not in canonical form: written as given, the receiver's canonical form differs from it
        String notCanonical = "<InvtMessage><Rmk>含</Rmk><Col1/></InvtMessage>";
        byte[] broken = Envelopes.sealCanonical(signer, card.cardNo(), Cards.PIN, INFO, Envelopes.DECLARE,
                notCanonical.getBytes(StandardCharsets.UTF_8));
        assertRefused("signing.badSignature", () -> open(new String(broken, StandardCharsets.UTF_8)));
    }

    @Test
    void theOpenedBusinessMessageIsACopy() {
        SignedMessage message = open(seal(Envelopes.DECLARE));
        byte[] xml = message.businessXml();
        xml[0] = 'X';
        assertArrayEquals(message.businessXml(), open(seal(Envelopes.DECLARE)).businessXml());
    }
}
