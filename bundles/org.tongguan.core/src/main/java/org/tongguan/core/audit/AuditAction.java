package org.tongguan.core.audit;

/** What happened to a record; {@link #REFUSED}: an operation the access policy did not allow. */
public enum AuditAction { CREATE, CHANGE, DELETE, STATE, SIGN_IN, LOCK, REFUSED }
