package org.tongguan.core.security;

import java.util.Set;

import org.tongguan.core.AccessDeniedException;

/**
 * The one place that answers "may this user, on behalf of this enterprise, do this operation". Services call
 * {@link #check} before every operation; the UI only uses {@link #permits} to hide what would be refused anyway.
 */
public interface AccessPolicy {

    boolean permits(UserContext who, String permission);

    /** The permission, for this enterprise: the user must be bound to it (administrators act for all). */
    boolean permits(UserContext who, String permission, String enterpriseCode);

    /** Throws {@link AccessDeniedException} when not permitted. */
    default void check(UserContext who, String permission) {
        if (!permits(who, permission)) {
            throw new AccessDeniedException(who.username(), permission);
        }
    }

    /** Throws {@link AccessDeniedException} when not permitted for this enterprise. */
    default void check(UserContext who, String permission, String enterpriseCode) {
        if (!permits(who, permission, enterpriseCode)) {
            throw new AccessDeniedException(who.username(), permission, enterpriseCode);
        }
    }

    /** Customs codes of the enterprises the user may act for; empty set plus {@link #allEnterprises} for admins. */
    Set<String> enterprises(UserContext who);

    boolean allEnterprises(UserContext who);
}
