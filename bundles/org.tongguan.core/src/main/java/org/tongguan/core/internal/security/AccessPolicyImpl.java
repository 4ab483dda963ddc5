package org.tongguan.core.internal.security;

import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.tongguan.core.AccessDeniedException;
import org.tongguan.core.Messages;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.internal.audit.AuditWriter;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessExtension;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.PermissionNames;
import org.tongguan.core.security.Refusal;
import org.tongguan.core.security.Role;
import org.tongguan.core.security.UserAccount;
import org.tongguan.core.security.UserContext;

/**
 * Reads the user's current roles and bound enterprises on every question, so a change by an administrator applies
 * to the very next operation, on every node sharing the database. Every refusal is recorded here, whichever service
 * or page asked: who, which permission, for which enterprise, why. Enterprises a user is not bound to are asked of
 * the {@link AccessExtension} services (an area's grants, e.g. 委托授权), never for a permission its roles lack.
 */
@Component(service = AccessPolicy.class)
public class AccessPolicyImpl implements AccessPolicy {
    /** The record type of a refusal in the audit log; its record is the permission refused. */
    public static final String REFUSAL_RECORD = "permission";
    /** The audit value of a refusal: a key of the core's texts, {@code audit.refused.<Refusal>}. */
    static final String REFUSAL_TEXT = "audit.refused.";

    private final JpaTemplate jpa;
    private final AuditWriter audit;
    private final Set<PermissionNames> names = ConcurrentHashMap.newKeySet();
    /**
     * The document types, taken only when their permissions are named: a type's book may need this policy to be
     * made, so binding the types themselves while the policy is made would be a cycle at start-up.
     */
    private final Set<ComponentServiceObjects<DocumentType>> types = ConcurrentHashMap.newKeySet();
    private final Set<AccessExtension> extensions = ConcurrentHashMap.newKeySet();

    @Activate
    public AccessPolicyImpl(@Reference(target = "(osgi.unit.name=tongguan-core)") JpaTemplate jpa,
            @Reference(target = "(schema.bundle=org.tongguan.core)") SchemaReady schema) {
        this.jpa = jpa;
        this.audit = new AuditWriter(jpa, Clock.systemUTC());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeNames")
    void addNames(PermissionNames n) {
        names.add(n);
    }

    void removeNames(PermissionNames n) {
        names.remove(n);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeType")
    void addType(ComponentServiceObjects<DocumentType> t) {
        types.add(t);
    }

    void removeType(ComponentServiceObjects<DocumentType> t) {
        types.remove(t);
    }

    /** The areas' extensions, as they come and go (public: tests outside OSGi register theirs too). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeExtension")
    public void addExtension(AccessExtension e) {
        extensions.add(e);
    }

    public void removeExtension(AccessExtension e) {
        extensions.remove(e);
    }

    @Override
    public boolean permits(UserContext who, String permission) {
        return who.system() || grants(who).allows(permission);
    }

    @Override
    public boolean permits(UserContext who, String permission, String enterpriseCode) {
        if (who.system()) {
            return true;
        }
        Grants g = grants(who);
        return g.allows(permission) && (g.actsFor(enterpriseCode) || enterpriseCode != null
                && extended(new AccessExtension.Actor(who, g.enterprises(), g.cards()), permission)
                        .contains(enterpriseCode));
    }

    @Override
    public Set<String> enterprises(UserContext who, String permission) {
        if (who.system()) {
            return Set.of();
        }
        Grants g = grants(who);
        if (!g.allows(permission) || g.allEnterprises()) {
            return Set.of();
        }
        Set<String> all = new HashSet<>(g.enterprises());
        all.addAll(extended(new AccessExtension.Actor(who, g.enterprises(), g.cards()), permission));
        return Set.copyOf(all);
    }

    @Override
    public Set<String> cards(UserContext who) {
        return who.system() ? Set.of() : grants(who).cards();
    }

    @Override
    public boolean permitsCard(UserContext who, String permission, String enterpriseCode, CardMedium card) {
        if (card.enterpriseCode().equals(enterpriseCode)) {
            return true;
        }
        if (who.system()) {
            return false;
        }
        Grants g = grants(who);
        // the card of an enterprise the user acts for, acting as that card alone
        return g.allows(permission) && g.enterprises().contains(card.enterpriseCode())
                && extended(new AccessExtension.Actor(who, Set.of(card.enterpriseCode()), Set.of(card.cardNo())),
                        permission).contains(enterpriseCode);
    }

    /** What the extensions grant the actor beyond its own enterprises. */
    private Set<String> extended(AccessExtension.Actor actor, String permission) {
        Set<String> more = new HashSet<>();
        for (AccessExtension e : extensions) {
            more.addAll(e.enterprises(actor, permission));
        }
        return more;
    }

    @Override
    public AccessDeniedException refused(UserContext who, String permission, String enterpriseCode, Refusal why) {
        // outside the caller's transaction, which the refusal rolls back; it stands whether or not it is recorded
        audit.recordOutside(who, AuditAction.REFUSED, REFUSAL_RECORD, permission, enterpriseCode, null,
                REFUSAL_TEXT + why.name());
        return new AccessDeniedException(who.username(), permission, name(permission).map(Object.class::cast)
                .orElse(permission), enterpriseCode, why);
    }

    @Override
    public Set<String> enterprises(UserContext who) {
        return who.system() ? Set.of() : grants(who).enterprises();
    }

    @Override
    public boolean allEnterprises(UserContext who) {
        return who.system() || grants(who).allEnterprises();
    }

    @Override
    public SortedMap<String, String> permissionNames(Locale locale) {
        SortedMap<String, String> all = new TreeMap<>();
        named().forEach((permission, name) -> all.put(permission,
                name.messages().get(name.key(), locale, name.args())));
        return all;
    }

    /** The name of the permission, translated with the message it is part of. */
    private Optional<Messages.Of> name(String permission) {
        return Optional.ofNullable(named().get(permission));
    }

    /** Every permission named: by the areas' (and the platform's) names, and for each document type its two. */
    private Map<String, Messages.Of> named() {
        Map<String, Messages.Of> all = new TreeMap<>();
        for (ComponentServiceObjects<DocumentType> objects : types) {
            DocumentType t = objects.getService();
            if (t == null) {
                continue; // going away
            }
            try {
                Messages.Text title = new Messages.Text(t.messages(), t.titleKey());
                all.put(t.viewPermission(), new Messages.Of(Messages.CORE, "permission.document.view",
                        new Object[] {title}));
                all.put(t.editPermission(), new Messages.Of(Messages.CORE, "permission.document.edit",
                        new Object[] {title}));
            } finally {
                objects.ungetService(t);
            }
        }
        for (PermissionNames n : names) {
            n.keys().forEach((permission, key) -> all.put(permission, new Messages.Of(n.messages(), key, new Object[0])));
        }
        return all;
    }

    private Grants grants(UserContext who) {
        if (who.userId() == null) {
            return Grants.NONE;
        }
        return Transactions.read(jpa, em -> {
            UserAccount u = em.find(UserAccount.class, who.userId());
            if (u == null || !u.isEnabled()) {
                return Grants.NONE;
            }
            Set<String> permissions = new HashSet<>();
            for (String code : u.getRoles()) {
                Role r = em.find(Role.class, code);
                if (r != null) {
                    permissions.addAll(r.getPermissions());
                }
            }
            return new Grants(Set.copyOf(permissions), Set.copyOf(u.getEnterprises()), Set.copyOf(u.getCards()));
        });
    }
}
