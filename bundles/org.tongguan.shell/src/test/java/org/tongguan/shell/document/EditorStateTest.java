package org.tongguan.shell.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.Messages;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentAction;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;

/** The editor's button bar as the manuals have it, state by state, for a clerk who may change and one who may not. */
class EditorStateTest {
    private static final DocumentAction CONFIRM = new DocumentAction("confirm", "t", Set.of(DocumentState.APPROVED));

    /** A type with one entered tab, 变更 and one action of 海关终审通过. */
    private static DocumentType type(String changeCountKey, boolean derivedOnly) {
        return new DocumentType() {
            @Override public String id() { return "t"; }
            @Override public Messages messages() { return Messages.CORE; }
            @Override public String titleKey() { return "t"; }
            @Override public String permission() { return "t"; }
            @Override public ImportLayout layout() { return ImportLayout.INV101; }
            @Override public String businessType() { return "T"; }
            @Override public List<FieldSpec> header() { return List.of(); }
            @Override public String enterpriseKey() { return "e"; }
            @Override public String changeCountKey() { return changeCountKey; }
            @Override public List<DocumentAction> actions() { return List.of(CONFIRM); }

            @Override
            public List<ItemTab> tabs() {
                ItemTab t = new ItemTab("items", "t", "InvtListType", List.of(), null, List.of());
                return List.of(derivedOnly ? t.asDerived() : t);
            }
        };
    }

    private static Document doc(DocumentState state, int receipts) {
        return new Document(1, "t", "6101000001", "QYZZ1", null, state, 0, 0, Map.of(), Map.of(), List.of(), receipts,
                Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void aNewDocumentCanOnlyBeSaved() {
        EditorState s = new EditorState(type("chg", false), true, null, true);
        assertTrue(s.canCreate() && s.canSave() && s.editable());
        assertFalse(s.canDelete() || s.canCopy() || s.canDeclare() || s.canImport() || s.canPrintNow()
                || s.canReadReceipts() || s.canChange() || s.asksFollowUps() || s.canPerform(CONFIRM));
    }

    @Test
    void eachStateOffersWhatTheLifecycleAllows() {
        DocumentType type = type("chg", false);
        for (DocumentState state : DocumentState.values()) {
            EditorState s = new EditorState(type, true, doc(state, 1), true);
            boolean editable = state == DocumentState.DRAFT || state == DocumentState.DECLARE_FAILED
                    || state == DocumentState.RETURNED;
            assertEquals(editable, s.canSave(), state.name());
            assertEquals(editable, s.canDelete(), state.name());
            assertEquals(editable, s.canDeclare(), state.name());
            assertEquals(editable, s.canImport(), state.name());
            assertEquals(state == DocumentState.APPROVED, s.canChange(), state.name());
            assertEquals(state == DocumentState.APPROVED, s.canPerform(CONFIRM), state.name());
            assertTrue(s.canCopy() && s.canPrintNow() && s.canReadReceipts(), state.name());
            assertEquals(state == DocumentState.DECLARED || state == DocumentState.ACCEPTED
                    || state == DocumentState.MANUAL || state == DocumentState.DECLARE_FAILED, s.asksFollowUps(),
                    state.name());
        }
    }

    @Test
    void aReaderChangesNothingButReadsAndPrints() {
        EditorState s = new EditorState(type("chg", false), false, doc(DocumentState.DRAFT, 1), true);
        assertFalse(s.canCreate() || s.canSave() || s.canDelete() || s.canCopy() || s.canDeclare() || s.editable()
                || s.asksFollowUps());
        assertTrue(s.canPrintNow() && s.canReadReceipts());
    }

    @Test
    void withoutPrinterReceiptsChangeOrEnteredTabsTheirButtonsRest() {
        assertFalse(new EditorState(type("chg", false), true, doc(DocumentState.DRAFT, 0), false).canPrintNow());
        assertFalse(new EditorState(type("chg", false), true, doc(DocumentState.DRAFT, 0), true).canReadReceipts());
        assertFalse(new EditorState(type(null, false), true, doc(DocumentState.APPROVED, 1), true).changeable());
        assertFalse(new EditorState(type("chg", true), true, doc(DocumentState.DRAFT, 0), true).canImport());
    }
}
