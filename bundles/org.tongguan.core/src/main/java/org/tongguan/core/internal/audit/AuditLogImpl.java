package org.tongguan.core.internal.audit;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditEntry;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.audit.AuditQuery;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.time.TimeDisplay;

@Component(service = AuditLog.class)
public class AuditLogImpl implements AuditLog {
    private final JpaTemplate jpa;
    private final AccessPolicy policy;
    private final TimeDisplay time;
    private final AuditWriter writer;

    @Activate
    public AuditLogImpl(@Reference(target = "(osgi.unit.name=tongguan-core)") JpaTemplate jpa,
            @Reference AccessPolicy policy, @Reference TimeDisplay time,
            @Reference(target = "(schema.bundle=org.tongguan.core)") SchemaReady schema) {
        this.jpa = jpa;
        this.policy = policy;
        this.time = time;
        this.writer = new AuditWriter(jpa, Clock.systemUTC());
    }

    @Override
    public void record(UserContext who, AuditAction action, String recordType, String recordId, String enterpriseCode,
            Object oldValue, Object newValue) {
        writer.record(who, action, recordType, recordId, enterpriseCode, oldValue, newValue);
    }

    @Override
    public List<AuditEntry> find(UserContext who, AuditQuery query, int offset, int limit) {
        policy.check(who, Permissions.ADMIN_AUDIT);
        return Transactions.read(jpa, em -> query(em, "SELECT a", query, AuditEntry.class,
                " ORDER BY a.at DESC, a.id DESC").setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    @Override
    public long count(UserContext who, AuditQuery query) {
        policy.check(who, Permissions.ADMIN_AUDIT);
        return Transactions.read(jpa, em -> query(em, "SELECT COUNT(a)", query, Long.class, "").getSingleResult());
    }

    private <T> TypedQuery<T> query(EntityManager em, String select, AuditQuery q, Class<T> type, String order) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (present(q.actor())) {
            where.append(" AND a.actor LIKE :actor");
            params.put("actor", "%" + q.actor().trim() + "%");
        }
        if (present(q.enterpriseCode())) {
            where.append(" AND a.enterpriseCode = :enterprise");
            params.put("enterprise", q.enterpriseCode().trim().toUpperCase(Locale.ROOT));
        }
        if (q.action() != null) {
            where.append(" AND a.action = :action");
            params.put("action", q.action().name());
        }
        if (q.from() != null) {
            where.append(" AND a.at >= :from");
            params.put("from", time.startOf(q.from()));
        }
        if (q.to() != null) {
            where.append(" AND a.at < :to");
            params.put("to", time.startOf(q.to().plusDays(1)));
        }
        if (present(q.text())) {
            where.append(" AND (a.actor LIKE :text OR a.recordType LIKE :text OR a.recordId LIKE :text)");
            params.put("text", "%" + q.text().trim() + "%");
        }
        TypedQuery<T> tq = em.createQuery(select + " FROM AuditEntry a" + where + order, type);
        params.forEach(tq::setParameter);
        return tq;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
