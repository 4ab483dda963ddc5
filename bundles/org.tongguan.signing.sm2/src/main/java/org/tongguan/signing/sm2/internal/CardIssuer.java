package org.tongguan.signing.sm2.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.CardType;

/**
 * Issues software card media for the embedded install: an SM2 key pair (curve sm2p256v1) and a certificate signed
 * with SM3withSM2 by the card's own key, with issuer {@value #AUTHORITY}. Real cards and their certificates come from
 * the e-port data centre; these stand in for them in tests and on premises.
 */
public final class CardIssuer {
    public static final String AUTHORITY = "CN=Tongguan embedded card authority";
    static final Period VALIDITY = Period.ofYears(5);
    static final int HOLDER_NAME_MAX = 64;
    private static final Pattern ENTERPRISE_CODE = Pattern.compile("[0-9A-Z]{10}");
    private static final Pattern PIN = Pattern.compile("[0-9]{6,8}");

    private final CardFiles files;

    /** Issues into {@code dir} (created when missing). */
    public CardIssuer(Path dir) {
        this(new CardFiles(dir, new BouncyCastleProvider()));
    }

    CardIssuer(CardFiles files) {
        this.files = files;
    }

    /**
     * Generates the card's key pair and certificate and writes {@code <cardNo>.p12} (protected by {@code pin}) and
     * {@code <cardNo>.cer}, each written to a temporary file first and then moved into place.
     *
     * @throws RuleViolation a {@link org.tongguan.core.ValidationException} naming the field at fault, with the key
     *         {@code signing.cardNo.format}, {@code signing.cardType.invalid}, {@code signing.enterpriseCode.format},
     *         {@code signing.holderName.format}, {@code signing.pin.format} or {@code signing.cardExists}
     */
    public CardMedium issue(String cardNo, CardType type, String enterpriseCode, String holderName, char[] pin) {
        if (cardNo == null || !CardFiles.CARD_NO.matcher(cardNo).matches()) {
            throw new CardFieldViolation("cardNo", "signing.cardNo.format");
        }
        if (type == null) {
            throw new CardFieldViolation("type", "signing.cardType.invalid", "");
        }
        if (enterpriseCode == null || !ENTERPRISE_CODE.matcher(enterpriseCode).matches()) {
            throw new CardFieldViolation("enterpriseCode", "signing.enterpriseCode.format");
        }
        if (holderName == null || holderName.isBlank() || holderName.strip().length() > HOLDER_NAME_MAX) {
            throw new CardFieldViolation("holderName", "signing.holderName.format", HOLDER_NAME_MAX);
        }
        if (pin == null || !PIN.matcher(new String(pin)).matches()) {
            throw new CardFieldViolation("pin", "signing.pin.format");
        }
        Path keyStore = files.keyStore(cardNo);
        Path certificateFile = files.certificate(cardNo);
        try {
            Files.createDirectories(files.dir());
            if (files.taken(cardNo)) {
                throw new CardFieldViolation("cardNo", "signing.cardExists", cardNo);
            }
            // reserves the card number: creating a file fails when it exists, also against another process
            Files.createFile(keyStore, ownerOnly(keyStore));
        } catch (FileAlreadyExistsException e) {
            throw new CardFieldViolation("cardNo", "signing.cardExists", cardNo);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the card folder " + files.dir(), e);
        }
        boolean done = false;
        try {
            X509Certificate certificate = generate(cardNo, type, enterpriseCode, holderName.strip(), pin, keyStore);
            writeAtomically(certificateFile, certificate.getEncoded());
            done = true;
            return new CardMedium(cardNo, type, enterpriseCode, holderName.strip(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot generate the SM2 key and certificate of card " + cardNo, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write card " + cardNo + " to " + files.dir(), e);
        } finally {
            if (!done) {
                deleteQuietly(keyStore);
            }
        }
    }

    /**
     * Removes the files of the card this issuer has just issued, when what had to go with the issue (its audit line)
     * failed. Only for that: it deletes whatever files the card number has.
     */
    void withdraw(String cardNo) {
        if (cardNo != null && CardFiles.CARD_NO.matcher(cardNo).matches()) {
            deleteQuietly(files.certificate(cardNo));
            deleteQuietly(files.keyStore(cardNo));
        }
    }

    /**
     * The card type written as {@code LEGAL_PERSON} / {@code OPERATOR} (any case) or 法人卡 / 操作员卡.
     *
     * @throws RuleViolation {@code signing.cardType.invalid}, on the field {@code type}
     */
    public static CardType cardType(String text) {
        String t = text == null ? "" : text.strip();
        for (CardType type : CardType.values()) {
            if (type.name().equals(t.toUpperCase(Locale.ROOT)) || type.name(Messages.DEFAULT_LOCALE).equals(t)) {
                return type;
            }
        }
        throw new CardFieldViolation("type", "signing.cardType.invalid", t);
    }

    private X509Certificate generate(String cardNo, CardType type, String enterpriseCode, String holderName,
            char[] pin, Path keyStore)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        SecureRandom random = new SecureRandom();
        KeyPairGenerator generator = KeyPairGenerator.getInstance(Sm2.KEY_ALGORITHM, files.provider());
        generator.initialize(new ECGenParameterSpec(Sm2.CURVE), random);
        KeyPair pair = generator.generateKeyPair();

        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, enterpriseCode)
                .addRDN(BCStyle.OU, type.name())
                .addRDN(BCStyle.CN, holderName)
                .addRDN(BCStyle.SERIALNUMBER, cardNo)
                .build();
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(AUTHORITY),
                new BigInteger(127, random).setBit(126), Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.atOffset(ZoneOffset.UTC).plus(VALIDITY).toInstant()), subject, pair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        X509Certificate certificate = new JcaX509CertificateConverter().setProvider(files.provider())
                .getCertificate(builder.build(new JcaContentSignerBuilder(
                        Sm2.SIGNATURE_ALGORITHM).setProvider(files.provider()).build(pair.getPrivate())));

        KeyStore store = KeyStore.getInstance(Sm2.KEY_STORE, files.provider());
        store.load(null, null);
        store.setKeyEntry(cardNo, pair.getPrivate(), pin, new Certificate[] {certificate});
        Path temp = Files.createTempFile(files.dir(), "." + cardNo, ".p12.tmp", ownerOnly(keyStore));
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, pin);
            }
            // replaces the empty file that reserved the card number
            Files.move(temp, keyStore, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteQuietly(temp);
        }
        return certificate;
    }

    private void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(files.dir(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Read and write for the owner only, where the file system has POSIX permissions. */
    private static FileAttribute<?>[] ownerOnly(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a left-over temporary file is hidden and harmless
        }
    }
}
