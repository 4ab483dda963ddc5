package org.tongguan.core.audit;

/** What happened to a record. */
public enum AuditAction { CREATE, CHANGE, DELETE, STATE, SIGN_IN, LOCK }
