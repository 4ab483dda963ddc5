package org.tongguan.core.customs;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service that receives the receipts a {@link CustomsTransport} brings back. The core registers one to
 * route receipts to the owning area; an area may register its own.
 *
 * <p>Register with the service property {@value #BUSINESS_TYPE} (e.g. {@code customs.businessType=INV}) to receive
 * only the receipts of that e-port folder; without it a listener receives every receipt.
 *
 * <p>Delivery is at least once, with duplicates filtered by content: a receipt is done once every listener it is
 * offered to has returned normally. If any listener throws, the receipt is offered again later to every listener it
 * goes to, including those that already took it; after a crash between delivery and bookkeeping it may be offered
 * once more. A receipt whose bytes were already processed (the e-port client sends some twice) is not offered again.
 * So a listener must be idempotent per receipt content ({@link IncomingMessage#sha256()} is a natural key) and should
 * throw only when a later attempt may succeed.
 */
@ConsumerType
public interface ReceiptListener {
    /** Service property limiting a listener to one business type's receipts. */
    String BUSINESS_TYPE = "customs.businessType";

    /**
     * Takes one receipt. Returning normally means it is handled (stored, or safely ignored); throwing means "offer it
     * again later".
     */
    void onReceipt(IncomingMessage receipt) throws Exception;

    /**
     * Takes several receipts of one business type that arrived together, in the order given; by default each as
     * {@link #onReceipt} does, one after the other. A listener may take them together (in one transaction, say), with
     * the same effect as one by one.
     *
     * @return the receipts not taken, each with the reason (as if {@link #onReceipt} had thrown it): they are offered
     *         again later; empty when all were taken
     */
    default java.util.Map<IncomingMessage, Exception> onReceipts(java.util.List<IncomingMessage> receipts) {
        java.util.Map<IncomingMessage, Exception> failed = new java.util.LinkedHashMap<>();
        for (IncomingMessage r : receipts) {
            try {
                onReceipt(r);
            } catch (Exception e) {
                failed.put(r, e);
            }
        }
        return failed;
    }
}
