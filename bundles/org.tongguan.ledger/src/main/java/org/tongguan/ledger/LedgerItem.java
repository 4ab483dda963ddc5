package org.tongguan.ledger;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A 料件 or 成品 of an approved ledger, as customs approved it.
 *
 * @param mark 料件 or 成品
 * @param seqNo 序号 (备案序号 of the lists)
 * @param declaredQty the 申报数量 (备案数量); for a 成品 the quantity its balance starts from
 * @param price 申报单价 in {@code currency}, or null
 * @param maxSurplusQty 批准最大余数量, or null when none was set
 * @param warnQty the enterprise's 余量预警值 for the row, or null
 */
public record LedgerItem(Mark mark, long seqNo, String mtno, String gdecd, String name, String spec, String unit,
        String lawfUnit, BigDecimal price, String currency, BigDecimal declaredQty, BigDecimal maxSurplusQty,
        BigDecimal warnQty) {
    public LedgerItem {
        Objects.requireNonNull(mark, "mark");
        declaredQty = declaredQty == null ? BigDecimal.ZERO : declaredQty;
    }
}
