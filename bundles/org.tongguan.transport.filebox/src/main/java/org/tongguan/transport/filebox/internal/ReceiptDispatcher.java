package org.tongguan.transport.filebox.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.tongguan.core.customs.IncomingMessage;
import org.tongguan.core.customs.ReceiptListener;

/**
 * The {@link ReceiptListener} services (whiteboard) and the business types each wants, from the service property
 * {@value ReceiptListener#BUSINESS_TYPE}: absent means every type; a string or several strings name the types.
 */
final class ReceiptDispatcher implements Filebox.Delivery {
    /** Listener → the types it takes; an empty set means all. */
    private final Map<ReceiptListener, Set<String>> listeners = new ConcurrentHashMap<>();

    void add(ReceiptListener listener, Map<String, ?> properties) {
        listeners.put(listener, businessTypes(properties.get(ReceiptListener.BUSINESS_TYPE)));
    }

    void remove(ReceiptListener listener) {
        listeners.remove(listener);
    }

    /**
     * Offers {@code receipt} to every listener that takes its business type, each once, even when an earlier one
     * fails.
     *
     * @return false when no listener takes this business type
     * @throws ReceiptNotTakenException when at least one listener threw: its exception is the cause, further ones
     *         are suppressed
     */
    @Override
    public boolean deliver(IncomingMessage receipt) throws ReceiptNotTakenException {
        Filebox.Outcome outcome = deliverAll(List.of(receipt));
        if (!outcome.claimed()) {
            return false;
        }
        Exception failure = outcome.failures().get(0);
        if (failure != null) {
            throw (ReceiptNotTakenException) failure;
        }
        return true;
    }

    /**
     * Offers {@code receipts} (of one business type) together to every listener that takes their type, each once, even
     * when an earlier one fails; a receipt any listener did not take fails with a {@link ReceiptNotTakenException}
     * (the first listener's exception its cause, further ones suppressed).
     */
    @Override
    public Filebox.Outcome deliverAll(List<IncomingMessage> receipts) {
        if (receipts.isEmpty()) {
            return new Filebox.Outcome(true, List.of());
        }
        String type = receipts.get(0).businessType();
        List<ReceiptListener> targets = new ArrayList<>();
        listeners.forEach((listener, types) -> {
            if (types.isEmpty() || types.contains(type)) {
                targets.add(listener);
            }
        });
        if (targets.isEmpty()) {
            return Filebox.Outcome.UNCLAIMED;
        }
        Map<IncomingMessage, ReceiptNotTakenException> failures = new java.util.IdentityHashMap<>();
        for (ReceiptListener listener : targets) {
            Map<IncomingMessage, ? extends Throwable> failed;
            try {
                failed = listener.onReceipts(receipts);
            } catch (Exception | LinkageError e) { // LinkageError: a listener's bundle being updated
                Map<IncomingMessage, Throwable> all = new java.util.IdentityHashMap<>();
                receipts.forEach(r -> all.put(r, e));
                failed = all;
            }
            failed.forEach((receipt, e) -> {
                ReceiptNotTakenException f = failures.get(receipt);
                if (f == null) {
                    failures.put(receipt, new ReceiptNotTakenException(receipt, listener, e));
                } else {
                    f.addSuppressed(e);
                }
            });
        }
        List<Exception> perReceipt = new ArrayList<>(receipts.size());
        receipts.forEach(r -> perReceipt.add(failures.get(r)));
        return new Filebox.Outcome(true, perReceipt);
    }

    private static Set<String> businessTypes(Object property) {
        if (property == null) {
            return Set.of();
        }
        Collection<?> values = property instanceof String[] a ? Arrays.asList(a)
                : property instanceof Collection<?> c ? c : List.of(property);
        return values.stream().map(String::valueOf).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A receipt listener threw. */
    static final class ReceiptNotTakenException extends Exception {
        private static final long serialVersionUID = 1L;

        ReceiptNotTakenException(IncomingMessage receipt, ReceiptListener listener, Throwable cause) {
            super("receipt listener " + listener.getClass().getName() + " failed on " + receipt.businessType() + "/"
                    + receipt.fileName(), cause);
        }
    }
}
