package org.tongguan.delegation;

import java.time.LocalDate;

/**
 * A row of 查看操作员权限: an operator (card number, or null when the grant is for all operators: one row) of the
 * agent enterprise, and what it may do for which granting enterprise.
 */
public record OperatorRight(String cardNo, String grantorCode, String grantorName, Subsystem subsystem,
        GrantKind kind, LocalDate validFrom, LocalDate validTo) {
}
