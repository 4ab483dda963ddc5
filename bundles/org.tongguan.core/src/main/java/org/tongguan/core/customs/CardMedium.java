package org.tongguan.core.customs;

import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Objects;

/**
 * A card medium a {@link Signer} can sign with: its card number (also the {@code KeyName} of the envelopes it signs),
 * its type, the 海关编码 of the enterprise it belongs to, its holder and its signing certificate.
 */
public record CardMedium(String cardNo, CardType type, String enterpriseCode, String holderName,
        X509Certificate certificate) {
    public CardMedium {
        Objects.requireNonNull(cardNo, "cardNo");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(enterpriseCode, "enterpriseCode");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(certificate, "certificate");
    }

    /** "cardNo 操作员卡 enterpriseCode holderName", the type in {@code locale}. */
    public String label(Locale locale) {
        return cardNo + " " + type.name(locale) + " " + enterpriseCode + " " + holderName;
    }
}
