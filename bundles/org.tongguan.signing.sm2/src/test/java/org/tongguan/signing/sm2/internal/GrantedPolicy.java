package org.tongguan.signing.sm2.internal;

import java.util.Set;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.UserContext;

/**
 * An access policy for tests: every user holds the same fixed permissions for every enterprise; the system (the
 * console) may do everything, as with the platform's policy.
 */
public final class GrantedPolicy implements AccessPolicy {
    private final Set<String> granted;

    public GrantedPolicy(String... granted) {
        this.granted = Set.of(granted);
    }

    @Override
    public boolean permits(UserContext who, String permission) {
        return who.system() || granted.contains(Permissions.ALL) || granted.contains(permission);
    }

    @Override
    public boolean permits(UserContext who, String permission, String enterpriseCode) {
        return permits(who, permission);
    }

    @Override
    public Set<String> enterprises(UserContext who) {
        return Set.of();
    }

    @Override
    public boolean allEnterprises(UserContext who) {
        return true;
    }
}
