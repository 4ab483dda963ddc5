package org.tongguan.core.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongguan.core.RuleViolation;

/** Every (state, event) pair: the allowed ones lead where the manuals say, all others are refused. */
class LifecycleTest {
    /** "FROM EVENT" → expected state (for DELETE: the state itself, as the document is then removed). */
    private static final Map<String, DocumentState> ALLOWED = Map.ofEntries(
            Map.entry("DRAFT EDIT", DocumentState.DRAFT),
            Map.entry("DECLARE_FAILED EDIT", DocumentState.DRAFT),
            Map.entry("RETURNED EDIT", DocumentState.DRAFT),
            Map.entry("DRAFT DELETE", DocumentState.DRAFT),
            Map.entry("DECLARE_FAILED DELETE", DocumentState.DECLARE_FAILED),
            Map.entry("RETURNED DELETE", DocumentState.RETURNED),
            Map.entry("DRAFT DECLARE", DocumentState.DECLARED),
            Map.entry("DECLARE_FAILED DECLARE", DocumentState.DECLARED),
            Map.entry("RETURNED DECLARE", DocumentState.DECLARED),
            Map.entry("DECLARED SEND_FAILED", DocumentState.DECLARE_FAILED),
            Map.entry("DECLARED IMPORT_ACCEPTED", DocumentState.ACCEPTED),
            Map.entry("DECLARED APPROVE", DocumentState.APPROVED),
            Map.entry("ACCEPTED APPROVE", DocumentState.APPROVED),
            Map.entry("MANUAL APPROVE", DocumentState.APPROVED),
            Map.entry("DECLARED RETURN", DocumentState.RETURNED),
            Map.entry("ACCEPTED RETURN", DocumentState.RETURNED),
            Map.entry("MANUAL RETURN", DocumentState.RETURNED),
            Map.entry("DECLARED TO_MANUAL", DocumentState.MANUAL),
            Map.entry("ACCEPTED TO_MANUAL", DocumentState.MANUAL),
            Map.entry("APPROVED CHANGE", DocumentState.DRAFT),
            // a list's release receipt (核扣): it stays approved
            Map.entry("APPROVED RELEASE", DocumentState.APPROVED),
            // 申请回执补发 while it waits for customs: it stays as it is
            Map.entry("DECLARED REQUEST_RECEIPTS", DocumentState.DECLARED),
            Map.entry("ACCEPTED REQUEST_RECEIPTS", DocumentState.ACCEPTED),
            Map.entry("MANUAL REQUEST_RECEIPTS", DocumentState.MANUAL),
            // 重新发送 of a message that never reached customs: on its way again
            Map.entry("DECLARED RESEND", DocumentState.DECLARED),
            Map.entry("DECLARE_FAILED RESEND", DocumentState.DECLARED));

    @Test
    void everyMoveIsAllowedOrRefusedAsTheManualsSay() {
        int allowed = 0;
        for (DocumentState from : DocumentState.values()) {
            for (DocumentEvent event : DocumentEvent.values()) {
                DocumentState expected = ALLOWED.get(from + " " + event);
                if (expected != null) {
                    assertTrue(Lifecycle.allows(from, event), from + " " + event);
                    assertEquals(expected, Lifecycle.apply(from, event), from + " " + event);
                    allowed++;
                } else {
                    assertFalse(Lifecycle.allows(from, event), from + " " + event);
                    RuleViolation refused = assertThrows(RuleViolation.class, () -> Lifecycle.apply(from, event),
                            from + " " + event);
                    assertEquals("lifecycle.refused", refused.key());
                }
            }
        }
        assertEquals(ALLOWED.size(), allowed);
    }

    @Test
    void editingAndDeletingOnlyWhereTheManualsAllow() {
        assertEquals(java.util.Set.of(DocumentState.DRAFT, DocumentState.DECLARE_FAILED, DocumentState.RETURNED),
                Lifecycle.EDITABLE);
    }

    @Test
    void aRefusalNamesTheStateAndTheActionInTheClerksLanguage() {
        RuleViolation r = assertThrows(RuleViolation.class,
                () -> Lifecycle.apply(DocumentState.DECLARED, DocumentEvent.EDIT));
        assertEquals("当前状态“已申报”不允许“修改”", r.getMessage());
        assertEquals("A document in state \"Declared\" does not allow \"Edit\"", r.getMessage(Locale.ENGLISH));
        RuleViolation change = assertThrows(RuleViolation.class,
                () -> Lifecycle.apply(DocumentState.DRAFT, DocumentEvent.CHANGE));
        assertEquals("当前状态“暂存”不允许“变更”", change.getMessage());
    }

    @Test
    void statesCarryTheCustomsCodes() {
        assertEquals("S", DocumentState.DRAFT.code());
        assertEquals("P", DocumentState.APPROVED.code());
        assertEquals("N", DocumentState.RETURNED.code());
    }
}
