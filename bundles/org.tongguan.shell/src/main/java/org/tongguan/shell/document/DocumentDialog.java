package org.tongguan.shell.document;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentType;

/**
 * A stored document opened from a page in a dialog: the one {@link DocumentEditor} (read-only for 查看明细) with 关闭.
 * The dialog is a child of the page that opens it, so it goes with the page when the page's area is stopped (the
 * shell then says so).
 */
public final class DocumentDialog {
    private DocumentDialog() {
    }

    /**
     * Opens {@code d} in a dialog added to {@code page}: ids {@code <prefix>-detail} (read-only) or
     * {@code <prefix>-editor}, its close button {@code <prefix>-dialog-close}.
     *
     * @param closed run when the dialog closes, after it left the page (e.g. the query searches again)
     */
    public static Dialog open(HasComponents page, DocumentPages pages, DocumentType type, Document d,
            boolean viewOnly, String prefix, Runnable closed) {
        Dialog dialog = new Dialog();
        dialog.setId(prefix + (viewOnly ? "-detail" : "-editor"));
        dialog.setWidth("95vw");
        dialog.setHeight("90vh");
        DocumentEditor editor = new DocumentEditor(pages, type, viewOnly);
        editor.open(d);
        dialog.add(editor);
        Button close = new Button(dialog.getTranslation("doc.close"), e -> dialog.close());
        close.setId(prefix + "-dialog-close");
        dialog.getFooter().add(close);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                page.remove(dialog);
                closed.run();
            }
        });
        page.add(dialog);
        dialog.open();
        return dialog;
    }
}
