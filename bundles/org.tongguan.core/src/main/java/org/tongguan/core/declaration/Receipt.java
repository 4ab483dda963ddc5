package org.tongguan.core.declaration;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A customs receipt of a document, as kept: every receipt is kept; 查看回执 shows the latest.
 *
 * @param kind import receipt (入库回执) or business receipt (审批回执)
 * @param seqNo the 预录入统一编号 the receipt names, or the document's
 * @param businessNo the 业务编号: what customs assigned (e.g. 档案库编号) or the document's business number
 * @param state the data state the receipt left the document in
 * @param approvedAt the 审批日期 (business receipts), or null
 * @param remark the 备注 (e.g. 退单)
 * @param checks the 检查信息 lines in receipt order
 * @param numbers kind → number customs assigned (business receipts)
 */
public record Receipt(long id, Kind kind, Instant receivedAt, String seqNo, String businessNo, DocumentState state,
        Instant approvedAt, String remark, List<Check> checks, Map<String, String> numbers) {
    public Receipt {
        checks = List.copyOf(checks);
        numbers = Map.copyOf(numbers);
    }

    /** 入库回执, 审批回执, and the 核扣 / 放行 receipt that follows the approval of some documents (核注清单). */
    public enum Kind {
        IMPORT, BUSINESS, RELEASE
    }

    /**
     * One 检查信息: code and text, shown as "[code] text", or as the text alone when it has no code (customs' real
     * receipts carry {@code CheckInfo/note} only).
     */
    public record Check(String code, String text) {
        @Override
        public String toString() {
            return code == null || code.isEmpty() ? text : "[" + code + "] " + text;
        }
    }
}
