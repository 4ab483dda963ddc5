package org.tongguan.core.customs.wire;

import java.util.Objects;

/**
 * A file the e-port client delivered, as read by {@link WireReader}: its first answer to a message, one pocket of a
 * customs receipt, or something the product does not read (kept, with the reason).
 */
public sealed interface WireMessage {
    /** The name of the file it came in. */
    String fileName();

    /**
     * The e-port client's first answer {@code CommonResponeMessage} [sic], in a file {@code Successed_<message file>}
     * or {@code Failed_<message file>}: whether the client imported the message, and the 预录入统一编号 it got.
     *
     * @param answeredFile the name of the message file it answers (the name after {@code Successed_} /
     *        {@code Failed_}), or empty when the file is named otherwise
     * @param seqNo {@code SeqNo}, the 预录入统一编号 (empty when the import failed)
     * @param etpsPreentNo {@code EtpsPreentNo}, the document's 企业内部编号 as imported
     * @param checkInfo {@code CheckInfo}: one text, e.g. why the import failed
     * @param dealFlag {@code DealFlag}: 0 imported, anything else (-1) failed
     */
    record EportAnswer(String fileName, String answeredFile, String seqNo, String etpsPreentNo, String checkInfo,
            String dealFlag) implements WireMessage {
        /** {@code DealFlag} 0. */
        public boolean accepted() {
            return "0".equals(dealFlag);
        }
    }

    /**
     * One pocket of a customs receipt: root {@code Package} (in the xmldsig namespace or in none), its envelope, its
     * {@code PocketInfo} if it has one, and the receipt element in {@code BussinessData} (e.g. {@code <INV201>}).
     *
     * @param pocket the pocket, or null when the receipt has no {@code PocketInfo} (INV202)
     */
    record ReceiptPocket(String fileName, Envelope envelope, Pocket pocket, WireElement content)
            implements WireMessage {
        public ReceiptPocket {
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * A file the product does not read: kept and reported as received, never an exception.
     *
     * @param root the root element's name, or empty when the file is not XML
     * @param reason why it is not read, for the log
     */
    record UnknownMessage(String fileName, String root, String reason) implements WireMessage {
    }

    /** The {@code EnvelopInfo} [sic] of a receipt; a missing element is empty. */
    record Envelope(String version, String businessId, String messageId, String fileName, String messageType,
            String senderId, String receiverId, String sendTime) {
    }

    /**
     * {@code PocketInfo}: a receipt may come in several pockets with the same id.
     *
     * @param id {@code pocket_id}
     * @param total {@code total_pocket_qty}
     * @param current {@code cur_pocket_no}, from 1
     */
    record Pocket(String id, int total, int current) {
    }
}
