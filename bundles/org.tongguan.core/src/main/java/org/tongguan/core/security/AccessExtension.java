package org.tongguan.core.security;

import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Rights an area grants beyond the enterprises a user is bound to, registered as a whiteboard service (e.g. 委托授权:
 * an enterprise lets the operators of an agent enterprise declare its documents of a subsystem). The one
 * {@link AccessPolicy} consults every registered extension when a user whose roles hold a permission does not act for
 * the enterprise asked for; an extension never gives a permission the user's roles lack, and what it stops granting
 * (a grant expired or deleted) is refused from the next question on, audited as every refusal.
 */
@ConsumerType
public interface AccessExtension {

    /**
     * Who asks: the user, the enterprises it is bound to and the card media it acts with (those it holds, or the one
     * card it signs with, see {@link AccessPolicy#permitsCard}).
     */
    record Actor(UserContext who, Set<String> enterprises, Set<String> cards) {
        public Actor {
            enterprises = Set.copyOf(enterprises);
            cards = Set.copyOf(cards);
        }
    }

    /**
     * The customs codes of the enterprises, besides the actor's own, for which it may use {@code permission} right now
     * (its roles hold the permission); empty when none. Called on every such question: keep it a lookup.
     */
    Set<String> enterprises(Actor actor, String permission);
}
