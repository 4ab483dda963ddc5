package org.tongguan.core.declaration;

import static org.tongguan.core.declaration.DocumentState.ACCEPTED;
import static org.tongguan.core.declaration.DocumentState.APPROVED;
import static org.tongguan.core.declaration.DocumentState.DECLARED;
import static org.tongguan.core.declaration.DocumentState.DECLARE_FAILED;
import static org.tongguan.core.declaration.DocumentState.DRAFT;
import static org.tongguan.core.declaration.DocumentState.MANUAL;
import static org.tongguan.core.declaration.DocumentState.RETURNED;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;

/**
 * The one lifecycle of every declaration document (manuals 000 §四, 003 第三篇): 暂存 → 已申报 → 入库成功 | 申报失败 →
 * 海关终审通过 | 海关退单 | 转人工; 修改 and 删除 only in 暂存, 申报失败 and 海关退单; 变更 only after 海关终审通过;
 * 申请回执补发 while it waits for customs (已申报, 入库成功, 转人工); 重新发送 of 已申报 or 申报失败 whose message never
 * reached customs.
 * Services ask it before every state change, so the rule holds whatever the UI shows. Which event a receipt is
 * (its type and {@code manageResult}) is the one table {@link org.tongguan.core.customs.wire.ReceiptOutcomes}.
 */
public final class Lifecycle {
    /** The states in which the clerk may still change or delete the document. */
    public static final Set<DocumentState> EDITABLE = Set.of(DRAFT, DECLARE_FAILED, RETURNED);
    /** The states in which the document waits for a receipt from customs. */
    public static final Set<DocumentState> WAITING = Set.of(DECLARED, ACCEPTED, MANUAL);

    private static final Map<DocumentEvent, Map<DocumentState, DocumentState>> MOVES = new EnumMap<>(DocumentEvent.class);

    static {
        for (DocumentState s : EDITABLE) {
            move(DocumentEvent.EDIT, s, DRAFT);
            move(DocumentEvent.DECLARE, s, DECLARED);
        }
        move(DocumentEvent.SEND_FAILED, DECLARED, DECLARE_FAILED);
        move(DocumentEvent.IMPORT_ACCEPTED, DECLARED, ACCEPTED);
        // a business receipt may overtake the import receipt on the e-port: it decides all the same
        for (DocumentState s : new DocumentState[] {DECLARED, ACCEPTED, MANUAL}) {
            move(DocumentEvent.APPROVE, s, APPROVED);
            move(DocumentEvent.RETURN, s, RETURNED);
        }
        move(DocumentEvent.TO_MANUAL, DECLARED, MANUAL);
        move(DocumentEvent.TO_MANUAL, ACCEPTED, MANUAL);
        move(DocumentEvent.CHANGE, APPROVED, DRAFT);
        move(DocumentEvent.RELEASE, APPROVED, APPROVED);
        // while it waits for customs, its receipts may be asked for again (the service checks they are overdue)
        for (DocumentState s : WAITING) {
            move(DocumentEvent.REQUEST_RECEIPTS, s, s);
        }
        // a message that never reached customs goes again (the service checks it did not)
        move(DocumentEvent.RESEND, DECLARED, DECLARED);
        move(DocumentEvent.RESEND, DECLARE_FAILED, DECLARED);
    }

    private Lifecycle() {
    }

    private static void move(DocumentEvent event, DocumentState from, DocumentState to) {
        MOVES.computeIfAbsent(event, e -> new EnumMap<>(DocumentState.class)).put(from, to);
    }

    /** The state after {@code event}, if the event is allowed in {@code from}. DELETE has no next state. */
    public static Optional<DocumentState> next(DocumentState from, DocumentEvent event) {
        if (event == DocumentEvent.DELETE) {
            return Optional.empty();
        }
        return Optional.ofNullable(MOVES.getOrDefault(event, Map.of()).get(from));
    }

    public static boolean allows(DocumentState from, DocumentEvent event) {
        return event == DocumentEvent.DELETE ? EDITABLE.contains(from) : next(from, event).isPresent();
    }

    /**
     * The state after {@code event}; refuses a move the lifecycle does not allow with a message naming the state and
     * the action (e.g. 当前状态“已申报”不允许“修改”).
     */
    public static DocumentState apply(DocumentState from, DocumentEvent event) {
        if (!allows(from, event)) {
            throw new RuleViolation("lifecycle.refused", new Messages.Key(from.messageKey()),
                    new Messages.Key("event." + event.name()));
        }
        return event == DocumentEvent.DELETE ? from : next(from, event).orElseThrow();
    }
}
