package org.tongguan.signing.sm2.internal;

import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tongguan.core.AccessDeniedException;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.Refusal;
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

    /** Refusals are not recorded here; the platform's policy records them (its own tests show it). */
    @Override
    public AccessDeniedException refused(UserContext who, String permission, String enterpriseCode, Refusal why) {
        return new AccessDeniedException(who.username(), permission, permission, enterpriseCode, why);
    }

    @Override
    public SortedMap<String, String> permissionNames(Locale locale) {
        return new TreeMap<>();
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
