package org.tongguan.core.customs;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A message ready to leave for customs, normally the signed envelope: the e-port folder it goes to and the file name
 * it is sent under.
 *
 * @param businessType the e-port client's folder for the business, e.g. {@code EMS} (加工贸易账册), {@code INV}
 *        (核注清单), {@code SAS} (保税物流), {@code NPTS}; 2 to 10 upper-case letters or digits
 * @param fileName the name customs sees, like {@code INV101_I_<内部编号>_<n>.xml}: 1 to 120 letters, digits, dots,
 *        underscores or hyphens, ending {@code .xml} and not starting with a dot (dot files are hidden, half-written
 *        files to every reader of the folders). A transport may replace the trailing {@code _<n>} when the name was
 *        already used (a resent document gets a new suffix).
 * @param content the bytes of the file, not empty; copied in and out
 */
public record OutgoingMessage(String businessType, String fileName, byte[] content) {
    static final Pattern BUSINESS_TYPE = Pattern.compile("[A-Z0-9]{2,10}");
    private static final Pattern FILE_NAME = Pattern.compile("(?!\\.)[A-Za-z0-9_.-]{1,116}\\.xml");

    public OutgoingMessage {
        requireBusinessType(businessType);
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("file name must be 1 to 120 letters, digits, '.', '_' or '-', end with"
                    + " .xml and not start with '.': " + fileName);
        }
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("empty message " + fileName);
        }
        content = content.clone();
    }

    static void requireBusinessType(String businessType) {
        if (businessType == null || !BUSINESS_TYPE.matcher(businessType).matches()) {
            throw new IllegalArgumentException("business type must be 2 to 10 upper-case letters or digits: "
                    + businessType);
        }
    }

    /** A copy of the file's bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutgoingMessage m && businessType.equals(m.businessType) && fileName.equals(m.fileName)
                && Arrays.equals(content, m.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(businessType, fileName, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "OutgoingMessage[" + businessType + "/" + fileName + ", " + content.length + " bytes]";
    }
}
