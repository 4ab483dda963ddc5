package org.tongguan.core.audit;

import java.util.List;
import org.tongguan.core.security.UserContext;

/**
 * The audit log. {@link #record} joins the caller's transaction, so a change and its audit line are written
 * together or not at all. (Refusals are recorded by the {@link org.tongguan.core.security.AccessPolicy}, in a
 * transaction of their own.)
 */
public interface AuditLog {

    /**
     * @param enterpriseCode the 海关编码 of the enterprise the record belongs to, or null when it has none
     * @param oldValue what the record was ({@code toString}), or null; a fixed phrase is a key of the core's texts
     *        ({@code audit.passwordChanged}), translated when shown
     */
    void record(UserContext who, AuditAction action, String recordType, String recordId, String enterpriseCode,
            Object oldValue, Object newValue);

    /** A record of no one enterprise (users, roles). */
    default void record(UserContext who, AuditAction action, String recordType, String recordId, Object oldValue,
            Object newValue) {
        record(who, action, recordType, recordId, null, oldValue, newValue);
    }

    /** Newest first, what the query matches. Admins only. */
    List<AuditEntry> find(UserContext who, AuditQuery query, int offset, int limit);

    long count(UserContext who, AuditQuery query);
}
