package org.tongguan.signing.sm2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Security;
import java.security.Signature;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.CardType;

class SoftwareCardSignerTest {
    private static final byte[] DATA = "<InvtMessage>铜线 100 千克</InvtMessage>".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    Cards cards;
    SoftwareCardSigner signer;

    @BeforeEach
    void setUp() {
        cards = new Cards(dir);
        signer = cards.signer;
    }

    @Test
    void aSignatureOfAnIssuedCardVerifiesWithItsCertificate() {
        CardMedium card = cards.operator("2100040033809");
        byte[] signature = signer.sign(card.cardNo(), Cards.PIN, DATA);
        assertTrue(signer.verify(card.certificate(), DATA, signature));
        // SM2 signatures are randomised: a second one differs and verifies too
        byte[] again = signer.sign(card.cardNo(), Cards.PIN, DATA);
        assertFalse(java.util.Arrays.equals(signature, again));
        assertTrue(signer.verify(card.certificate(), DATA, again));
    }

    @Test
    void anotherCardsCertificateDoesNotVerify() {
        CardMedium card = cards.operator("2100040033809");
        CardMedium other = cards.legalPerson("2100040033810");
        byte[] signature = signer.sign(card.cardNo(), Cards.PIN, DATA);
        assertFalse(signer.verify(other.certificate(), DATA, signature));
    }

    @Test
    void changedDataOrSignatureDoesNotVerify() {
        CardMedium card = cards.operator("2100040033809");
        byte[] signature = signer.sign(card.cardNo(), Cards.PIN, DATA);
        byte[] tampered = DATA.clone();
        tampered[tampered.length - 2] ^= 1;
        assertFalse(signer.verify(card.certificate(), tampered, signature));
        byte[] badSignature = signature.clone();
        badSignature[badSignature.length - 1] ^= 1;
        assertFalse(signer.verify(card.certificate(), DATA, badSignature));
        assertFalse(signer.verify(card.certificate(), DATA, "not DER".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void reusedEnginesStayCorrectAfterRefusalsAndAcrossThreads() throws Exception {
        CardMedium card = cards.operator("2100040033809");
        byte[] signature = signer.sign(card.cardNo(), Cards.PIN, DATA);
        // a malformed value, a wrong value and other data: each refused, and none spoils the next check
        assertFalse(signer.verify(card.certificate(), DATA, "not DER".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(signer.verify(card.certificate(), DATA, signature));
        byte[] bad = signature.clone();
        bad[bad.length - 1] ^= 1;
        assertFalse(signer.verify(card.certificate(), DATA, bad));
        assertTrue(signer.verify(card.certificate(), DATA, signature));
        assertFalse(signer.verify(card.certificate(), "其他".getBytes(StandardCharsets.UTF_8), signature));
        assertTrue(signer.verify(card.certificate(), DATA, signature));
        // many signatures by concurrent callers, each of its own data, each verifying (and only) with its data
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                byte[] data = ("清单 " + i).getBytes(StandardCharsets.UTF_8);
                results.add(pool.submit(() -> {
                    byte[] s = signer.sign(card.cardNo(), Cards.PIN, data);
                    return signer.verify(card.certificate(), data, s)
                            && !signer.verify(card.certificate(), DATA, s);
                }));
            }
            for (java.util.concurrent.Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWrongPinIsRefused() {
        CardMedium card = cards.operator("2100040033809");
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> signer.sign(card.cardNo(), "87654321".toCharArray(), DATA));
        assertEquals("signing.wrongPin", e.key());
        assertEquals("卡 2100040033809 的 PIN 码不正确", e.getMessage());
    }

    @Test
    void anOpenedCardStillRefusesAWrongPin() {
        CardMedium card = cards.operator("2100040033809");
        signer.sign(card.cardNo(), Cards.PIN, DATA); // opens the card
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> signer.sign(card.cardNo(), "87654321".toCharArray(), DATA));
        assertEquals("signing.wrongPin", e.key());
        assertTrue(signer.verify(card.certificate(), DATA, signer.sign(card.cardNo(), Cards.PIN, DATA)));
    }

    @Test
    void aCardReissuedUnderTheSameNumberIsOpenedAgain() throws Exception {
        CardMedium first = cards.operator("2100040033809");
        signer.sign(first.cardNo(), Cards.PIN, DATA);
        for (String ext : new String[] {".p12", ".cer"}) {
            java.nio.file.Files.delete(dir.resolve(first.cardNo() + ext));
        }
        CardMedium second = cards.operator("2100040033809");
        java.nio.file.Files.setLastModifiedTime(dir.resolve(second.cardNo() + ".p12"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        java.nio.file.Files.setLastModifiedTime(dir.resolve(second.cardNo() + ".cer"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        byte[] signature = signer.sign(second.cardNo(), Cards.PIN, DATA);
        assertTrue(signer.verify(signer.card(second.cardNo()).orElseThrow().certificate(), DATA, signature),
                "signed with the new key, not the one of the first card");
        assertFalse(signer.verify(first.certificate(), DATA, signature));
    }

    @Test
    void anUnknownCardIsRefused() {
        cards.operator("2100040033809");
        for (String cardNo : new String[] {"2100040033899", "../2100040033809", "", null}) {
            RuleViolation e = assertThrows(RuleViolation.class, () -> signer.sign(cardNo, Cards.PIN, DATA));
            assertEquals("signing.unknownCard", e.key(), cardNo);
            assertTrue(signer.card(cardNo).isEmpty(), cardNo);
        }
    }

    @Test
    void cardsListsTheIssuedCardsWithoutTheirPins() {
        cards.operator("OP00000002");
        cards.legalPerson("LP00000001");
        List<CardMedium> list = new SoftwareCardSigner(dir).cards();
        assertEquals(List.of("LP00000001", "OP00000002"), list.stream().map(CardMedium::cardNo).toList());
        CardMedium legal = list.get(0);
        assertEquals(CardType.LEGAL_PERSON, legal.type());
        assertEquals("4403180XYZ", legal.enterpriseCode());
        assertEquals("深圳某某科技有限公司", legal.holderName());
        CardMedium operator = list.get(1);
        assertEquals(CardType.OPERATOR, operator.type());
        assertEquals("3316960ABC", operator.enterpriseCode());
        assertEquals("张三", operator.holderName());
        assertEquals(operator, signer.card("OP00000002").orElseThrow());
        assertEquals(CardIssuer.AUTHORITY, legal.certificate().getIssuerX500Principal().getName());
    }

    @Test
    void cardsSkipsFilesThatAreNoCompleteCard() throws Exception {
        CardMedium card = cards.operator("2100040033809");
        Files.write(dir.resolve("ORPHAN0001.cer"), card.certificate().getEncoded()); // no key store
        Files.write(dir.resolve("BROKEN0001.cer"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("BROKEN0001.p12"), new byte[] {1, 2, 3});
        Files.copy(dir.resolve("2100040033809.cer"), dir.resolve("WRONGNO001.cer")); // another card's certificate
        Files.copy(dir.resolve("2100040033809.p12"), dir.resolve("WRONGNO001.p12"));
        assertEquals(List.of("2100040033809"), signer.cards().stream().map(CardMedium::cardNo).toList());
        assertTrue(signer.card("ORPHAN0001").isEmpty());
    }

    @Test
    void noCardsInAMissingFolder() {
        assertEquals(List.of(), new SoftwareCardSigner(dir.resolve("none")).cards());
    }

    @Test
    void sm3OfAbcIsTheStandardsTestVector() {
        assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
                HexFormat.of().formatHex(signer.digest("abc".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void theCertificateIsSignedWithSm3WithSm2ByTheCardsKey() throws Exception {
        CardMedium card = cards.operator("2100040033809");
        X509Certificate certificate = card.certificate();
        assertEquals("1.2.156.10197.1.501", certificate.getSigAlgOID());
        certificate.verify(certificate.getPublicKey(), new BouncyCastleProvider());
        certificate.checkValidity();
    }

    @Test
    void signaturesUseTheDefaultSm2UserId() throws Exception {
        CardMedium card = cards.operator("2100040033809");
        byte[] signature = signer.sign(card.cardNo(), Cards.PIN, DATA);
        BouncyCastleProvider bc = new BouncyCastleProvider();

        Signature plain = Signature.getInstance("SM3withSM2", bc); // BouncyCastle's default: 1234567812345678
        plain.initVerify(card.certificate().getPublicKey());
        plain.update(DATA);
        assertTrue(plain.verify(signature));

        Signature otherId = Signature.getInstance("SM3withSM2", bc);
        otherId.setParameter(new SM2ParameterSpec("8765432187654321".getBytes(StandardCharsets.US_ASCII)));
        otherId.initVerify(card.certificate().getPublicKey());
        otherId.update(DATA);
        assertFalse(otherId.verify(signature));
    }

    @Test
    void theJdkCannotReadSm2CertificatesSoCardsCarryBouncyCastleOnes() {
        // why the signer reads certificates with BouncyCastle: the JDK knows no curve sm2p256v1
        CardMedium card = cards.operator("2100040033809");
        assertThrows(CertificateException.class, () -> CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(card.certificate().getEncoded())));
        SubjectPublicKeyInfo key = SubjectPublicKeyInfo.getInstance(
                signer.card(card.cardNo()).orElseThrow().certificate().getPublicKey().getEncoded());
        assertEquals(GMObjectIdentifiers.sm2p256v1, key.getAlgorithm().getParameters());
    }

    @Test
    void aCertificateWithoutAnSm2KeyDoesNotVerify() throws Exception {
        CardMedium card = cards.operator("2100040033809");
        BouncyCastleProvider bc = new BouncyCastleProvider();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", bc);
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=2100040033809");
        X509Certificate p256 = new JcaX509CertificateConverter().setProvider(bc).getCertificate(
                new JcaX509v3CertificateBuilder(name, BigInteger.ONE, new Date(), new Date(), name, pair.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(bc).build(pair.getPrivate())));
        assertFalse(signer.verify(p256, DATA, signer.sign(card.cardNo(), Cards.PIN, DATA)));
    }

    @Test
    void bouncyCastleIsNotAddedToTheJvmsProviders() {
        CardMedium card = cards.operator("2100040033809");
        signer.verify(card.certificate(), DATA, signer.sign(card.cardNo(), Cards.PIN, DATA));
        assertNull(Security.getProvider(BouncyCastleProvider.PROVIDER_NAME));
    }
}
