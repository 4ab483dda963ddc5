package org.tongguan.core.security;

import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import org.tongguan.core.AccessDeniedException;

/**
 * The one place that answers "may this user, on behalf of this enterprise, do this operation". Services call
 * {@link #check} before every operation; the UI only uses {@link #permits} to hide what would be refused anyway.
 * Every refusal passes {@link #refused}, which records it in the audit log.
 */
public interface AccessPolicy {

    boolean permits(UserContext who, String permission);

    /** The permission, for this enterprise: the user must be bound to it (administrators act for all). */
    boolean permits(UserContext who, String permission, String enterpriseCode);

    /** Throws {@link AccessDeniedException} when not permitted; the refusal is audited. */
    default void check(UserContext who, String permission) {
        if (!permits(who, permission)) {
            throw refused(who, permission, null, Refusal.PERMISSION);
        }
    }

    /** Throws {@link AccessDeniedException} when not permitted for this enterprise; the refusal is audited. */
    default void check(UserContext who, String permission, String enterpriseCode) {
        if (!permits(who, permission, enterpriseCode)) {
            throw refused(who, permission, enterpriseCode,
                    permits(who, permission) ? Refusal.ENTERPRISE : Refusal.PERMISSION);
        }
    }

    /**
     * Records that {@code who} was refused {@code permission} (for {@code enterpriseCode}, or null) and returns the
     * exception to throw. The record is written in a transaction of its own, so it stays when the caller's work is
     * rolled back by the refusal. For refusals decided outside {@link #check} (e.g. a rule that only those acting for
     * every enterprise pass).
     */
    AccessDeniedException refused(UserContext who, String permission, String enterpriseCode, Refusal why);

    /** Customs codes of the enterprises the user may act for; empty set plus {@link #allEnterprises} for admins. */
    Set<String> enterprises(UserContext who);

    boolean allEnterprises(UserContext who);

    /**
     * The name of every permission the platform and the installed areas define (their {@link PermissionNames} and
     * document types), in the language of {@code locale}, by permission.
     */
    SortedMap<String, String> permissionNames(Locale locale);
}
