package org.tongguan.core.audit;

import java.time.LocalDate;

/**
 * Which audit entries to list; every criterion is optional (null or blank: any). Applied by the database, so a page
 * of the result is a page of what matches.
 *
 * @param actor who acted: the user name, or a part of it
 * @param enterpriseCode the 海关编码 of the enterprise the entry concerns
 * @param action the kind of entry, e.g. {@link AuditAction#REFUSED}
 * @param from the first day, in the product's time zone ({@link org.tongguan.core.time.TimeDisplay})
 * @param to the last day (inclusive), in the product's time zone
 * @param text a part of the actor, the record type or the record
 */
public record AuditQuery(String actor, String enterpriseCode, AuditAction action, LocalDate from, LocalDate to,
        String text) {

    /** Everything. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}
