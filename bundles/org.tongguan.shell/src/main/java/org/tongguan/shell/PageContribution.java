package org.tongguan.shell;

import org.tongguan.core.Messages;

/**
 * The usual {@link ViewContribution}: a DS component of an area passes its page's description to this constructor
 * and builds the view in {@link #createView()} with the services it was given.
 */
public abstract class PageContribution implements ViewContribution {
    private final String route;
    private final String titleKey;
    private final String menu;
    private final int order;
    private final String permission;
    private final Messages messages;

    /** @param menu the id of the {@link MenuNode} the page's entry appears under */
    protected PageContribution(String route, String titleKey, String menu, int order, String permission,
            Messages messages) {
        this.route = route;
        this.titleKey = titleKey;
        this.menu = menu;
        this.order = order;
        this.permission = permission;
        this.messages = messages;
    }

    @Override
    public final String route() {
        return route;
    }

    @Override
    public final String titleKey() {
        return titleKey;
    }

    @Override
    public final String menu() {
        return menu;
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final String permission() {
        return permission;
    }

    @Override
    public final Messages messages() {
        return messages;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[/" + route + "]";
    }
}
