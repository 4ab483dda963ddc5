package org.tongguan.core.internal.security;

import java.util.HashSet;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Role;
import org.tongguan.core.security.UserAccount;
import org.tongguan.core.security.UserContext;

/**
 * Reads the user's current roles and bound enterprises on every question, so a change by an administrator applies
 * to the very next operation, on every node sharing the database.
 */
@Component(service = AccessPolicy.class)
public class AccessPolicyImpl implements AccessPolicy {
    private final JpaTemplate jpa;

    @Activate
    public AccessPolicyImpl(@Reference(target = "(osgi.unit.name=tongguan-core)") JpaTemplate jpa,
            @Reference(target = "(schema.bundle=org.tongguan.core)") SchemaReady schema) {
        this.jpa = jpa;
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
        return g.allows(permission) && g.actsFor(enterpriseCode);
    }

    @Override
    public Set<String> enterprises(UserContext who) {
        return who.system() ? Set.of() : grants(who).enterprises();
    }

    @Override
    public boolean allEnterprises(UserContext who) {
        return who.system() || grants(who).allEnterprises();
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
            return new Grants(Set.copyOf(permissions), Set.copyOf(u.getEnterprises()));
        });
    }
}
