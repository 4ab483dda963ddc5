package org.tongguan.shell;

import com.vaadin.flow.component.Component;

/**
 * An item an area puts in the shell's header, before the user menu (the 消息中心's bell with its unread count),
 * registered as an OSGi service. The shell shows it to users holding its permission, in every browser tab's header,
 * and takes it away from every open tab when the service goes (its area stopped or uninstalled), the page staying up.
 * The item may follow what changes by itself: the shell's pages poll the server every two seconds
 * ({@link com.vaadin.flow.component.UI#addPollListener}).
 */
public interface HeaderContribution {
    /** Position among the header's items, left to right. */
    default int order() {
        return 100;
    }

    /** The permission a user needs to see the item. */
    String permission();

    /** A new instance of the item for one browser tab's header. */
    Component createItem();
}
