package org.tongguan.delegation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessExtension;
import org.tongguan.core.time.TimeDisplay;
import org.tongguan.delegation.GrantKind;
import org.tongguan.delegation.Subsystem;

/**
 * What 委托授权 adds to the platform's one access policy: a user of an agent enterprise may use a permission of a
 * subsystem's document types for the enterprises that granted the agent that subsystem, while the grant is in force
 * today (权限有效期, in the product's time zone), of a kind that covers the permission (查询权: only {@code .view}), and
 * under a 企业内授权 for all operators or for a card the user holds. A grant expired or deleted grants nothing from
 * the next question on; the policy refuses and audits as for any enterprise the user does not act for.
 */
@Component(service = AccessExtension.class)
public class DelegationAccess implements AccessExtension {
    private final JpaTemplate jpa;
    private final Clock clock;
    private final ZoneId zone;

    @Activate
    public DelegationAccess(@Reference(target = "(osgi.unit.name=tongguan-delegation)") JpaTemplate jpa,
            @Reference TimeDisplay time,
            @Reference(target = "(schema.bundle=org.tongguan.delegation)") SchemaReady schema) {
        this(jpa, Clock.systemUTC(), time.zone());
    }

    /** Outside OSGi (tests); DS tells its constructor by the number of arguments, so this one has fewer. */
    public DelegationAccess(JpaTemplate jpa, Clock clock, ZoneId zone) {
        this.jpa = jpa;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Set<String> enterprises(Actor actor, String permission) {
        Optional<Subsystem> subsystem = Subsystem.of(permission);
        if (subsystem.isEmpty() || actor.enterprises().isEmpty()) {
            return Set.of();
        }
        boolean viewOnly = permission.endsWith(Subsystem.VIEW);
        return Transactions.read(jpa, em -> grantors(em, actor.enterprises(), actor.cards(), subsystem.get(),
                viewOnly, LocalDate.ofInstant(clock.instant(), zone)));
    }

    /** The granting enterprises of the grants in force on {@code day} that the agents' operators holding cards use. */
    static Set<String> grantors(EntityManager em, Set<String> agents, Set<String> cards, Subsystem subsystem,
            boolean viewOnly, LocalDate day) {
        StringBuilder jpql = new StringBuilder("SELECT DISTINCT g.grantorCode FROM GrantEntity g, OperatorGrantEntity o"
                + " WHERE o.grantId = g.id AND g.agentCode IN :agents AND g.subsystem = :subsystem"
                + " AND g.validFrom <= :day AND g.validTo >= :day");
        if (!viewOnly) {
            jpql.append(" AND g.kind = :operate");
        }
        jpql.append(cards.isEmpty() ? " AND o.allOperators = :all" : " AND (o.allOperators = :all OR o.cardNo IN :cards)");
        TypedQuery<String> q = em.createQuery(jpql.toString(), String.class).setParameter("agents", agents)
                .setParameter("subsystem", subsystem).setParameter("day", day).setParameter("all", Boolean.TRUE);
        if (!viewOnly) {
            q.setParameter("operate", GrantKind.OPERATE);
        }
        if (!cards.isEmpty()) {
            q.setParameter("cards", cards);
        }
        List<String> found = q.getResultList();
        return found.isEmpty() ? Set.of() : Set.copyOf(new HashSet<>(found));
    }
}
