package org.tongguan.core.customs.wire;

import static org.tongguan.core.customs.wire.ReceiptNames.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes what the e-port client delivers, as the samples have it (docs/wire-formats.md §2, §3), for whoever plays the
 * client and customs (the simulator, tests): the first answer {@code CommonResponeMessage} in a file
 * {@code Successed_<message file>} / {@code Failed_<message file>}, and customs' unsigned {@code Package} receipts.
 * The names are those {@link WireReader} and {@link CustomsReceipt} read ({@link ReceiptNames}, {@link ReceiptCopy}).
 */
public final class ReceiptWriter {
    /** {@code sender_id} of customs' receipts (GX, XA samples). */
    public static final String CUSTOMS = "CUS0000";
    /** {@code receiver_id} of customs' receipts (GX, XA samples). */
    public static final String ENTERPRISE = "E010000";
    private static final DateTimeFormatter MESSAGE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private ReceiptWriter() {
    }

    /** The file name of the client's answer to the message file {@code messageFile}. */
    public static String answerFile(String messageFile, boolean imported) {
        return (imported ? SUCCEEDED : FAILED) + messageFile;
    }

    /**
     * The client's first answer. {@code SeqNo} is written only when there is one (a failed import has none, as
     * {@code Failed_SAS121_…} shows).
     *
     * @param seqNo the 预录入统一编号 the import got, or blank
     * @param etpsPreentNo the message's 企业内部编号
     * @param checkInfo the one text: what the client says (success or why it failed)
     * @param imported {@code DealFlag} 0, else -1
     */
    public static byte[] answer(String seqNo, String etpsPreentNo, String checkInfo, boolean imported) {
        List<WireElement> children = new ArrayList<>();
        if (seqNo != null && !seqNo.isBlank()) {
            children.add(WireElement.leaf(SEQ_NO, seqNo));
        }
        children.add(WireElement.leaf(ETPS_PREENT_NO, etpsPreentNo));
        children.add(WireElement.leaf(CHECK_INFO, checkInfo));
        children.add(WireElement.leaf(DEAL_FLAG, imported ? IMPORTED : NOT_IMPORTED));
        StringBuilder out = new StringBuilder(512).append(WireXml.DECLARATION);
        WireXml.write(out, WireElement.of(ANSWER, children), 0);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A receipt's {@code message_id} as customs makes them: sender, receiver, the time (Beijing) and an 11-digit
     * serial ({@code CUS0000E0100002024073011480300878902307}).
     */
    public static String messageId(Instant at, long serial) {
        if (serial < 0 || serial > 99_999_999_999L) {
            throw new IllegalArgumentException("serial of 11 digits: " + serial);
        }
        return CUSTOMS + ENTERPRISE + LocalDateTime.ofInstant(at, ImportMessages.CUSTOMS_ZONE).format(MESSAGE_TIME)
                + String.format("%011d", serial);
    }

    /**
     * The envelope of a receipt from customs: {@code file_name} is the message id with the family's extension
     * ({@code ….INV}), {@code business_id} left out (customs' receipts have none).
     */
    public static WireMessage.Envelope envelope(ReceiptType type, String messageId, Instant sendTime) {
        String at = LocalDateTime.ofInstant(sendTime, ImportMessages.CUSTOMS_ZONE).format(ImportMessages.SEND_TIME);
        return new WireMessage.Envelope("1.0", "", messageId, messageId + "." + type.family(), type.type(), CUSTOMS,
                ENTERPRISE, at);
    }

    /**
     * A receipt's content ({@code <INV201>}): the approval result (for a type that has one), the 检查信息 and customs'
     * copy of the document.
     *
     * @param approval the approval result; null for a type without one (INV211)
     * @param notes the {@code CheckInfo/note} texts, in order
     * @param copy field key → value of customs' copy (see {@link ReceiptCopy#element})
     * @throws IllegalArgumentException when the type has an approval result and none is given, or the reverse
     */
    public static WireElement content(ReceiptType type, CustomsReceipt.Approval approval, List<String> notes,
            Map<String, String> copy) {
        if (type.approval() != (approval != null)) {
            throw new IllegalArgumentException(type.type() + (type.approval() ? " needs" : " has no")
                    + " approval result");
        }
        List<WireElement> children = new ArrayList<>();
        if (approval != null) {
            children.add(WireElement.of(APPROVAL, List.of(
                    WireElement.leaf(A_ETPS_PREENT_NO, approval.etpsPreentNo()),
                    WireElement.leaf(A_BUSINESS_ID, approval.businessId()),
                    WireElement.leaf(A_TMS_CNT, approval.tmsCnt()),
                    WireElement.leaf(A_TYPECD, approval.typecd()),
                    WireElement.leaf(A_MANAGE_RESULT, approval.manageResult()),
                    WireElement.leaf(A_MANAGE_DATE, approval.manageDate() == null ? ""
                            : LocalDateTime.ofInstant(approval.manageDate(), ImportMessages.CUSTOMS_ZONE)
                                    .format(CustomsReceipt.MANAGE_DATE)),
                    WireElement.leaf(A_RMK, approval.rmk()))));
            // the schemas of INV201, EMS2xx and SAS201 put the checks after the result; SAS211 and SAS221 after the copy
            if (type.checksFirst()) {
                notes.forEach(n -> children.add(check(n)));
            }
        }
        children.add(type.copy().element(copy));
        if (approval != null && !type.checksFirst()) {
            notes.forEach(n -> children.add(check(n)));
        }
        return WireElement.of(type.type(), children);
    }

    private static WireElement check(String note) {
        return WireElement.of(CHECK_INFO, List.of(WireElement.leaf(NOTE, note)));
    }

    /**
     * A receipt file: {@code Package} (in the xmldsig namespace but for SAS) with its envelope, {@code PocketInfo} and
     * {@code content} in {@code BussinessData}. {@code is_unstructured} is left out: the samples write it empty, which
     * the schemas (length 1, optional) do not allow.
     *
     * @param pocket the pocket, with {@code pocket_id}
     */
    public static byte[] receipt(ReceiptType type, WireMessage.Envelope envelope, WireMessage.Pocket pocket,
            WireElement content) {
        Objects.requireNonNull(pocket, "pocket");
        Map<String, String> info = new LinkedHashMap<>();
        info.put(VERSION, envelope.version());
        if (!envelope.businessId().isBlank()) {
            info.put(BUSINESS_ID, envelope.businessId());
        }
        info.put(MESSAGE_ID, envelope.messageId());
        info.put(FILE_NAME, envelope.fileName());
        info.put(MESSAGE_TYPE, envelope.messageType());
        info.put(SENDER_ID, envelope.senderId());
        info.put(RECEIVER_ID, envelope.receiverId());
        info.put(SEND_TIME, envelope.sendTime());
        List<WireElement> env = new ArrayList<>();
        info.forEach((k, v) -> env.add(WireElement.leaf(k, v)));
        WireElement data = WireElement.of(DATA, List.of(
                WireElement.of(POCKET, List.of(WireElement.leaf(POCKET_ID, pocket.id()),
                        WireElement.leaf(POCKET_TOTAL, Integer.toString(pocket.total())),
                        WireElement.leaf(POCKET_CURRENT, Integer.toString(pocket.current())))),
                WireElement.of(BUSINESS_DATA, List.of(content))));
        StringBuilder out = new StringBuilder(8192).append(WireXml.DECLARATION).append('<').append(PACKAGE);
        if (type.xmldsig()) {
            out.append(" xmlns=\"").append(XMLDSIG).append('"');
        }
        out.append(">\n");
        WireXml.write(out, WireElement.of(ENVELOPE, env), 1);
        WireXml.write(out, data, 1);
        out.append("</").append(PACKAGE).append(">\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
