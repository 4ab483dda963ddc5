package org.tongguan.signing.sm2.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.CardType;

/**
 * The folder of software card media: for each card {@code <cardNo>.p12}, a PKCS#12 store whose password is the PIN,
 * holding the SM2 private key and its certificate, and {@code <cardNo>.cer}, the DER certificate, so the cards can be
 * listed without their PINs. The certificate subject names the card: CN holder, O enterprise code, OU card type,
 * SERIALNUMBER card number. A card exists when both files do.
 */
final class CardFiles {
    static final Pattern CARD_NO = Pattern.compile("[0-9A-Za-z]{8,32}");
    private static final Logger LOG = LoggerFactory.getLogger(CardFiles.class);

    private final Path dir;
    private final Provider provider;

    CardFiles(Path dir, Provider provider) {
        this.dir = dir;
        this.provider = provider;
    }

    Path dir() {
        return dir;
    }

    Provider provider() {
        return provider;
    }

    Path keyStore(String cardNo) {
        return dir.resolve(cardNo + ".p12");
    }

    Path certificate(String cardNo) {
        return dir.resolve(cardNo + ".cer");
    }

    /** When the card's key store was last written, or null without one. */
    java.nio.file.attribute.FileTime keyStoreModified(String cardNo) {
        if (cardNo == null || !CARD_NO.matcher(cardNo).matches()) {
            return null;
        }
        try {
            return Files.getLastModifiedTime(keyStore(cardNo));
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether either file of the card exists (a card being issued has its key store first). */
    boolean taken(String cardNo) {
        return Files.exists(keyStore(cardNo)) || Files.exists(certificate(cardNo));
    }

    private boolean complete(String cardNo) {
        return Files.isRegularFile(keyStore(cardNo)) && Files.isRegularFile(certificate(cardNo));
    }

    /** The cards of the folder by card number; a card whose certificate cannot be read is left out and logged. */
    List<CardMedium> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<CardMedium> cards = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.cer")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String cardNo = name.substring(0, name.length() - ".cer".length());
                if (CARD_NO.matcher(cardNo).matches() && complete(cardNo)) {
                    try {
                        cards.add(read(cardNo));
                    } catch (IllegalStateException e) {
                        LOG.warn("card {} left out: {}", cardNo, e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the card folder " + dir, e);
        }
        cards.sort((a, b) -> a.cardNo().compareTo(b.cardNo()));
        return Collections.unmodifiableList(cards);
    }

    Optional<CardMedium> find(String cardNo) {
        if (cardNo == null || !CARD_NO.matcher(cardNo).matches() || !complete(cardNo)) {
            return Optional.empty();
        }
        return Optional.of(read(cardNo));
    }

    /**
     * The card's private key, opened with {@code pin}.
     *
     * @throws RuleViolation {@code signing.unknownCard}, {@code signing.wrongPin}
     */
    PrivateKey privateKey(String cardNo, char[] pin) {
        if (cardNo == null || !CARD_NO.matcher(cardNo).matches() || !complete(cardNo)) {
            throw new RuleViolation("signing.unknownCard", cardNo);
        }
        KeyStore store;
        try (InputStream in = Files.newInputStream(keyStore(cardNo))) {
            store = KeyStore.getInstance(Sm2.KEY_STORE, provider);
            // the store's integrity check fails with a wrong password (a damaged file fails the same way)
            store.load(in, pin);
        } catch (NoSuchFileException e) {
            throw new RuleViolation("signing.unknownCard", cardNo);
        } catch (IOException e) {
            RuleViolation wrongPin = new RuleViolation("signing.wrongPin", cardNo);
            wrongPin.initCause(e);
            throw wrongPin;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the key store of card " + cardNo, e);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Key key = store.getKey(alias, pin);
                    if (key instanceof PrivateKey privateKey) {
                        return privateKey;
                    }
                }
            }
        } catch (GeneralSecurityException e) {
            RuleViolation wrongPin = new RuleViolation("signing.wrongPin", cardNo);
            wrongPin.initCause(e);
            throw wrongPin;
        }
        throw new IllegalStateException("the key store of card " + cardNo + " holds no private key");
    }

    /** Certificates as read, by card number, with the file time they were read at. */
    private final java.util.Map<String, java.util.Map.Entry<java.nio.file.attribute.FileTime, CardMedium>> read =
            new java.util.concurrent.ConcurrentHashMap<>();

    private CardMedium read(String cardNo) {
        java.nio.file.attribute.FileTime modified;
        try {
            modified = Files.getLastModifiedTime(certificate(cardNo));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the certificate of card " + cardNo + ": " + e, e);
        }
        var known = read.get(cardNo);
        if (known != null && known.getKey().equals(modified)) {
            return known.getValue();
        }
        CardMedium medium = parse(cardNo);
        read.put(cardNo, java.util.Map.entry(modified, medium));
        return medium;
    }

    private CardMedium parse(String cardNo) {
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(certificate(cardNo))) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509", provider).generateCertificate(in);
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("cannot read the certificate of card " + cardNo + ": " + e, e);
        }
        return medium(cardNo, certificate);
    }

    /** The card named by the certificate subject. */
    static CardMedium medium(String cardNo, X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        String serial = attribute(subject, BCStyle.SERIALNUMBER);
        if (!cardNo.equals(serial)) {
            throw new IllegalStateException("the certificate is for card " + serial + ", not " + cardNo);
        }
        CardType type;
        try {
            type = CardType.valueOf(attribute(subject, BCStyle.OU));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("the certificate subject " + subject + " has no card type in OU", e);
        }
        String enterpriseCode = attribute(subject, BCStyle.O);
        String holderName = attribute(subject, BCStyle.CN);
        if (enterpriseCode == null || holderName == null) {
            throw new IllegalStateException("the certificate subject " + subject + " lacks O or CN");
        }
        return new CardMedium(cardNo, type, enterpriseCode, holderName, certificate);
    }

    private static String attribute(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return null;
        }
        ASN1Encodable value = rdns[0].getFirst().getValue();
        return value instanceof ASN1String s ? s.getString() : value.toString();
    }
}
