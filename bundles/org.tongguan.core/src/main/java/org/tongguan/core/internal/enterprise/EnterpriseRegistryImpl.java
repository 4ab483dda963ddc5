package org.tongguan.core.internal.enterprise;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.ConcurrentEditException;
import org.tongguan.core.Validator;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.enterprise.EnterpriseRules;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.Refusal;
import org.tongguan.core.security.UserContext;

@Component(service = EnterpriseRegistry.class)
public class EnterpriseRegistryImpl implements EnterpriseRegistry {
    private static final String RECORD = "enterprise";
    private final JpaTemplate jpa;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public EnterpriseRegistryImpl(@Reference(target = "(osgi.unit.name=tongguan-core)") JpaTemplate jpa,
            @Reference AccessPolicy policy, @Reference AuditLog audit,
            @Reference(target = "(schema.bundle=org.tongguan.core)") SchemaReady schema) {
        this.jpa = jpa;
        this.policy = policy;
        this.audit = audit;
    }

    @Override
    public List<Enterprise> list(UserContext who, String filter) {
        policy.check(who, Permissions.ENTERPRISE_VIEW);
        boolean all = policy.allEnterprises(who);
        Set<String> mine = all ? Set.of() : policy.enterprises(who);
        if (!all && mine.isEmpty()) {
            return List.of();
        }
        return Transactions.read(jpa, em -> {
            StringBuilder jpql = new StringBuilder("SELECT e FROM Enterprise e WHERE 1 = 1");
            boolean filtered = filter != null && !filter.isBlank();
            if (filtered) {
                jpql.append(" AND (e.customsCode LIKE :f OR e.creditCode LIKE :f OR e.name LIKE :f)");
            }
            if (!all) {
                jpql.append(" AND e.customsCode IN :mine");
            }
            TypedQuery<Enterprise> q = em.createQuery(jpql.append(" ORDER BY e.customsCode").toString(), Enterprise.class);
            if (filtered) {
                q.setParameter("f", "%" + filter.trim() + "%");
            }
            if (!all) {
                q.setParameter("mine", mine);
            }
            return q.getResultList();
        });
    }

    @Override
    public Optional<Enterprise> lookup(String customsCode) {
        if (customsCode == null || !EnterpriseRules.CUSTOMS_CODE.matcher(customsCode.trim()).matches()) {
            return Optional.empty();
        }
        return Transactions.read(jpa, em -> byCustomsCode(em, customsCode.trim()));
    }

    @Override
    public Enterprise save(UserContext who, Enterprise input) {
        Enterprise e = normalized(input);
        if (e.getId() == null) {
            // the registry is master data: only those acting for every enterprise add to it
            policy.check(who, Permissions.ENTERPRISE_EDIT);
            if (!policy.allEnterprises(who)) {
                throw policy.refused(who, Permissions.ENTERPRISE_EDIT, e.getCustomsCode(), Refusal.ALL_ENTERPRISES);
            }
        } else {
            policy.check(who, Permissions.ENTERPRISE_EDIT, e.getCustomsCode());
        }
        return Transactions.write(jpa, e.getName(), em -> {
            Validator v = EnterpriseRules.validate(e);
            byCustomsCode(em, e.getCustomsCode()).filter(other -> !other.getId().equals(e.getId()))
                    .ifPresent(other -> v.error("customsCode", "enterprise.customsCode.taken", e.getCustomsCode()));
            em.createQuery("SELECT x FROM Enterprise x WHERE x.creditCode = :c", Enterprise.class)
                    .setParameter("c", e.getCreditCode()).getResultList().stream()
                    .filter(other -> !other.getId().equals(e.getId())).findFirst()
                    .ifPresent(other -> v.error("creditCode", "enterprise.creditCode.taken", e.getCreditCode()));
            v.throwIfAny();
            if (e.getId() == null) {
                e.setUpdatedAt(clock.instant());
                em.persist(e);
                em.flush();
                audit.record(who, AuditAction.CREATE, RECORD, e.getCustomsCode(), e.getCustomsCode(), null, e);
                return e;
            }
            Enterprise stored = em.find(Enterprise.class, e.getId());
            if (stored == null || stored.getVersion() != e.getVersion()) {
                throw new ConcurrentEditException(e.getName());
            }
            if (!stored.getCustomsCode().equals(e.getCustomsCode())) {
                policy.check(who, Permissions.ENTERPRISE_EDIT, stored.getCustomsCode());
            }
            String before = stored.toString();
            stored.setCustomsCode(e.getCustomsCode());
            stored.setCreditCode(e.getCreditCode());
            stored.setName(e.getName());
            stored.setAddress(e.getAddress());
            stored.setPhone(e.getPhone());
            stored.setUpdatedAt(clock.instant());
            em.flush();
            audit.record(who, AuditAction.CHANGE, RECORD, stored.getCustomsCode(), stored.getCustomsCode(), before,
                    stored);
            return stored;
        });
    }

    /** Trimmed copy: codes upper-case, blanks as null. */
    private static Enterprise normalized(Enterprise in) {
        Enterprise e = in.copy();
        e.setCustomsCode(upper(in.getCustomsCode()));
        e.setCreditCode(upper(in.getCreditCode()));
        e.setName(trim(in.getName()));
        e.setAddress(trim(in.getAddress()));
        e.setPhone(trim(in.getPhone()));
        return e;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String upper(String s) {
        String t = trim(s);
        return t == null ? null : t.toUpperCase(java.util.Locale.ROOT);
    }

    private static Optional<Enterprise> byCustomsCode(EntityManager em, String code) {
        return em.createQuery("SELECT e FROM Enterprise e WHERE e.customsCode = :c", Enterprise.class)
                .setParameter("c", code).getResultList().stream().findFirst();
    }
}
