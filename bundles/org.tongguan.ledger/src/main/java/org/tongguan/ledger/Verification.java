package org.tongguan.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The 报核 figures of a ledger for a period, computed from the approved lists and the BOM: per 料件
 * {@code 应剩余 = 期初 + 进口 + 结转转入 − 成品耗用 − 复出 − 内销 − 结转转出 − 边角料}, per 成品 what was exported.
 * Quantities have 5 decimals (HALF_UP after the sums).
 *
 * @param opensFromConfirmed whether 期初 starts from a confirmed 核销 result (else from the ledger's first day)
 */
public record Verification(String emsNo, LocalDate from, LocalDate to, boolean opensFromConfirmed,
        List<Material> materials, List<Product> products) {
    public Verification {
        materials = List.copyOf(materials);
        products = List.copyOf(products);
    }

    /**
     * One 料件.
     *
     * @param opening 期初
     * @param imported 进口 (with 退换进口)
     * @param transferIn 余料结转转入
     * @param consumed 成品耗用 (成品折料 of the period's exports)
     * @param reexported 复出 (with 退换出口)
     * @param domestic 内销
     * @param transferOut 余料结转转出
     * @param scrap 边角料
     * @param expected 应剩余
     */
    public record Material(LedgerItem item, BigDecimal opening, BigDecimal imported, BigDecimal transferIn,
            BigDecimal consumed, BigDecimal reexported, BigDecimal domestic, BigDecimal transferOut,
            BigDecimal scrap, BigDecimal expected) {
        /** 复出 + 内销 + 结转(转出 − 转入) + 边角料: what left other than in the 成品. */
        public BigDecimal others() {
            return reexported.add(domestic).add(transferOut).subtract(transferIn).add(scrap);
        }
    }

    /** One 成品: exported in the period, 退换 returned and shipped again. */
    public record Product(LedgerItem item, BigDecimal exported, BigDecimal returnedIn, BigDecimal returnedOut) {
    }
}
