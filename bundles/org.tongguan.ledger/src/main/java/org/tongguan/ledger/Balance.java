package org.tongguan.ledger;

import java.math.BigDecimal;

/**
 * The 余量 of one 料件 or 成品 and the movements behind it, counting every approved list (预核扣 and 已核扣).
 *
 * @param imported 进口 (料件: 进口 and 退换进口; 成品: 退换进口)
 * @param exported 出口 (成品 exported; for a 料件 zero)
 * @param consumed 成品折料 (料件 only): the material of the exported 成品
 * @param domestic 内销
 * @param reexported 复出 (and 退换出口; for a 成品 its 退换复出)
 * @param transferred 余料结转: 转入 − 转出
 * @param scrap 边角料
 * @param balance 余量
 */
public record Balance(LedgerItem item, BigDecimal imported, BigDecimal exported, BigDecimal consumed,
        BigDecimal domestic, BigDecimal reexported, BigDecimal transferred, BigDecimal scrap, BigDecimal balance) {
    /** Whether the 余量 is under the row's 预警值. */
    public boolean belowWarning() {
        return item.warnQty() != null && balance.compareTo(item.warnQty()) < 0;
    }
}
