package org.tongguan.core.testing;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.tongguan.core.AccessDeniedException;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.Refusal;
import org.tongguan.core.security.UserContext;

/**
 * The access policy's rules for unit tests: system callers may do everything; a user has the permissions and the
 * enterprises {@link #grant} gave it, nothing else, and {@link Permissions#ALL} is every permission for every
 * enterprise (the product's policy reads the same from users and roles).
 */
public final class TestPolicy implements AccessPolicy {
    private record Grant(Set<String> permissions, Set<String> enterprises) {
    }

    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    public TestPolicy grant(UserContext who, Set<String> permissions, Set<String> enterprises) {
        grants.put(who.username(), new Grant(Set.copyOf(permissions), Set.copyOf(enterprises)));
        return this;
    }

    @Override
    public boolean permits(UserContext who, String permission) {
        if (who.system()) {
            return true;
        }
        Grant g = grants.get(who.username());
        return g != null && (g.permissions().contains(permission) || all(g));
    }

    @Override
    public boolean permits(UserContext who, String permission, String enterpriseCode) {
        if (who.system()) {
            return true;
        }
        Grant g = grants.get(who.username());
        return g != null && (all(g) || g.permissions().contains(permission) && g.enterprises().contains(enterpriseCode));
    }

    /** Refusals are not recorded here; the platform's policy records them (AccessPolicyImplTest shows it). */
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
        Grant g = grants.get(who.username());
        return g == null ? Set.of() : g.enterprises();
    }

    @Override
    public boolean allEnterprises(UserContext who) {
        Grant g = grants.get(who.username());
        return who.system() || g != null && all(g);
    }

    private static boolean all(Grant g) {
        return g.permissions().contains(Permissions.ALL);
    }
}
