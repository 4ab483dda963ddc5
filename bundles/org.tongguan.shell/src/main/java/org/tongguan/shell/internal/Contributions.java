package org.tongguan.shell.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.shell.ViewContribution;

/**
 * The live set of contributed views, mirrored into Vaadin's route registry. Contributions may arrive before the
 * servlet exists; they are registered when it attaches. Every change raises {@link #revision()}, which open pages
 * poll to rebuild their menus.
 */
final class Contributions {
    private static final Logger LOG = LoggerFactory.getLogger(Contributions.class);
    private static final Comparator<ViewContribution> MENU_ORDER = Comparator
            .comparing((ViewContribution c) -> c.group().ordinal())
            .thenComparingInt(ViewContribution::order).thenComparing(ViewContribution::route);

    private final Map<String, ViewContribution> byRoute = new ConcurrentHashMap<>();
    /** Routes that were once contributed: a request for one of these after its area left says so. */
    private final Set<String> knownRoutes = ConcurrentHashMap.newKeySet();
    private final AtomicLong revision = new AtomicLong();
    private ApplicationRouteRegistry registry;

    synchronized void add(ViewContribution c) {
        ViewContribution previous = byRoute.put(c.route(), c);
        if (previous != null) {
            LOG.warn("Route /{} contributed twice ({} replaces {})", c.route(), c, previous);
        }
        knownRoutes.add(c.route());
        if (registry != null) {
            register(c);
        }
        revision.incrementAndGet();
    }

    synchronized void remove(ViewContribution c) {
        if (!byRoute.remove(c.route(), c)) {
            return;
        }
        if (registry != null) {
            RouteConfiguration.forRegistry(registry).removeRoute(c.route());
            LOG.info("Removed route /{}", c.route());
        }
        revision.incrementAndGet();
    }

    synchronized void attach(ApplicationRouteRegistry r) {
        registry = r;
        byRoute.values().forEach(this::register);
        revision.incrementAndGet();
    }

    /** The servlet goes (the shell restarts): its registry goes with it (see ShellServlet#destroy). */
    synchronized void detach() {
        registry = null;
    }

    private void register(ViewContribution c) {
        RouteConfiguration cfg = RouteConfiguration.forRegistry(registry);
        cfg.removeRoute(c.route());
        cfg.removeRoute(c.viewClass());
        cfg.setRoute(c.route(), c.viewClass(), List.of(MainLayout.class));
        LOG.info("Registered route /{} -> {}", c.route(), c.viewClass().getName());
    }

    long revision() {
        return revision.get();
    }

    List<ViewContribution> sorted() {
        return byRoute.values().stream().sorted(MENU_ORDER).toList();
    }

    Optional<ViewContribution> byRoute(String route) {
        return Optional.ofNullable(byRoute.get(route));
    }

    Optional<ViewContribution> byViewClass(Class<?> type) {
        return byRoute.values().stream().filter(c -> c.viewClass() == type).findFirst();
    }

    boolean wasKnown(String route) {
        return knownRoutes.contains(route);
    }

    <T extends Component> boolean isContributed(Class<T> type) {
        return byViewClass(type).isPresent();
    }
}
