package org.tongguan.core.internal.security;

import java.util.Set;
import org.tongguan.core.security.Permissions;

/** What one user holds right now: permissions from its roles, the enterprises it is bound to, its card media. */
record Grants(Set<String> permissions, Set<String> enterprises, Set<String> cards) {
    static final Grants NONE = new Grants(Set.of(), Set.of(), Set.of());

    boolean allEnterprises() {
        return permissions.contains(Permissions.ALL);
    }

    boolean allows(String permission) {
        return permissions.contains(Permissions.ALL) || permissions.contains(permission);
    }

    boolean actsFor(String enterpriseCode) {
        return allEnterprises() || (enterpriseCode != null && enterprises.contains(enterpriseCode));
    }
}
