package org.tongguan.core.customs;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A receipt from customs as the transport found it: an import-check response (SeqNo, EtpsPreentNo, CheckInfo,
 * DealFlag) or a business receipt (HdeApprResult). The same receipt may arrive twice under different file names;
 * {@code sha256} identifies its content.
 *
 * @param businessType the e-port folder it arrived in, e.g. {@code INV}; 2 to 10 upper-case letters or digits
 * @param fileName the name of the receipt file, not blank
 * @param content the bytes of the file, not empty; copied in and out
 * @param sha256 the SHA-256 of {@code content}, 64 lower-case hex digits
 */
public record IncomingMessage(String businessType, String fileName, byte[] content, String sha256) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public IncomingMessage {
        OutgoingMessage.requireBusinessType(businessType);
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("blank receipt file name");
        }
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("empty receipt " + fileName);
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("SHA-256 must be 64 lower-case hex digits: " + sha256);
        }
        content = content.clone();
    }

    /** A copy of the file's bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IncomingMessage m && businessType.equals(m.businessType) && fileName.equals(m.fileName)
                && sha256.equals(m.sha256) && Arrays.equals(content, m.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(businessType, fileName, sha256);
    }

    @Override
    public String toString() {
        return "IncomingMessage[" + businessType + "/" + fileName + ", " + content.length + " bytes, sha256 " + sha256
                + "]";
    }
}
