package org.tongguan.ledger;

import java.time.LocalDate;

/**
 * An approved ledger (账册), as customs approved it last.
 *
 * @param emsNo 账册编号 (12 characters, the first letter its kind: E 加工贸易账册 …)
 * @param enterpriseCode the 海关编码 of the 经营单位 it belongs to
 * @param enterpriseName its name
 * @param masterCuscd 主管海关
 * @param changeCount 变更次数 of the approved version
 * @param approvedOn the day of its latest approval
 * @param documentId the 加工贸易账册 document it comes from
 */
public record Ledger(String emsNo, String enterpriseCode, String enterpriseName, String masterCuscd,
        int changeCount, LocalDate approvedOn, long documentId) {
    /** The ledger's kind: the first letter of its number (E 加工贸易账册, T 物流账册 …). */
    public char kind() {
        return emsNo.charAt(0);
    }
}
