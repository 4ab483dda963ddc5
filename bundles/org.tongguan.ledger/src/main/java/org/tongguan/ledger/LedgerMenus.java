package org.tongguan.ledger;

/**
 * The menu groups of the ledgers' areas (manuals 000 and 001), contributed once by the ledger area: every area whose
 * pages sit under them (the lists, the 物流账册, the coming 业务申报表 and 出入库单) names them from here.
 */
public final class LedgerMenus {
    /** 加工贸易账册 › 数据录入. */
    public static final String LEDGER_ENTRY = "ledger.entry";
    /** 加工贸易账册 › 数据查询. */
    public static final String LEDGER_QUERY = "ledger.query";
    /** 保税物流管理 › 数据录入. */
    public static final String LOGISTICS_ENTRY = "logistics.entry";
    /** 保税物流管理 › 数据查询. */
    public static final String LOGISTICS_QUERY = "logistics.query";

    private LedgerMenus() {
    }
}
