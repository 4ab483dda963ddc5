package org.tongguan.core.declaration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A declaration document as stored: its header values, item rows per tab, attachments and where it stands. Values
 * are strings as entered and normalized (decimals as plain text, dates yyyyMMdd); an absent key is blank.
 *
 * @param id the document's id
 * @param typeId its {@link DocumentType#id()}
 * @param enterpriseCode the 海关编码 of the enterprise it belongs to
 * @param etpsPreentNo the 企业内部编号, which is also the {@code business_id} of its messages
 * @param seqNo the 预录入统一编号 customs assigned, or null before the first import receipt
 * @param state the data state
 * @param version the optimistic-lock version: every change of header, items or attachments raises it
 * @param changeCount 变更次数
 * @param header header values by field key
 * @param items rows per tab key, in row order
 * @param attachments the 随附单据
 * @param receiptCount how many receipts arrived for it
 */
public record Document(long id, String typeId, String enterpriseCode, String etpsPreentNo, String seqNo,
        DocumentState state, long version, int changeCount, Map<String, String> header,
        Map<String, List<Item>> items, List<Attachment> attachments, int receiptCount, Instant createdAt,
        Instant updatedAt) {

    public Document {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(state, "state");
        header = Map.copyOf(header);
        items = Map.copyOf(items);
        attachments = List.copyOf(attachments);
    }

    /** The header value of {@code key}, "" when blank. */
    public String value(String key) {
        return header.getOrDefault(key, "");
    }

    /** The rows of a tab, empty when none. */
    public List<Item> items(String tab) {
        return items.getOrDefault(tab, List.of());
    }

    /** One item row. */
    public record Item(long id, Map<String, String> values) {
        public Item {
            values = Map.copyOf(values);
        }

        public String value(String key) {
            return values.getOrDefault(key, "");
        }
    }

    /** States of a 随附单据: 待上传 after 暂存, 已上传 after 上传. */
    public enum AttachmentStatus {
        PENDING, UPLOADED;

        /** Key of the status's name in the core texts. */
        public String messageKey() {
            return "attachment.status." + name();
        }
    }

    /**
     * One 随附单据.
     *
     * @param kind the 随附单证类型 code
     * @param number the 随附单证编号, may be blank
     * @param sha256 of the file, 64 hex digits
     */
    public record Attachment(long id, String kind, String number, String fileName, long size, String sha256,
            AttachmentStatus status, Instant addedAt) {
    }
}
