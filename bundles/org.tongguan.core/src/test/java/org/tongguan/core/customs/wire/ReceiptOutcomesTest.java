package org.tongguan.core.customs.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tongguan.core.declaration.DocumentEvent;

class ReceiptOutcomesTest {
    @Test
    void approvalReceipts() {
        for (String type : new String[] {"INV201", "SAS221", "EMS201", "EMS211"}) {
            assertEquals(DocumentEvent.APPROVE, ReceiptOutcomes.of(type, "1").event(), type);
            assertEquals(DocumentEvent.TO_MANUAL, ReceiptOutcomes.of(type, "2").event(), type);
            assertEquals(DocumentEvent.RETURN, ReceiptOutcomes.of(type, "3").event(), type);
            assertEquals(DocumentEvent.IMPORT_ACCEPTED, ReceiptOutcomes.of(type, "Y").event(), type);
            assertEquals(DocumentEvent.SEND_FAILED, ReceiptOutcomes.of(type, "Z").event(), type);
        }
        assertEquals(DocumentEvent.APPROVE, ReceiptOutcomes.of("EMS221", "2").event(), "报核通过");
        assertEquals(DocumentEvent.RETURN, ReceiptOutcomes.of("EMS221", "3").event(), "报核退单");
        assertEquals(DocumentEvent.TO_MANUAL, ReceiptOutcomes.of("EMS221", "A").event());
        assertTrue(ReceiptOutcomes.of("EMS221", "5").known());
        assertEquals(null, ReceiptOutcomes.of("EMS221", "5").event());
        assertFalse(ReceiptOutcomes.of("EMS221", "1").known());
    }

    @Test
    void aLateReceiptCannotUndoALaterState() {
        ReceiptOutcomes.Outcome stored = ReceiptOutcomes.of("INV201", "Y");
        ReceiptOutcomes.Outcome approved = ReceiptOutcomes.of("INV201", "1");
        ReceiptOutcomes.Outcome released = ReceiptOutcomes.of("INV211", "");
        assertTrue(approved.supersedes(stored.priority()));
        assertFalse(stored.supersedes(approved.priority()), "入库成功 after 通过 changes nothing");
        assertFalse(ReceiptOutcomes.of("INV201", "3").supersedes(approved.priority()));
        assertTrue(released.supersedes(approved.priority()));
        assertFalse(approved.supersedes(released.priority()));
        assertFalse(ReceiptOutcomes.of("SAS224", "3").supersedes(0), "kept only: moves nothing");
    }

    @Test
    void aReleaseSlipIsApprovedThenPassesTheGateAndAnInspectionIsKept() {
        assertEquals(DocumentEvent.APPROVE, ReceiptOutcomes.of("SAS221", "1").event());
        assertEquals(DocumentEvent.RELEASE, ReceiptOutcomes.of("SAS223", "1").event(), "已过卡");
        assertEquals(null, ReceiptOutcomes.of("SAS223", "2").event(), "未过卡: kept");
        assertTrue(ReceiptOutcomes.of("SAS224", "3").known());
        assertEquals(null, ReceiptOutcomes.of("SAS224", "3").event());
        assertEquals("1", ReceiptOutcomes.manageResult("SAS223", DocumentEvent.RELEASE));
        assertEquals(ReceiptType.SAS221, ReceiptType.answering("SAS121").orElseThrow().approval());
        assertEquals(ReceiptType.SAS223, ReceiptType.answering("SAS121").orElseThrow().release());
    }
}
