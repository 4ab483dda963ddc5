package org.tongguan.core.internal.security;

import java.util.Map;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.GrantSource;
import org.tongguan.core.security.Role;

/**
 * Gives the standard roles the default grants areas declare ({@link GrantSource}: every document type, and the
 * sources areas register), each once: a grant already given is recorded, so an administrator's later change on
 * 角色管理 stands. Areas write nothing into the core's tables themselves.
 */
@Component(immediate = true)
public class GrantSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(GrantSeeder.class);
    private final JpaTemplate jpa;

    @Activate
    public GrantSeeder(@Reference(target = "(osgi.unit.name=tongguan-core)") JpaTemplate jpa,
            @Reference(target = "(schema.bundle=org.tongguan.core)") SchemaReady schema) {
        this.jpa = jpa;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "forget")
    void addType(DocumentType type) {
        seed(type.id(), type.defaultGrants());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "forget")
    void addSource(GrantSource source) {
        seed(source.getClass().getName(), source.defaultGrants());
    }

    void forget(Object gone) {
        // what was given stays given: grants belong to the roles, not to the area that proposed them
    }

    /** Gives each role each permission it has never been given by default; returns how many were given now. */
    int seed(String source, Map<String, Set<String>> grants) {
        try {
            int given = Transactions.write(jpa, "grants", em -> {
                int n = 0;
                for (Map.Entry<String, Set<String>> e : grants.entrySet()) {
                    Role role = em.find(Role.class, e.getKey());
                    for (String permission : e.getValue()) {
                        if (em.find(GrantSeeded.class, new GrantSeeded.Key(e.getKey(), permission)) != null) {
                            continue;
                        }
                        em.persist(new GrantSeeded(e.getKey(), permission));
                        if (role != null && role.getPermissions().add(permission)) {
                            n++;
                        }
                    }
                }
                return n;
            });
            if (given > 0) {
                LOG.info("{} default grant(s) of {} given to the standard roles", given, source);
            }
            return given;
        } catch (RuntimeException e) {
            // another node gave them at the same moment, or the database is not there yet: the next start tries again
            LOG.warn("Default grants of {} not given now: {}", source, e.toString());
            return 0;
        }
    }
}
