package org.tongguan.shell.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.tongguan.shell.ViewContribution;

/**
 * The one route target of every contributed page: Vaadin knows each contributed route by this class, and it shows
 * the page of the route it is entered with, kept while its tab is open (so switching tabs keeps what the clerk
 * typed). Vaadin reuses an instance for the next route of the same class, so it swaps its page on every entry.
 */
final class ContributedRoute extends Div implements BeforeEnterObserver {
    private final Shell shell;

    ContributedRoute(Shell shell) {
        this.shell = shell;
        setSizeFull();
        addClassName("tg-contributed");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String route = event.getLocation().getPath();
        ViewContribution c = shell.contributions().byRoute(route).orElse(null);
        if (c == null) {
            return;
        }
        Component page = ShellInstantiator.OpenPages.of(event.getUI()).computeIfAbsent(route, r -> c.createView());
        if (getChildren().findFirst().orElse(null) != page) {
            page.getParent().ifPresent(p -> page.removeFromParent());
            removeAll();
            add(page);
        }
    }
}
