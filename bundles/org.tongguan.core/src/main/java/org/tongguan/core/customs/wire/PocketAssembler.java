package org.tongguan.core.customs.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Joins the pockets of a customs receipt: pockets with the same {@code pocket_id}, numbered 1 to
 * {@code total_pocket_qty}, are one receipt, their receipt elements' children joined in pocket order (one
 * {@code HdeApprResult}, kept from the first pocket that has it). A receipt in one pocket, or without
 * {@code PocketInfo}, is whole as it comes. Pockets are held in memory until the set is complete: whoever feeds it
 * keeps the files until then, so a restart feeds them again.
 */
public final class PocketAssembler {
    private final Map<String, TreeMap<Integer, WireMessage.ReceiptPocket>> waiting = new ConcurrentHashMap<>();

    /** The whole receipt once {@code pocket} completes it; empty while pockets are missing. */
    public Optional<CustomsReceipt> offer(WireMessage.ReceiptPocket pocket) {
        WireMessage.Pocket p = pocket.pocket();
        if (p == null || p.total() <= 1) {
            return Optional.of(new CustomsReceipt(pocket.envelope(), pocket.content(), List.of(pocket.fileName())));
        }
        synchronized (waiting) {
            TreeMap<Integer, WireMessage.ReceiptPocket> set = waiting.computeIfAbsent(p.id(), id -> new TreeMap<>());
            set.put(p.current(), pocket); // a pocket delivered twice counts once
            if (set.size() < p.total() || set.firstKey() != 1 || set.lastKey() != p.total()) {
                return Optional.empty();
            }
            waiting.remove(p.id());
            List<WireElement> children = new ArrayList<>();
            List<String> files = new ArrayList<>();
            boolean result = false;
            for (WireMessage.ReceiptPocket part : set.values()) {
                files.add(part.fileName());
                for (WireElement c : part.content().children()) {
                    boolean isResult = ReceiptNames.APPROVAL.equals(c.name());
                    if (!(isResult && result)) {
                        children.add(c);
                    }
                    result |= isResult;
                }
            }
            WireMessage.ReceiptPocket first = set.firstEntry().getValue();
            return Optional.of(new CustomsReceipt(first.envelope(),
                    WireElement.of(first.content().name(), children), files));
        }
    }

    /** How many receipts wait for pockets. */
    public int waiting() {
        return waiting.size();
    }
}
