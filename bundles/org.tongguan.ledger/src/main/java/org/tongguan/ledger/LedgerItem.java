package org.tongguan.ledger;

import java.math.BigDecimal;
import java.util.Map;
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

    /**
     * A document row that names this ledger row takes the ledger's 料号, 商品编码, 名称 and units (the customs element
     * keys), and its 规格型号, 币制 and 单价 where the row leaves them blank.
     */
    public void fill(Map<String, String> row) {
        put(row, "gdsMtno", mtno);
        put(row, "gdecd", gdecd);
        put(row, "gdsNm", name);
        put(row, "dclUnitcd", unit);
        put(row, "lawfUnitcd", lawfUnit);
        if (!row.containsKey("gdsSpcfModelDesc")) {
            put(row, "gdsSpcfModelDesc", spec);
        }
        if (!row.containsKey("dclCurrcd")) {
            put(row, "dclCurrcd", currency);
        }
        if (!row.containsKey("dclUprcAmt") && price != null) {
            row.put("dclUprcAmt", LedgerTexts.plain(price));
        }
    }

    private static void put(Map<String, String> row, String key, String value) {
        if (value != null && !value.isBlank()) {
            row.put(key, value);
        } else {
            row.remove(key);
        }
    }
}
