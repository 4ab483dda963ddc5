package org.tongguan.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One list row behind a 料件's figure in a 报核: the row itself (a movement of the 料件) or an export of a 成品 whose
 * BOM takes the 料件 ({@code endprdSeqNo}, {@code ucns}, {@code bondRatio} set; {@code quantity} is then the 成品's and
 * {@code effect} the material).
 *
 * @param effect what it does to the 料件's 应剩余 (negative when it takes)
 */
public record Source(String listNo, LocalDate date, MovementKind kind, Long endprdSeqNo, String ucnsVerno,
        BigDecimal quantity, BigDecimal ucns, BigDecimal bondRatio, BigDecimal effect) {
}
