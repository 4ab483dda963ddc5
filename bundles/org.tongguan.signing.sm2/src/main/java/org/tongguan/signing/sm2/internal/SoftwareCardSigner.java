package org.tongguan.signing.sm2.internal;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.io.DataPaths;

/**
 * The {@link Signer} of software card media: SM2 keys in PKCS#12 files of a folder, see {@link CardFiles}. It
 * stands in for the IC card / Ukey signing agent in tests and on-premise use, with the lowest ranking, so a signer
 * of real cards wins where one is installed. Also registered under its own class for the
 * {@link SoftwareCardAuthority}, which issues cards into its folder, and the console commands.
 *
 * <p>The BouncyCastle provider is this component's own instance, passed to every call; nothing is added to the JVM's
 * security providers.
 */
@Component(service = {Signer.class, SoftwareCardSigner.class}, property = "service.ranking:Integer=0",
        configurationPid = SoftwareCardSigner.PID)
@Designate(ocd = SoftwareCardSigner.Config.class)
public final class SoftwareCardSigner implements Signer {
    public static final String PID = "org.tongguan.signing.sm2";
    static final String DEFAULT_DIR = DataPaths.KARAF_DATA + "/tongguan/cards";

    @ObjectClassDefinition(id = PID, name = "Tongguan software card media (SM2)",
            description = "SM2 card media kept as PKCS#12 files <cardNo>.p12 (password = PIN) with <cardNo>.cer")
    public @interface Config {
        @AttributeDefinition(name = "Card folder",
                description = "Folder of the card files; ${karaf.data} is the Karaf data folder")
        String keystoreDir() default DEFAULT_DIR;
    }

    /** How long an opened card stays open without being used, as a card reader's PIN session does. */
    static final long SESSION_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

    private final Provider provider = new BouncyCastleProvider();
    private final SecureRandom random = new SecureRandom();
    private final java.util.Map<String, OpenCard> open = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Object> opening = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile CardFiles files;
    /** Verifying engines per certificate (the customs card, the cards of the enterprises), a bounded number of them. */
    private final java.util.Map<X509Certificate, Engines> verifiers = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int VERIFIED_CERTIFICATES_KEPT = 256;

    /**
     * A card whose PIN was verified by opening its key store (a PKCS#12 key derivation of ~100 ms, like a card's PIN
     * check): later signatures with the same PIN use the key without opening the store again, until the card is idle
     * for {@link #SESSION_NANOS} or its key store file changes. The PIN itself is not kept, only a salted SHA-256 of
     * it to recognise it.
     */
    private record OpenCard(byte[] salt, byte[] pinHash, PrivateKey key, java.nio.file.attribute.FileTime stored,
            long lastUsed, Engines engines) {
        boolean opens(char[] pin, java.nio.file.attribute.FileTime storedNow, long now) {
            return stored.equals(storedNow) && now - lastUsed < SESSION_NANOS
                    && MessageDigest.isEqual(pinHash, hash(salt, pin));
        }
    }

    @Activate
    public SoftwareCardSigner(Config config) {
        modified(config);
    }

    /** A signer of the cards in {@code dir}, outside the container. */
    public SoftwareCardSigner(Path dir) {
        files = new CardFiles(dir, provider);
    }

    @Modified
    void modified(Config config) {
        files = new CardFiles(DataPaths.resolve(config.keystoreDir(), DEFAULT_DIR), provider);
        open.clear();
    }

    /** The folder of the card files. */
    public Path directory() {
        return files.dir();
    }

    /** Issues cards into this signer's folder. */
    public CardIssuer issuer() {
        return new CardIssuer(files);
    }

    @Override
    public List<CardMedium> cards() {
        return files.list();
    }

    @Override
    public Optional<CardMedium> card(String cardNo) {
        return files.find(cardNo);
    }

    @Override
    public byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance(Sm2.DIGEST_ALGORITHM, provider).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("BouncyCastle lacks SM3", e);
        }
    }

    @Override
    public byte[] sign(String cardNo, char[] pin, byte[] data) {
        OpenCard card = unlocked(cardNo, pin);
        try {
            Signature signature = card.engines().take();
            if (signature == null) {
                signature = Sm2.signature(provider);
                signature.initSign(card.key(), random);
            }
            signature.update(data);
            byte[] signed = signature.sign(); // leaves the engine initialised with the card's key, for the next one
            card.engines().put(signature);
            return signed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with card " + cardNo, e);
        }
    }

    /**
     * The card opened: from its open session when the PIN is the one that opened it, else by opening the store (a
     * card not kept open, as one whose files are not complete, comes back with engines of its own).
     */
    private OpenCard unlocked(String cardNo, char[] pin) {
        CardFiles f = files;
        java.nio.file.attribute.FileTime stored = f.keyStoreModified(cardNo);
        long now = System.nanoTime();
        OpenCard card = cardNo == null ? null : open.get(cardNo);
        if (card != null && stored != null && card.opens(pin, stored, now)) {
            open.put(cardNo, new OpenCard(card.salt(), card.pinHash(), card.key(), stored, now, card.engines()));
            return card;
        }
        if (stored == null) { // no key store (yet): not kept open
            return new OpenCard(new byte[0], new byte[0], f.privateKey(cardNo, pin), null, now, new Engines());
        }
        // callers signing with a card not yet open wait for the one that opens it, rather than each opening it
        synchronized (opening.computeIfAbsent(cardNo, k -> new Object())) {
            OpenCard meanwhile = open.get(cardNo);
            if (meanwhile != null && meanwhile.opens(pin, stored, System.nanoTime())) {
                return meanwhile;
            }
            PrivateKey key = f.privateKey(cardNo, pin); // throws for an unknown card or a wrong PIN
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            OpenCard opened = new OpenCard(salt, hash(salt, pin), key, stored, now, new Engines());
            open.put(cardNo, opened);
            return opened;
        }
    }

    /**
     * Signature engines already initialised with one key. Initialising an SM2 engine for signing derives the public
     * point from the private key (a scalar multiplication, as costly as a signature) and hashes the signer's Z; after
     * {@code sign()} or {@code verify()} an engine is ready again for the same key, so engines are kept and reused, one
     * per concurrent caller.
     */
    static final class Engines {
        private static final int KEPT = 8;
        private final java.util.concurrent.ArrayBlockingQueue<Signature> idle =
                new java.util.concurrent.ArrayBlockingQueue<>(KEPT);

        Signature take() {
            return idle.poll();
        }

        void put(Signature ready) {
            idle.offer(ready); // beyond KEPT concurrent callers, the engine is dropped
        }
    }


    private static byte[] hash(byte[] salt, char[] pin) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(new String(pin).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean verify(X509Certificate certificate, byte[] data, byte[] signature) {
        Engines engines = verifiers.get(certificate);
        if (engines == null) {
            if (verifiers.size() >= VERIFIED_CERTIFICATES_KEPT) {
                verifiers.clear();
            }
            engines = verifiers.computeIfAbsent(certificate, c -> new Engines());
        }
        try {
            Signature verifier = engines.take();
            if (verifier == null) {
                // the key as BouncyCastle reads it: a certificate parsed by the JDK has no usable SM2 key
                PublicKey key = KeyFactory.getInstance(Sm2.KEY_ALGORITHM, provider)
                        .generatePublic(new X509EncodedKeySpec(certificate.getPublicKey().getEncoded()));
                verifier = Sm2.signature(provider);
                verifier.initVerify(key);
            }
            verifier.update(data);
            boolean valid = verifier.verify(signature);
            if (valid) {
                // a refused signature may have left the engine midway (a malformed value is refused before its
                // digest is finished): only an engine that verified is surely reset for the next message
                engines.put(verifier);
            }
            return valid;
        } catch (GeneralSecurityException | IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }
}
