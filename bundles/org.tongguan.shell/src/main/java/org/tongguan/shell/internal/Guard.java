package org.tongguan.shell.internal;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.tongguan.core.AccessDeniedException;
import org.tongguan.core.security.UserContext;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.Problems;
import org.tongguan.shell.ViewContribution;

/**
 * Every navigation passes here on the server: not signed in → sign-in page (whatever the address); a one-time password → change it first;
 * a page whose permission the user lacks (now, not at sign-in) → refused, named and recorded in the audit log.
 */
final class Guard {
    static final String MUST_CHANGE_PASSWORD = "tongguan.mustChangePassword";

    private Guard() {
    }

    static void install(UI ui, Shell shell) {
        ui.setLocale(sessionLocale(ui.getSession()));
        ui.addBeforeEnterListener(e -> check(e, shell));
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("shell.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation("shell.reconnectGaveUp"));
        pollThroughDialogs(ui);
    }

    /**
     * A modal dialog makes the rest of the page inert, and Vaadin drops the poll events of an inert page: a document
     * opened from a 查询 in a dialog would never show its receipts, nor learn that its area was stopped. While a
     * modal component is open, the poll is taken here (allowed while inert) and handed to the poll listeners.
     */
    private static void pollThroughDialogs(UI ui) {
        ui.getElement().addEventListener(PollEvent.DOM_EVENT_NAME, e -> {
            if (ui.hasModalComponent()) {
                ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
            }
        }).allowInert();
    }

    /** The signed-in user's language; before sign-in the browser's ({@link Languages#ofVisitor}). */
    static Locale sessionLocale(VaadinSession session) {
        Locale l = (Locale) session.getAttribute(SignedIn.LOCALE);
        return l == null ? Languages.ofVisitor(VaadinRequest.getCurrent()) : l;
    }

    private static void check(BeforeEnterEvent e, Shell shell) {
        Class<?> target = e.getNavigationTarget();
        if (target == LoginView.class) {
            return;
        }
        UserContext user = CurrentUser.find().orElse(null);
        if (user == null) {
            // any address, known or not, asks an anonymous visitor to sign in first
            e.rerouteTo(LoginView.class);
            return;
        }
        if (target == RouteGoneView.class) {
            return;
        }
        if (Boolean.TRUE.equals(e.getUI().getSession().getAttribute(MUST_CHANGE_PASSWORD))) {
            if (target != ChangePasswordView.class) {
                e.rerouteTo(ChangePasswordView.class);
            }
            return;
        }
        ViewContribution c = target == ContributedRoute.class
                ? shell.contributions().byRoute(e.getLocation().getPath()).orElse(null) : null;
        if (c == null) {
            return;
        }
        try {
            // the policy's check, not only its answer: a refused page is recorded like any refused operation
            shell.policy().check(user, c.permission());
        } catch (AccessDeniedException refused) {
            Problems.error(e.getUI().getTranslation("shell.forbidden", refused.getMessage(e.getUI().getLocale())));
            e.rerouteTo(HomeView.class);
        }
    }
}
