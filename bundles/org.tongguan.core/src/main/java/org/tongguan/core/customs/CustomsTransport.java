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

    /**
     * Whether the e-port client behind this transport signs what it takes (signing mode "eport"): the product then
     * writes the import skeleton with the card number as {@code KeyName} and {@code Ic_Card} and empty digest and
     * signature ({@link org.tongguan.core.customs.wire.ImportMessages#skeleton}), and asks no PIN. When false (the
     * default, mode "product"), the product signs with the card through the {@link Signer} SPI.
     */
    default boolean clientSigns() {
        return false;
    }

    /** File names of {@code businessType}'s messages queued but not yet taken by the e-port side, sorted. */
    List<String> pending(String businessType);

    /** File names of {@code businessType}'s messages the e-port side could not send, sorted. */
    List<String> failed(String businessType);

    /**
     * Whether a message of this file name was queued before (waiting, sent or not sendable): a message committed for
     * sending whose hand-over a crash interrupted may be with the transport already and must not go twice. By default
     * whether it is among {@link #pending} or {@link #failed}; a transport that knows what it sent says so too.
     */
    default boolean queued(String businessType, String fileName) {
        return pending(businessType).contains(fileName) || failed(businessType).contains(fileName);
    }

    /**
     * 申请回执补发: asks the e-port side to send again the receipts of a message it took (they are overdue). The
     * receipts come back as any receipt does; one already taken is taken once. Returns once the request is durably
     * queued.
     *
     * @throws UnsupportedOperationException when this transport cannot ask (the default)
     * @throws java.io.UncheckedIOException when the request could not be queued
     */
    default void requestReceipts(String businessType, ReceiptRequest request) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot ask for receipts again");
    }

    /**
     * 重新发送 of a message the e-port side could not send ({@link #failed}): queued again as it was signed, under its
     * name, so nothing is signed again.
     *
     * @return false when the message is not among those the e-port side could not send (the default: a transport
     *         that keeps none)
     * @throws java.io.UncheckedIOException when it could not be queued again; it stays where it was then
     */
    default boolean resendFailed(String businessType, String fileName) {
        return false;
    }
}
