package org.tongguan.core.customs.wire;

import static org.tongguan.core.customs.wire.ReceiptNames.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A whole customs receipt (all its pockets): the approval result, the 检查信息, and customs' copy of the document
 * (e.g. {@code BondInvtBsc}) where the numbers customs assigned are.
 *
 * @param envelope the envelope of its first pocket
 * @param content the receipt element (e.g. {@code <INV201>}), the pockets' content joined in pocket order
 * @param files the files it came in, in pocket order
 */
public record CustomsReceipt(WireMessage.Envelope envelope, WireElement content, List<String> files) {
    /** {@code manageDate}: {@code yyyy-MM-dd HH:mm:ss}, Beijing time. */
    public static final DateTimeFormatter MANAGE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final Set<String> RESULTS = Set.of(APPROVAL, INV_APPROVAL, CHECK_INFO);

    public CustomsReceipt {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(content, "content");
        files = List.copyOf(files);
    }

    /**
     * What customs decided: {@code HdeApprResult}, or for a 报关单 generated from a list (INV202) {@code InvApprResult}
     * (invPreentNo, businessId, manageResult, createDate, reason); empty for a receipt without one (INV211).
     */
    public record Approval(String etpsPreentNo, String businessId, String tmsCnt, String typecd, String manageResult,
            Instant manageDate, String rmk) {
    }

    /** The message type: {@code message_type}, or the receipt element's name. */
    public String messageType() {
        return envelope.messageType().isBlank() ? content.name() : envelope.messageType();
    }

    public Optional<Approval> approval() {
        Optional<WireElement> hde = content.child(APPROVAL);
        if (hde.isPresent()) {
            WireElement a = hde.get();
            return Optional.of(new Approval(a.text(A_ETPS_PREENT_NO), a.text(A_BUSINESS_ID), a.text(A_TMS_CNT),
                    a.text(A_TYPECD), a.text(A_MANAGE_RESULT), manageDate(a.text(A_MANAGE_DATE)), a.text(A_RMK)));
        }
        return content.child(INV_APPROVAL).map(a -> new Approval(a.text("invPreentNo"), a.text("businessId"), "",
                "", a.text("manageResult"), manageDate(a.text("createDate")), a.text("reason")));
    }

    /** {@code manageResult}, empty when the receipt has none. */
    public String manageResult() {
        return approval().map(Approval::manageResult).orElse("");
    }

    /** What the receipt does to the document: the one table. */
    public ReceiptOutcomes.Outcome outcome() {
        return ReceiptOutcomes.of(messageType(), manageResult());
    }

    /** The {@code CheckInfo/note} texts, in order, blanks left out. */
    public List<String> checks() {
        List<String> notes = new ArrayList<>();
        for (WireElement c : content.children(CHECK_INFO)) {
            String note = c.text(NOTE);
            if (!note.isEmpty()) {
                notes.add(note);
            }
        }
        return notes;
    }

    /** Customs' copy of the document and its rows: every element but the results and the checks. */
    public List<WireElement> records() {
        return content.children().stream().filter(c -> !RESULTS.contains(c.name())).toList();
    }

    /** The numbers customs assigned, by field key (e.g. {@code bondInvtNo}), as its copy of the document says. */
    public Map<String, String> numbers() {
        Map<String, String> numbers = new LinkedHashMap<>();
        for (WireElement r : records()) {
            String key = ReceiptCopy.of(r.name()).map(ReceiptCopy::assigned).orElse(null);
            if (key != null && !r.text(key).isEmpty()) {
                numbers.putIfAbsent(key, r.text(key));
            }
        }
        return numbers;
    }

    /**
     * The 预录入统一编号 the receipt answers: the approval's {@code etpsPreentNo} [sic: customs writes the 统一编号
     * there], else the copy's (e.g. {@code invtPreentNo}); empty when it names none.
     */
    public String seqNo() {
        String named = approval().map(Approval::etpsPreentNo).orElse("");
        return named.isEmpty() ? fromCopy(ReceiptCopy::preent) : named;
    }

    /** The document's 企业内部编号 as customs' copy has it (e.g. {@code etpsInnerInvtNo}); empty when none. */
    public String innerNo() {
        return fromCopy(ReceiptCopy::inner);
    }

    /** The customs number of the document: the approval's {@code businessId}, else the first assigned number. */
    public String businessId() {
        String named = approval().map(Approval::businessId).orElse("");
        return named.isEmpty() ? numbers().values().stream().findFirst().orElse("") : named;
    }

    private String fromCopy(java.util.function.Function<ReceiptCopy, String> field) {
        for (WireElement r : records()) {
            String key = ReceiptCopy.of(r.name()).map(field).orElse(null);
            if (key != null && !r.text(key).isEmpty()) {
                return r.text(key);
            }
        }
        return "";
    }

    /** A {@code manageDate} as an instant; null when blank or not in the receipts' form. */
    static Instant manageDate(String text) {
        try {
            return text.isBlank() ? null
                    : LocalDateTime.parse(text.strip(), MANAGE_DATE).atZone(ImportMessages.CUSTOMS_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
