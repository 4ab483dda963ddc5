package org.tongguan.shell.document;

import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentAction;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.Lifecycle;

/**
 * Which of the editor's buttons may be pressed now, for a user who may or may not change documents of the type: the
 * rules of the manuals' button bar (新增, 暂存, 删除, 复制, 发送, 申报, 导入, 打印, 查看回执, 变更 and the type's
 * actions), apart from the components. The services enforce the same rules; this only spares the clerk a refusal.
 *
 * @param mayEdit whether the user may change the type's documents of this enterprise
 * @param current the document shown, or null before its first 暂存
 * @param canPrint whether a printer is installed
 */
record EditorState(DocumentType type, boolean mayEdit, Document current, boolean canPrint) {
    DocumentState state() {
        return current == null ? DocumentState.DRAFT : current.state();
    }

    boolean stored() {
        return current != null;
    }

    /** Header, rows and attachments can be changed: 暂存, 申报失败 and 海关退单. */
    boolean editable() {
        return mayEdit && Lifecycle.EDITABLE.contains(state());
    }

    boolean canCreate() {
        return mayEdit;
    }

    boolean canSave() {
        return editable();
    }

    boolean canDelete() {
        return editable() && stored();
    }

    boolean canCopy() {
        return mayEdit && stored();
    }

    /** 发送 and 申报. */
    boolean canDeclare() {
        return editable() && stored();
    }

    boolean canImport() {
        return canDeclare() && type.tabs().stream().anyMatch(t -> !t.derived());
    }

    boolean canPrintNow() {
        return canPrint && stored();
    }

    boolean canReadReceipts() {
        return stored() && current.receiptCount() > 0;
    }

    /** Whether the type has 变更 at all (the button is shown). */
    boolean changeable() {
        return type.changeCountKey() != null;
    }

    boolean canChange() {
        return mayEdit && stored() && Lifecycle.allows(state(), DocumentEvent.CHANGE);
    }

    boolean canPerform(DocumentAction action) {
        return mayEdit && stored() && action.states().contains(state());
    }

    /** Whether to ask the service which follow-ups (申请回执补发, 重新发送) it would accept now. */
    boolean asksFollowUps() {
        return mayEdit && stored() && (Lifecycle.allows(state(), DocumentEvent.REQUEST_RECEIPTS)
                || Lifecycle.allows(state(), DocumentEvent.RESEND));
    }
}
