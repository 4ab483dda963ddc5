package org.tongguan.shell.internal.document;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.tongguan.core.Messages;
import org.tongguan.core.declaration.DocumentPage;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.shell.ViewContribution;
import org.tongguan.shell.document.DocumentEntryPage;
import org.tongguan.shell.document.DocumentPages;
import org.tongguan.shell.document.DocumentQueryPage;

/** A page a document type lists, as the shell serves it: its editor or its query page. */
public final class TypePage implements ViewContribution {
    private final DocumentPages pages;
    private final DocumentType type;
    private final DocumentPage page;

    private TypePage(DocumentPages pages, DocumentType type, DocumentPage page) {
        this.pages = pages;
        this.type = type;
        this.page = page;
    }

    /** The pages of {@code type}. */
    public static List<ViewContribution> of(DocumentPages pages, DocumentType type) {
        return type.pages().stream().map(p -> (ViewContribution) new TypePage(pages, type, p)).toList();
    }

    @Override
    public String route() {
        return page.route();
    }

    @Override
    public String titleKey() {
        return page.titleKey();
    }

    @Override
    public String menu() {
        return page.menu();
    }

    @Override
    public int order() {
        return page.order();
    }

    @Override
    public String permission() {
        return page.kind() == DocumentPage.Kind.ENTRY ? type.editPermission() : type.viewPermission();
    }

    @Override
    public Component createView() {
        return page.kind() == DocumentPage.Kind.ENTRY ? new DocumentEntryPage(pages, type, page)
                : new DocumentQueryPage(pages, type, page);
    }

    @Override
    public Messages messages() {
        return type.messages();
    }

    @Override
    public String toString() {
        return "TypePage[" + type.id() + " /" + page.route() + "]";
    }
}
