package org.tongguan.shell.document;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import java.util.Map;
import org.tongguan.core.Messages;
import org.tongguan.core.declaration.DocumentPage;
import org.tongguan.core.declaration.DocumentType;

/**
 * A 数据录入 page of one document type: its title and the one {@link DocumentEditor}. The shell makes one for each
 * entry page a type lists ({@link DocumentType#pages()}).
 */
public class DocumentEntryPage extends VerticalLayout {
    private final DocumentEditor editor;

    public DocumentEntryPage(DocumentPages pages, DocumentType type, DocumentPage page) {
        this(pages, type, page.titleKey(), page.values());
    }

    /**
     * A page of new documents with header values fixed (e.g. 保税核注清单(进口): 进出口标志 I), under its own title.
     *
     * @param titleKey the page title's key in the type's texts
     */
    public DocumentEntryPage(DocumentPages pages, DocumentType type, String titleKey, Map<String, String> presets) {
        setSizeFull();
        addClassName("tg-document-page");
        Locale locale = Messages.supported(getLocale());
        editor = new DocumentEditor(pages, type, false, presets);
        add(new H2(type.messages().get(titleKey, locale)), editor);
    }

    public DocumentEditor editor() {
        return editor;
    }
}
