package org.tongguan.shell;

import com.vaadin.flow.component.Component;
import org.tongguan.core.Messages;

/**
 * An area's page: one menu entry and one route shown inside the shell's layout. Areas register these as OSGi
 * services (DS components holding the services the view needs); the shell adds the route and menu entry when the
 * service appears and removes them when it goes, while clerks keep working. Pages of declaration documents need no
 * contribution: their document type lists them ({@link org.tongguan.core.declaration.DocumentType#pages()}).
 */
public interface ViewContribution {

    /** Route path without leading slash, unique across areas, e.g. {@code "enterprises"}. */
    String route();

    /** Message key of the menu entry and tab title, from {@link #messages()}. */
    String titleKey();

    /** The id of the {@link MenuNode} the entry appears under. */
    String menu();

    /** Position among the node's entries and sub-nodes. */
    default int order() {
        return 100;
    }

    /** The permission a user needs to see the entry and open the page (checked on the server at navigation). */
    String permission();

    /** A new instance of the view, built with the services this contribution holds. */
    Component createView();

    /** The area's texts ({@code messages_zh_CN.properties}, {@code messages_en.properties}). */
    Messages messages();
}
