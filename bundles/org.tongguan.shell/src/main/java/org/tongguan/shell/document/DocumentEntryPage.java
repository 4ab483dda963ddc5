package org.tongguan.shell.document;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.tongguan.core.Messages;
import org.tongguan.core.declaration.DocumentType;

/**
 * A 数据录入 page of one document type: its title and the one {@link DocumentEditor}. An area's page class extends it
 * (one class per route), e.g. {@code public class QyzzEntryView extends DocumentEntryPage}.
 */
public class DocumentEntryPage extends VerticalLayout {
    private final DocumentEditor editor;

    protected DocumentEntryPage(DocumentPages pages, DocumentType type) {
        setSizeFull();
        addClassName("tg-document-page");
        Locale locale = Messages.supported(getLocale());
        editor = new DocumentEditor(pages, type, false);
        add(new H2(type.messages().get(type.titleKey(), locale)), editor);
    }

    public DocumentEditor editor() {
        return editor;
    }
}
