package org.tongguan.core.customs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The content of a customs envelope whose signature was verified by {@link Envelopes#open}.
 *
 * @param info the {@code EnvelopInfo}
 * @param declareFlag the {@code DelcareFlag} (sic): {@link Envelopes#STAGE} (0 暂存) or {@link Envelopes#DECLARE}
 *        (1 申报)
 * @param businessXml the business message (the element after {@code DelcareFlag}) as a UTF-8 XML document with an
 *        XML declaration; copied in and out
 * @param keyName the {@code KeyName}: the card number whose certificate verified the signature
 */
public record SignedMessage(EnvelopeInfo info, String declareFlag, byte[] businessXml, String keyName) {
    public SignedMessage {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(declareFlag, "declareFlag");
        Objects.requireNonNull(keyName, "keyName");
        businessXml = businessXml.clone();
    }

    /** A copy of the business message's bytes. */
    @Override
    public byte[] businessXml() {
        return businessXml.clone();
    }

    /** The business message as text. */
    public String businessXmlText() {
        return new String(businessXml, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedMessage m && info.equals(m.info) && declareFlag.equals(m.declareFlag)
                && Arrays.equals(businessXml, m.businessXml) && keyName.equals(m.keyName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(info, declareFlag, Arrays.hashCode(businessXml), keyName);
    }

    @Override
    public String toString() {
        return "SignedMessage[" + info + ", DelcareFlag " + declareFlag + ", KeyName " + keyName + ", "
                + businessXml.length + " bytes]";
    }
}
