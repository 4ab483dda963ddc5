package org.tongguan.core.internal.audit;

import java.time.Clock;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditEntry;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.UserContext;

@Component(service = AuditLog.class)
public class AuditLogImpl implements AuditLog {
    private static final int MAX_VALUE = 30_000;
    private final JpaTemplate jpa;
    private final AccessPolicy policy;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public AuditLogImpl(@Reference(target = "(osgi.unit.name=tongguan-core)") JpaTemplate jpa,
            @Reference AccessPolicy policy,
            @Reference(target = "(schema.bundle=org.tongguan.core)") SchemaReady schema) {
        this.jpa = jpa;
        this.policy = policy;
    }

    @Override
    public void record(UserContext who, AuditAction action, String recordType, String recordId, Object oldValue,
            Object newValue) {
        AuditEntry e = new AuditEntry(clock.instant(), who.username(), action, recordType, recordId,
                text(oldValue), text(newValue));
        Transactions.write(jpa, "", em -> {
            em.persist(e);
            return null;
        });
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.length() > MAX_VALUE ? s.substring(0, MAX_VALUE) : s;
    }

    @Override
    public List<AuditEntry> find(UserContext who, String filter, int offset, int limit) {
        policy.check(who, Permissions.ADMIN_AUDIT);
        return Transactions.read(jpa, em -> query(em, "SELECT a", filter, AuditEntry.class, " ORDER BY a.at DESC, a.id DESC")
                .setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    @Override
    public long count(UserContext who, String filter) {
        policy.check(who, Permissions.ADMIN_AUDIT);
        return Transactions.read(jpa, em -> query(em, "SELECT COUNT(a)", filter, Long.class, "").getSingleResult());
    }

    private static <T> TypedQuery<T> query(EntityManager em, String select, String filter, Class<T> type, String order) {
        boolean all = filter == null || filter.isBlank();
        String where = all ? "" : " WHERE a.actor LIKE :f OR a.recordType LIKE :f OR a.recordId LIKE :f";
        TypedQuery<T> q = em.createQuery(select + " FROM AuditEntry a" + where + order, type);
        if (!all) {
            q.setParameter("f", "%" + filter.trim() + "%");
        }
        return q;
    }
}
