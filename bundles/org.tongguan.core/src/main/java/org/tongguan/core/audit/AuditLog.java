package org.tongguan.core.audit;

import java.util.List;
import org.tongguan.core.security.UserContext;

/**
 * The audit log. {@link #record} joins the caller's transaction, so a change and its audit line are written
 * together or not at all.
 */
public interface AuditLog {

    void record(UserContext who, AuditAction action, String recordType, String recordId, Object oldValue,
            Object newValue);

    /** Newest first; {@code filter} matches actor, record type or record id (blank: all). Admins only. */
    List<AuditEntry> find(UserContext who, String filter, int offset, int limit);

    long count(UserContext who, String filter);
}
