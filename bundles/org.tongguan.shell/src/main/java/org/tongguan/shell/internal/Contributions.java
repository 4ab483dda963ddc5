package org.tongguan.shell.internal;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.Messages;
import org.tongguan.shell.HeaderContribution;
import org.tongguan.shell.MenuContribution;
import org.tongguan.shell.MenuNode;
import org.tongguan.shell.ViewContribution;

/**
 * The live set of contributed pages and menu nodes, the pages mirrored into Vaadin's route registry (all served by
 * {@link ContributedRoute}), and the items areas put in the header. Contributions may arrive before the servlet exists; they are registered when it attaches.
 * Every change raises {@link #revision()}, which open pages poll to rebuild their menus.
 */
final class Contributions {
    private static final Logger LOG = LoggerFactory.getLogger(Contributions.class);

    private final Map<String, ViewContribution> byRoute = new ConcurrentHashMap<>();
    private final List<MenuContribution> menus = new CopyOnWriteArrayList<>();
    private final List<HeaderContribution> headers = new CopyOnWriteArrayList<>();
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

    void add(MenuContribution m) {
        menus.add(m);
        revision.incrementAndGet();
    }

    void remove(MenuContribution m) {
        menus.remove(m);
        revision.incrementAndGet();
    }

    void add(HeaderContribution h) {
        headers.add(h);
        revision.incrementAndGet();
    }

    void remove(HeaderContribution h) {
        headers.remove(h);
        revision.incrementAndGet();
    }

    /** The header's items, in their order. */
    List<HeaderContribution> headers() {
        return headers.stream().sorted(java.util.Comparator.comparingInt(HeaderContribution::order)).toList();
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
        cfg.setRoute(c.route(), ContributedRoute.class, List.of(MainLayout.class));
        LOG.info("Registered route /{} -> {}", c.route(), c);
    }

    long revision() {
        return revision.get();
    }

    /** The pages, in no particular order. */
    List<ViewContribution> pages() {
        return List.copyOf(byRoute.values());
    }

    /** The menu tree of the pages {@code shown} lets through (see {@link MenuTree}). */
    MenuTree menu(java.util.function.Predicate<ViewContribution> shown) {
        List<MenuTree.Titled> nodes = new ArrayList<>();
        for (MenuContribution m : menus) {
            for (MenuNode n : m.nodes()) {
                nodes.add(new MenuTree.Titled(n, m.messages()));
            }
        }
        return MenuTree.of(nodes, byRoute.values().stream().filter(shown).toList());
    }

    Optional<ViewContribution> byRoute(String route) {
        return Optional.ofNullable(byRoute.get(route));
    }

    boolean wasKnown(String route) {
        return knownRoutes.contains(route);
    }

    /** Texts of the menu nodes, for the shell's translations (menu titles). */
    List<Messages> menuMessages() {
        return menus.stream().map(MenuContribution::messages).toList();
    }
}
