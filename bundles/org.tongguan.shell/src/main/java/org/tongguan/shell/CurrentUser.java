package org.tongguan.shell;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.tongguan.core.security.UserContext;

/** The user signed in to the current Vaadin session. */
public final class CurrentUser {
    private CurrentUser() {
    }

    public static Optional<UserContext> find() {
        VaadinSession s = VaadinSession.getCurrent();
        return s == null ? Optional.empty() : Optional.ofNullable(s.getAttribute(UserContext.class));
    }

    /** The signed-in user; views are only reachable when signed in, so this does not fail there. */
    public static UserContext get() {
        return find().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }
}
