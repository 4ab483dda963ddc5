package org.tongguan.core.customs;

import org.osgi.annotation.versioning.ProviderType;
import org.tongguan.core.security.UserContext;

/**
 * Issues card media for the embedded install: software cards (an SM2 key pair and its certificate, opened by a PIN)
 * that the software {@link Signer} then signs with. They stand in for real cards in tests and on premises; real
 * 法人卡 and 操作员卡 (IC card or Ukey) and their certificates come from the e-port data centre and are never issued
 * here.
 *
 * <p>Administrators only: every issue is checked against
 * {@link org.tongguan.core.security.Permissions#ADMIN_CARDS} and recorded in the audit log (record type
 * {@value #AUDIT_RECORD}, the card number, new value type/enterprise/holder; the PIN never).
 */
@ProviderType
public interface CardAuthority {
    /** The record type of the audit entries of issued cards. */
    String AUDIT_RECORD = "card";

    /**
     * Issues a card: its key pair, its certificate naming holder, enterprise, type and card number, and its key store
     * protected by {@code pin}; the card is then listed by the software {@link Signer}.
     *
     * @param cardNo 卡号, 8 to 32 digits or letters, not yet issued
     * @param enterpriseCode the 海关编码 (10 digits or capitals) of the enterprise the card belongs to
     * @param pin 6 to 8 digits; not kept, not logged
     * @throws org.tongguan.core.AccessDeniedException when {@code who} may not issue cards; nothing is written
     * @throws org.tongguan.core.RuleViolation a broken rule, nothing written: a
     *         {@link org.tongguan.core.ValidationException} whose field ({@code cardNo}, {@code type},
     *         {@code enterpriseCode}, {@code holderName}, {@code pin}) is the one at fault, with the key
     *         {@code signing.cardNo.format}, {@code signing.cardExists}, {@code signing.cardType.invalid},
     *         {@code signing.enterpriseCode.format}, {@code signing.holderName.format} or {@code signing.pin.format}
     */
    CardMedium issue(UserContext who, String cardNo, CardType type, String enterpriseCode, String holderName,
            char[] pin);
}
