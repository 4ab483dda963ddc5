package org.tongguan.core.internal.declaration;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongguan.core.customs.Envelopes;
import org.tongguan.core.declaration.Receipt;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the business message of a customs receipt (docs/domain.md "Messages and transport"): the import receipt
 * {@code CommonResponeMessage} (SeqNo, EtpsPreentNo, CheckInfo*, DealFlag 0 / -1) or the business receipt
 * {@code HdeApprResult} (EtpsPreentNo, BusinessId, ManageResult 1 通过 / 2 转人工 / 3 退单, ManageDate, Rmk,
 * CheckInfo*, AssignedNumber*) or the release receipt {@code HdeReleaseResult} (EtpsPreentNo, BusinessId, ManageDate,
 * Rmk, CheckInfo*, AssignedNumber*) that follows the approval of a 核注清单: 预核扣 becomes 已核扣.
 */
final class ReceiptReader {
    private static final DateTimeFormatter MANAGE_DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** What one receipt says. */
    record Parsed(Receipt.Kind kind, String seqNo, boolean accepted, String manageResult, Instant manageDate,
            String remark, List<Receipt.Check> checks, Map<String, String> numbers) {
    }

    private ReceiptReader() {
    }

    /** The receipt, or empty when the root element is neither receipt. */
    static Optional<Parsed> read(Element root) {
        String name = root.getLocalName() != null ? root.getLocalName() : root.getTagName();
        List<Receipt.Check> checks = new ArrayList<>();
        Map<String, String> numbers = new LinkedHashMap<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if ("CheckInfo".equals(e.getTagName())) {
                    checks.add(new Receipt.Check(child(e, "Code"), child(e, "Text")));
                } else if ("AssignedNumber".equals(e.getTagName())) {
                    numbers.put(e.getAttribute("kind"), e.getTextContent().trim());
                }
            }
        }
        if ("CommonResponeMessage".equals(name)) {
            return Optional.of(new Parsed(Receipt.Kind.IMPORT, blankToNull(child(root, "SeqNo")),
                    "0".equals(child(root, "DealFlag")), null, null, null, checks, numbers));
        }
        if ("HdeReleaseResult".equals(name)) {
            return Optional.of(new Parsed(Receipt.Kind.RELEASE, null, true, null,
                    manageDate(child(root, "ManageDate")), child(root, "Rmk"), checks, numbers));
        }
        if ("HdeApprResult".equals(name)) {
            return Optional.of(new Parsed(Receipt.Kind.BUSINESS, null, true, child(root, "ManageResult"),
                    manageDate(child(root, "ManageDate")), child(root, "Rmk"), checks, numbers));
        }
        return Optional.empty();
    }

    private static Instant manageDate(String text) {
        try {
            return LocalDateTime.parse(text, MANAGE_DATE).atZone(Envelopes.CUSTOMS_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getTagName())) {
                return e.getTextContent().trim();
            }
        }
        return "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
