package org.tongguan.core.customs;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Sends messages to customs and brings their receipts back to the {@link ReceiptListener} services. The highest
 * service ranking wins where several are registered (e.g. the filebox transport for an e-port client folder, or the
 * customs simulator).
 */
@ProviderType
public interface CustomsTransport {
    /**
     * Queues {@code message} for sending. Returns once the message is durably queued: a crash after this returns does
     * not lose it. If a message of that file name was already queued or sent, the transport sends it under a new
     * suffix (a resent document gets a new one). The name is also in the signed {@code EnvelopInfo/file_name}, so
     * callers should pick a fresh name before signing; the renaming here only keeps a resend from overwriting or
     * being refused.
     *
     * @throws java.io.UncheckedIOException when the message could not be queued; nothing was queued then
     */
    void send(OutgoingMessage message);

    /**
     * Queues several messages, each as {@link #send} does, durably together where the transport can (one force of a
     * folder for them all rather than one each); by default one after the other.
     *
     * @return the messages not queued, each with the reason (as {@link #send} would have thrown it): nothing of them
     *         was queued; empty when all were
     */
    default java.util.Map<OutgoingMessage, RuntimeException> sendAll(List<OutgoingMessage> messages) {
        java.util.Map<OutgoingMessage, RuntimeException> failed = new java.util.LinkedHashMap<>();
        for (OutgoingMessage m : messages) {
            try {
                send(m);
            } catch (RuntimeException e) {
                failed.put(m, e);
            }
        }
        return failed;
    }

    /** File names of {@code businessType}'s messages queued but not yet taken by the e-port side, sorted. */
    List<String> pending(String businessType);

    /** File names of {@code businessType}'s messages the e-port side could not send, sorted. */
    List<String> failed(String businessType);
}
