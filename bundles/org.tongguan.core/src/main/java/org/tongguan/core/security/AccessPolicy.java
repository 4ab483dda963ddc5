package org.tongguan.core.security;

import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import org.tongguan.core.AccessDeniedException;
import org.tongguan.core.customs.CardMedium;

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
     * Customs codes of the enterprises for which the user may use {@code permission}: its own when its roles hold it,
     * and those an {@link AccessExtension} grants it (e.g. by 委托授权); empty for those acting for every enterprise
     * (see {@link #allEnterprises}) and the system.
     */
    default Set<String> enterprises(UserContext who, String permission) {
        return permits(who, permission) && !allEnterprises(who) ? enterprises(who) : Set.of();
    }

    /** The card numbers of the card media the user holds (法人卡, 操作员卡); none for the system. */
    default Set<String> cards(UserContext who) {
        return Set.of();
    }

    /**
     * Whether {@code card} may sign what {@code who} does with {@code permission} for {@code enterpriseCode}: a card
     * of that enterprise, or a card of an enterprise the user acts for that an {@link AccessExtension} lets act for
     * it (an agent's operator card under 委托授权). Whether the user may do the operation at all is {@link #check}'s.
     */
    default boolean permitsCard(UserContext who, String permission, String enterpriseCode, CardMedium card) {
        return card.enterpriseCode().equals(enterpriseCode);
    }

    /**
     * The name of every permission the platform and the installed areas define (their {@link PermissionNames} and
     * document types), in the language of {@code locale}, by permission.
     */
    SortedMap<String, String> permissionNames(Locale locale);
}
