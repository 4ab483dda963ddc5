package org.tongguan.core.customs;

import java.time.Instant;
import java.util.Objects;

/**
 * The {@code EnvelopInfo} (sic) of a customs envelope. Every field is required (an empty string is allowed where a
 * message has nothing to put).
 *
 * @param version the envelope version, e.g. {@code 1.0}
 * @param businessId the business document number ({@code business_id})
 * @param messageId the unique message id ({@code message_id})
 * @param fileName the name of the file the message is sent as ({@code file_name})
 * @param messageType the message type, e.g. {@code INV101}
 * @param senderId the sender's e-port id, e.g. {@code DXPENT0000012345}
 * @param receiverId the receiver's id, e.g. {@code DXPEDCSAS0000001}
 * @param sendTime the send time; the envelope carries it to the second in Beijing time (Asia/Shanghai)
 */
public record EnvelopeInfo(String version, String businessId, String messageId, String fileName, String messageType,
        String senderId, String receiverId, Instant sendTime) {
    public EnvelopeInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(sendTime, "sendTime");
    }
}
