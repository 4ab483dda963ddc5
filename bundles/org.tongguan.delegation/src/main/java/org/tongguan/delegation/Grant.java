package org.tongguan.delegation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 企业间授权: the granting enterprise (the 法人卡's) lets the agent enterprise act for it in one subsystem, from
 * {@code validFrom} to {@code validTo} (权限有效期, both days included, Beijing time).
 *
 * @param id null for a new one
 * @param version what the clerk read (concurrent edits are refused)
 * @param grantedOn 授权日期, filled by the product
 * @param grantorCard the 法人卡 that saved it
 */
public record Grant(Long id, long version, String grantorCode, String grantorCreditCode, String grantorName,
        String agentCode, String agentCreditCode, String agentName, Subsystem subsystem, GrantKind kind,
        LocalDate validFrom, LocalDate validTo, LocalDate grantedOn, String grantorCard, Instant updatedAt) {

    /** What a clerk enters for a new grant or a change of one (the rest is filled by the product). */
    public static Grant input(Long id, long version, String agentCode, Subsystem subsystem, GrantKind kind,
            LocalDate validFrom, LocalDate validTo) {
        return new Grant(id, version, null, null, null, agentCode, null, null, subsystem, kind, validFrom, validTo,
                null, null, null);
    }

    /** Whether it is in force on {@code day}. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
