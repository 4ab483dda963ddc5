package org.tongguan.customs.simulator.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tongguan.core.customs.wire.CustomsReceipt;
import org.tongguan.core.customs.wire.ReceiptCopy;
import org.tongguan.core.customs.wire.ReceiptOutcomes;
import org.tongguan.core.customs.wire.ReceiptType;
import org.tongguan.core.customs.wire.ReceiptWriter;
import org.tongguan.core.customs.wire.WireMessage;
import org.tongguan.core.customs.wire.WireNames;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.customs.simulator.CheckInfo;
import org.tongguan.customs.simulator.Verdict;

/**
 * What the simulated e-port client and customs answer a taken message with, in the real formats
 * ({@link ReceiptWriter}, docs/wire-formats.md §2–§3): the client's {@code Successed_} / {@code Failed_} answer and
 * customs' {@code Package} receipts, unsigned as the samples are.
 */
final class Answers {
    /** The client's text for an imported message (XA 处理成功回执). */
    static final String IMPORTED = "处理成功";
    private static final java.util.regex.Pattern IMPORT_DATE = java.util.regex.Pattern.compile(
            "(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])");

    /**
     * A receipt from customs.
     *
     * @param stem its file name in InBox without {@code .xml}: its {@code message_id}
     * @param summary what the console's recent list and the log say of it
     */
    record Receipt(String stem, byte[] bytes, String summary) {
    }

    private Answers() {
    }

    /** The file name stem of the client's answer to the message file {@code messageFile}. */
    static String answerStem(String messageFile, boolean imported) {
        String name = ReceiptWriter.answerFile(messageFile, imported);
        return name.endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
    }

    /** The client's answer: imported with the 预录入统一编号, or refused with the reason. */
    static byte[] answer(String seqNo, String etpsPreentNo, CheckInfo refusal) {
        return ReceiptWriter.answer(seqNo, etpsPreentNo, refusal == null ? IMPORTED : refusal.toString(),
                refusal == null);
    }

    /** What the client says when a rule refused the message at import: its checks, in one text. */
    static CheckInfo refusal(Verdict v) {
        if (v.checks().isEmpty()) {
            return new CheckInfo(CustomsDesk.RULE_FAILED_CODE, "导入失败");
        }
        CheckInfo first = v.checks().get(0);
        String rest = v.checks().stream().skip(1).map(CheckInfo::toString).collect(Collectors.joining("；"));
        return rest.isEmpty() ? first : new CheckInfo(first.code(), first.text() + "；" + rest);
    }

    /**
     * Customs' approval receipt of a declared message, dated {@code due}: {@code HdeApprResult} with the verdict's
     * result (its {@code manageResult} from {@link ReceiptOutcomes}), its checks as {@code CheckInfo/note}, and
     * customs' copy of the document: the message's header fields by key, the number customs assigned, the
     * 预录入统一编号 and the 企业内部编号.
     *
     * @param head the message's header fields, by element name
     * @param serial what makes its message id unique among the receipts of that second
     */
    static Receipt approval(ReceiptType type, String messageType, Map<String, String> head, Verdict v, String seqNo,
            String etpsPreentNo, Instant due, long serial) {
        Map<String, String> copy = copy(type.copy(), messageType, head, seqNo, etpsPreentNo);
        String number = v.assignedNumbers().values().stream().findFirst().orElse(null);
        if (number != null && type.copy().assigned() != null) {
            copy.put(type.copy().assigned(), number);
        }
        if (v.result() == Verdict.Result.APPROVED) {
            copy.putAll(type.marks(due)); // e.g. 预核扣 as INV201.xml has it, 已审批 as SAS221.xml
        }
        String manageResult = ReceiptOutcomes.manageResult(type.type(), event(v.result()));
        CustomsReceipt.Approval approval = new CustomsReceipt.Approval(seqNo, businessId(type, copy),
                copy.getOrDefault("chgTmsCnt", "0"), field(messageType, head, "dclTypecd"), manageResult, due,
                v.result().nameZh());
        StringBuilder summary = new StringBuilder(type.type()).append(' ').append(v.result().nameZh());
        v.checks().forEach(c -> summary.append(' ').append(c));
        if (number != null) {
            summary.append(' ').append(type.copy().assigned()).append('=').append(number);
        }
        return receipt(type, approval, v.checks().stream().map(CheckInfo::toString).toList(), copy, seqNo, due,
                serial, summary.toString());
    }

    /**
     * The receipt that follows an approval: customs' copy with what the release says ({@link ReceiptType#marks}): the
     * 核扣 of a 核注清单 (INV211, {@code vrfdedMarkcd} 2 已核扣, no approval result), the 过卡 of a 核放单 (SAS223,
     * {@code stucd} 2 已过卡 at {@code due}, with {@code HdeApprResult} 1).
     *
     * @param number the number the approval assigned, if any
     */
    static Receipt release(ReceiptType type, String messageType, Map<String, String> head, String number,
            String seqNo, String etpsPreentNo, Instant due, long serial) {
        Map<String, String> copy = copy(type.copy(), messageType, head, seqNo, etpsPreentNo);
        if (number != null && type.copy().assigned() != null) {
            copy.put(type.copy().assigned(), number);
        }
        copy.putAll(type.marks(due));
        CustomsReceipt.Approval approval = type.approval() ? new CustomsReceipt.Approval(seqNo,
                businessId(type, copy), copy.getOrDefault("chgTmsCnt", "0"), field(messageType, head, "dclTypecd"),
                ReceiptOutcomes.manageResult(type.type(), DocumentEvent.RELEASE), due, "") : null;
        return receipt(type, approval, List.of(), copy, seqNo, due, serial, type.type() + " "
                + (type.copy() == ReceiptCopy.BOND_INVT ? "已核扣" : "已过卡"));
    }

    private static Receipt receipt(ReceiptType type, CustomsReceipt.Approval approval, List<String> notes,
            Map<String, String> copy, String seqNo, Instant due, long serial, String summary) {
        String messageId = ReceiptWriter.messageId(due, serial);
        String businessId = businessId(type, copy);
        // GX: "<customs number>-<32 hex>"; the hex from the message id, so a receipt written again is the same
        String pocketId = (businessId.isEmpty() ? seqNo : businessId) + "-"
                + UUID.nameUUIDFromBytes(messageId.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString()
                        .replace("-", "");
        byte[] bytes = ReceiptWriter.receipt(type, ReceiptWriter.envelope(type, messageId, due),
                new WireMessage.Pocket(pocketId, 1, 1), ReceiptWriter.content(type, approval, notes, copy));
        return new Receipt(messageId, bytes, summary);
    }

    /** The copy's customs number: its first field (bondInvtNo, etArcrpNo, emsNo, bwsNo). */
    private static String businessId(ReceiptType type, Map<String, String> copy) {
        return copy.getOrDefault(type.copy().order().get(0), "");
    }

    private static Map<String, String> copy(ReceiptCopy c, String messageType, Map<String, String> head, String seqNo,
            String etpsPreentNo) {
        Map<String, String> copy = new HashMap<>();
        head.forEach((element, value) -> copy.put(WireNames.key(messageType, element), value));
        copy.keySet().retainAll(c.order());
        // the import writes dates yyyyMMdd, customs' copies yyyy-MM-dd (e.g. SasDclBsc validTime, an xs:date)
        copy.replaceAll((key, value) -> IMPORT_DATE.matcher(value).matches() && (key.endsWith("Time")
                || key.endsWith("Date")) ? value.substring(0, 4) + "-" + value.substring(4, 6) + "-"
                        + value.substring(6) : value);
        copy.putIfAbsent("chgTmsCnt", "0");
        if (c.preent() != null) {
            copy.put(c.preent(), seqNo);
        }
        if (c.inner() != null) {
            copy.put(c.inner(), etpsPreentNo);
        }
        return copy;
    }

    private static String field(String messageType, Map<String, String> head, String key) {
        return head.getOrDefault(WireNames.element(messageType, key), head.getOrDefault(key, ""));
    }

    /** The lifecycle event a verdict is, for the table {@link ReceiptOutcomes}. */
    static DocumentEvent event(Verdict.Result result) {
        return switch (result) {
            case APPROVED -> DocumentEvent.APPROVE;
            case MANUAL -> DocumentEvent.TO_MANUAL;
            case RETURNED -> DocumentEvent.RETURN;
            case REFUSED -> throw new IllegalArgumentException("a refused message gets no receipt");
        };
    }
}
