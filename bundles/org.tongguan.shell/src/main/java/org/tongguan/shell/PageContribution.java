package org.tongguan.shell;

import com.vaadin.flow.component.Component;
import org.tongguan.core.Messages;

/**
 * The usual {@link ViewContribution}: a DS component of an area passes its page's description to this constructor
 * and builds the view in {@link #createView()} with the services it was given.
 */
public abstract class PageContribution implements ViewContribution {
    private final String route;
    private final String titleKey;
    private final MenuGroup group;
    private final int order;
    private final String permission;
    private final Class<? extends Component> viewClass;
    private final Messages messages;

    protected PageContribution(String route, String titleKey, MenuGroup group, int order, String permission,
            Class<? extends Component> viewClass, Messages messages) {
        this.route = route;
        this.titleKey = titleKey;
        this.group = group;
        this.order = order;
        this.permission = permission;
        this.viewClass = viewClass;
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
    public final MenuGroup group() {
        return group;
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
    public final Class<? extends Component> viewClass() {
        return viewClass;
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
