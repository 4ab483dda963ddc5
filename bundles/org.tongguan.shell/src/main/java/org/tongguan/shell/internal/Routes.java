package org.tongguan.shell.internal;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;

/** The shell's own routes. */
final class Routes {
    static final String LOGIN = "login";
    static final String CHANGE_PASSWORD = "change-password";
    static final String HOME = "";

    private Routes() {
    }

    static void registerShellRoutes(ApplicationRouteRegistry registry) {
        RouteConfiguration cfg = RouteConfiguration.forRegistry(registry);
        if (cfg.isPathAvailable(LOGIN)) {
            return;
        }
        cfg.setRoute(LOGIN, LoginView.class);
        cfg.setRoute(CHANGE_PASSWORD, ChangePasswordView.class);
        cfg.setRoute(HOME, HomeView.class, List.of(MainLayout.class));
    }
}
