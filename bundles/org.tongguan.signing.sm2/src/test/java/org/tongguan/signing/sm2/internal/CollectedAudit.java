package org.tongguan.signing.sm2.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditEntry;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.audit.AuditQuery;
import org.tongguan.core.security.UserContext;

/**
 * An audit log for tests: keeps the entries in memory in the order recorded, values as the platform writes them
 * ({@code toString}); reading ignores the query.
 */
public final class CollectedAudit implements AuditLog {
    public final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void record(UserContext who, AuditAction action, String recordType, String recordId, String enterpriseCode,
            Object oldValue, Object newValue) {
        entries.add(new AuditEntry(Instant.now(), who.username(), action, recordType, recordId, enterpriseCode,
                text(oldValue), text(newValue)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    public List<AuditEntry> find(UserContext who, AuditQuery query, int offset, int limit) {
        List<AuditEntry> newestFirst = new ArrayList<>(entries);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count(UserContext who, AuditQuery query) {
        return entries.size();
    }
}
