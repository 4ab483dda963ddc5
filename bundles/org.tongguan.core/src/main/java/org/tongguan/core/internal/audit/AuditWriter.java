package org.tongguan.core.internal.audit;

import java.time.Clock;
import org.apache.aries.jpa.template.JpaTemplate;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditEntry;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.security.UserContext;

/**
 * Writes audit entries: the audit log's, in the caller's transaction, and the access policy's refusals, outside it
 * (a refusal usually rolls the caller's back). One shape of entry for both.
 */
public final class AuditWriter {
    private static final int MAX_VALUE = 30_000;
    private final JpaTemplate jpa;
    private final Clock clock;

    public AuditWriter(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** In the caller's transaction: written with the change, or not at all. */
    public void record(UserContext who, AuditAction action, String recordType, String recordId, String enterpriseCode,
            Object oldValue, Object newValue) {
        AuditEntry e = entry(who, action, recordType, recordId, enterpriseCode, oldValue, newValue);
        Transactions.write(jpa, "", em -> {
            em.persist(e);
            return null;
        });
    }

    /**
     * Outside the caller's transaction (after it has ended, when there is one), in one of its own: kept whatever
     * becomes of the caller's. A failure to write is logged, not thrown.
     */
    public void recordOutside(UserContext who, AuditAction action, String recordType, String recordId,
            String enterpriseCode, Object oldValue, Object newValue) {
        AuditEntry e = entry(who, action, recordType, recordId, enterpriseCode, oldValue, newValue);
        Transactions.outside(() -> Transactions.write(jpa, "", em -> {
            em.persist(e);
            return null;
        }));
    }

    private AuditEntry entry(UserContext who, AuditAction action, String recordType, String recordId,
            String enterpriseCode, Object oldValue, Object newValue) {
        return new AuditEntry(clock.instant(), who.username(), action, recordType, recordId, enterpriseCode,
                text(oldValue), text(newValue));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.length() > MAX_VALUE ? s.substring(0, MAX_VALUE) : s;
    }
}
