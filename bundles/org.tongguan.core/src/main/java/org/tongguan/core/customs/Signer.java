package org.tongguan.core.customs;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Signs with a card medium (法人卡 or 操作员卡): SM2 signatures with SM3 digests, as the customs messages need. The
 * private key stays with the card, reached through a local signing agent, or, for tests and on-premise use, a
 * software key store; the highest service ranking wins where several signers are registered.
 *
 * <p>Failures a clerk can fix are {@link org.tongguan.core.RuleViolation}s: {@code signing.unknownCard},
 * {@code signing.wrongPin}.
 */
@ProviderType
public interface Signer {
    /** The {@code SignatureMethod} of the customs envelope: SM2 over an SM3 digest. */
    String SIGNATURE_METHOD = "http://www.w3.org/2000/09/xmldsig#sm2-sm3";
    /** The {@code DigestMethod} of the customs envelope: SM3 (GB/T 32905). */
    String DIGEST_METHOD = "http://www.w3.org/2000/09/xmldsig#sm3";
    /** The SM2 user id (ID<sub>A</sub>) of the signatures, GB/T 32918's default. */
    String DEFAULT_USER_ID = "1234567812345678";

    /** The cards this signer can sign with, by card number; listing needs no PIN. */
    List<CardMedium> cards();

    /** The card of that number, if this signer has it. */
    Optional<CardMedium> card(String cardNo);

    /** The SM3 digest (32 bytes) of {@code data}. */
    byte[] digest(byte[] data);

    /**
     * The SM2 signature (SM3 digest, user id {@link #DEFAULT_USER_ID}, DER-encoded r and s) of {@code data} with the
     * card's private key, opened with {@code pin}.
     *
     * @throws org.tongguan.core.RuleViolation {@code signing.unknownCard} when this signer has no such card,
     *         {@code signing.wrongPin} when the PIN does not open it
     */
    byte[] sign(String cardNo, char[] pin, byte[] data);

    /**
     * Whether {@code signature} is the SM2 signature of {@code data} by the key of {@code certificate}; false too
     * when the signature is malformed or the certificate holds no SM2 key.
     */
    boolean verify(X509Certificate certificate, byte[] data, byte[] signature);
}
