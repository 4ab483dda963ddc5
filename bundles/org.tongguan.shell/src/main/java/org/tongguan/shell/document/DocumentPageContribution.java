package org.tongguan.shell.document;

import com.vaadin.flow.component.Component;
import java.util.function.BiFunction;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.shell.MenuGroup;
import org.tongguan.shell.PageContribution;

/**
 * The contribution of a document page: a DS component of the area passes the type, the page's place in the menu and
 * how to make the view; 数据录入 pages need the type's edit permission, 数据查询 pages its view permission.
 *
 * <pre>{@code
 * @Component(service = ViewContribution.class)
 * public class InvtImportPage extends DocumentPageContribution {
 *     @Activate
 *     public InvtImportPage(@Reference DocumentPages pages, @Reference(target = "(document.type=invt)") DocumentType t) {
 *         super(pages, t, "ledger/invt-import", "invt.import.title", MenuGroup.LEDGER, 50, true, View.class, View::new);
 *     }
 *     public static class View extends DocumentEntryPage { View(DocumentPages p, DocumentType t) { super(p, t, …); } }
 * }
 * }</pre>
 */
public abstract class DocumentPageContribution extends PageContribution {
    private final DocumentPages pages;
    private final DocumentType type;
    private final BiFunction<DocumentPages, DocumentType, ? extends Component> view;

    /**
     * @param entry a 数据录入 page (edit permission) or a 数据查询 page (view permission)
     * @param viewClass the page's class (one per route)
     * @param view makes the page
     */
    protected <V extends Component> DocumentPageContribution(DocumentPages pages, DocumentType type, String route,
            String titleKey, MenuGroup group, int order, boolean entry, Class<V> viewClass,
            BiFunction<DocumentPages, DocumentType, V> view) {
        super(route, titleKey, group, order, entry ? type.editPermission() : type.viewPermission(), viewClass,
                type.messages());
        this.pages = pages;
        this.type = type;
        this.view = view;
    }

    @Override
    public final Component createView() {
        return view.apply(pages, type);
    }
}
