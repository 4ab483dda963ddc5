package org.tongguan.shell.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.NavigationEvent;
import com.vaadin.flow.server.VaadinService;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds pages with their services: contributed views through their contribution, the shell's pages with the
 * {@link Shell}. A contributed view stays alive while its tab is open, so switching tabs keeps what the clerk typed.
 */
final class ShellInstantiator extends DefaultInstantiator {
    private static final long serialVersionUID = 1L;
    private final transient Shell shell;

    ShellInstantiator(VaadinService service, Shell shell) {
        super(service);
        this.shell = shell;
    }

    @Override
    public <T extends com.vaadin.flow.component.HasElement> T createRouteTarget(Class<T> type, NavigationEvent event) {
        if (type == ContributedRoute.class) {
            return type.cast(new ContributedRoute(shell));
        }
        return super.createRouteTarget(type, event);
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (type == MainLayout.class) {
            return type.cast(new MainLayout(shell));
        }
        if (type == LoginView.class) {
            return type.cast(new LoginView(shell));
        }
        if (type == ChangePasswordView.class) {
            return type.cast(new ChangePasswordView(shell));
        }
        if (type == HomeView.class) {
            return type.cast(new HomeView(shell));
        }
        if (type == RouteGoneView.class) {
            return type.cast(new RouteGoneView(shell));
        }
        return super.getOrCreate(type);
    }

    @Override
    public I18NProvider getI18NProvider() {
        return shell.i18n();
    }

    /** The contributed pages open as tabs in one browser tab (UI), by route. */
    static final class OpenPages {
        private final Map<String, Component> byRoute = new HashMap<>();

        static OpenPages of(UI ui) {
            OpenPages p = ComponentUtil.getData(ui, OpenPages.class);
            if (p == null) {
                p = new OpenPages();
                ComponentUtil.setData(ui, OpenPages.class, p);
            }
            return p;
        }

        Component computeIfAbsent(String route, java.util.function.Function<String, Component> create) {
            return byRoute.computeIfAbsent(route, create);
        }

        void close(String route) {
            byRoute.remove(route);
        }
    }
}
