package org.tongguan.core.security;

import java.io.Serializable;

/**
 * Who acts: a signed-in user (by id) or the system (console, start-up). Every service call takes one and asks the
 * {@link AccessPolicy}; the policy reads the user's current roles and enterprises, so a revoked right takes effect
 * at once.
 */
public record UserContext(Long userId, String username, boolean system) implements Serializable {

    public static UserContext user(long userId, String username) {
        return new UserContext(userId, username, false);
    }

    /** Trusted callers outside the web UI: the Karaf console (already authenticated by Karaf) and start-up tasks. */
    public static UserContext system(String name) {
        return new UserContext(null, name, true);
    }
}
