package org.tongguan.core.customs.wire;

import java.util.Map;
import java.util.Set;
import org.tongguan.core.declaration.DocumentEvent;

/**
 * The one table from what the e-port client and customs answer to the lifecycle event of the document
 * (DOMAIN-AREAS.md §0.4, PB-R {@code ReceiptKindConstant}; the samples in docs/wire-formats.md), with a priority: a
 * receipt of lower priority than one already applied to the same declaration is kept but changes nothing, so a
 * late 入库成功 cannot undo an approval.
 *
 * <p>Priorities: 0 kept only; 1 the client's answer and 入库 (Y/Z); 2 转人工, 退单; 3 通过; 4 核扣 / 过卡.
 */
public final class ReceiptOutcomes {
    /**
     * What an answer does.
     *
     * @param event the lifecycle event, or null when the receipt is kept and shown but moves nothing
     * @param priority see the class comment
     * @param known whether the table knows this message type and result (an unknown one is logged once)
     */
    public record Outcome(DocumentEvent event, int priority, boolean known) {
        /** Whether this outcome may be applied after one of {@code appliedPriority}. */
        public boolean supersedes(int appliedPriority) {
            return event != null && priority >= appliedPriority;
        }
    }

    static final Outcome RECEIVED = new Outcome(null, 0, true);
    static final Outcome UNKNOWN = new Outcome(null, 0, false);
    private static final Outcome STORED = new Outcome(DocumentEvent.IMPORT_ACCEPTED, 1, true);
    private static final Outcome STORE_FAILED = new Outcome(DocumentEvent.SEND_FAILED, 1, true);
    private static final Outcome TO_MANUAL = new Outcome(DocumentEvent.TO_MANUAL, 2, true);
    private static final Outcome RETURNED = new Outcome(DocumentEvent.RETURN, 2, true);
    private static final Outcome APPROVED = new Outcome(DocumentEvent.APPROVE, 3, true);
    private static final Outcome RELEASED = new Outcome(DocumentEvent.RELEASE, 4, true);

    /** The approval receipts: 1 通过, 2 转人工, 3 退单, Y 入库成功, Z 入库失败. */
    private static final Set<String> APPROVALS = Set.of("SAS201", "SAS211", "SAS221", "SAS231", "EMS201", "EMS211",
            "INV201", "BWS201", "CMB201", "OPL201");
    private static final Map<String, Outcome> APPROVAL = Map.of("1", APPROVED, "2", TO_MANUAL, "3", RETURNED,
            "Y", STORED, "Z", STORE_FAILED);

    /** Message type → manageResult → outcome, where it is not {@link #APPROVAL}. */
    private static final Map<String, Map<String, Outcome>> SPECIAL = Map.of(
            // INV201.xml (GX, 2024): 4 with bondInvtNo assigned and vrfdedMarkcd 1 预核扣 in customs' copy
            "INV201", Map.of("4", APPROVED),
            // 报核: 2 报核通过, 3 报核退单, A 报核转人工确认; 5/6/7/B are 核算 steps, kept
            "EMS221", Map.of("2", APPROVED, "3", RETURNED, "A", TO_MANUAL, "Y", STORED, "Z", STORE_FAILED,
                    "5", RECEIVED, "6", RECEIVED, "7", RECEIVED, "B", RECEIVED),
            // 核扣: customs' copy with vrfdedMarkcd 2 已核扣, no HdeApprResult
            "INV211", Map.of("", RELEASED),
            // 报关单 generated from a list (InvApprResult): kept
            "INV202", Map.of("0", RECEIVED, "1", RECEIVED),
            // 过卡: 1 已过卡, 2 未过卡
            "SAS223", Map.of("1", RELEASED, "2", RECEIVED),
            // 查验处置 (GX SAS224.xml: 3, after the 过卡): what customs decided at the inspection, kept and shown on the
            // document by its type; the lifecycle has no step for it (the meaning of each result is not public)
            "SAS224", Map.of("1", RECEIVED, "2", RECEIVED, "3", RECEIVED));

    private ReceiptOutcomes() {
    }

    /** The outcome of a customs receipt of {@code messageType} with {@code manageResult} (empty when it has none). */
    public static Outcome of(String messageType, String manageResult) {
        Outcome special = SPECIAL.getOrDefault(messageType, Map.of()).get(manageResult);
        if (special != null) {
            return special;
        }
        if (APPROVALS.contains(messageType)) {
            return APPROVAL.getOrDefault(manageResult, UNKNOWN);
        }
        return UNKNOWN;
    }

    /**
     * The {@code manageResult} that makes a receipt of {@code messageType} the {@code event}: the table read
     * backwards, for whoever writes receipts (the simulator). Where several results mean the event, the general one
     * (e.g. INV201 1 通过, not 4).
     *
     * @throws IllegalArgumentException when no result of that receipt type means the event
     */
    public static String manageResult(String messageType, DocumentEvent event) {
        if (APPROVALS.contains(messageType)) {
            for (Map.Entry<String, Outcome> e : new java.util.TreeMap<>(APPROVAL).entrySet()) {
                if (e.getValue().event() == event) {
                    return e.getKey();
                }
            }
        }
        return new java.util.TreeMap<>(SPECIAL.getOrDefault(messageType, Map.of())).entrySet().stream()
                .filter(e -> e.getValue().event() == event).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no manageResult of " + messageType + " is " + event));
    }

    /** The outcome of the e-port client's first answer: DealFlag 0 imported (入库), else 申报失败. */
    public static Outcome answer(WireMessage.EportAnswer answer) {
        return answer.accepted() ? STORED : STORE_FAILED;
    }
}
