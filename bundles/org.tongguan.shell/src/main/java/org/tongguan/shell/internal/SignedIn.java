package org.tongguan.shell.internal;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.tongguan.core.security.UserContext;

/**
 * Who is signed in, carried across an update of the shell. The pages of a Vaadin session are made of the shell's
 * classes; after {@code bundle:update} or a refresh of the shell they belong to a class loader that is gone, so the
 * new servlet starts the browser on a new Vaadin session. The clerk stays signed in: the HTTP session is the same,
 * and the user, the language and a pending password change are taken over from the old Vaadin session.
 */
final class SignedIn {
    static final String LOCALE = "tongguan.locale";
    private static final String CARRIED = SignedIn.class.getName() + ".carried";

    private SignedIn() {
    }

    /** Keeps what the new Vaadin session takes over from {@code old} in the HTTP session. */
    static void carryOver(VaadinSession old, WrappedSession http) {
        HashMap<String, Serializable> carried = new HashMap<>();
        UserContext user = old.getAttribute(UserContext.class);
        if (user == null) {
            return;
        }
        carried.put(UserContext.class.getName(), user);
        for (String key : new String[] {LOCALE, Guard.MUST_CHANGE_PASSWORD}) {
            if (old.getAttribute(key) instanceof Serializable value) {
                carried.put(key, value);
            }
        }
        http.setAttribute(CARRIED, carried);
    }

    /** Takes over in a new Vaadin session what {@link #carryOver} kept, once. */
    static void takeOver(VaadinSession fresh, WrappedSession http) {
        if (!(http.getAttribute(CARRIED) instanceof Map<?, ?> carried)) {
            return;
        }
        http.removeAttribute(CARRIED);
        carried.forEach((key, value) -> {
            if (UserContext.class.getName().equals(key)) {
                fresh.setAttribute(UserContext.class, (UserContext) value);
            } else {
                fresh.setAttribute((String) key, value);
            }
        });
    }
}
