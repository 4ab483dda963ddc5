package org.tongguan.ledger.internal.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.tongguan.core.declaration.Document;

/** What the area's own document types do to the approved ledgers: the ledger's approvals and the 报核 periods. */
public interface LedgerStore {
    /**
     * Customs approved the 加工贸易账册 document: its rows become the ledger's (rows marked 删除 are gone already); the
     * 预警值 the enterprise set stay with their rows.
     */
    void project(Document approved, String emsNo, LocalDate approvedOn);

    /** An approved 报核 of the ledger: its period. */
    void recordPeriod(String emsNo, long documentId, String chgoffType, LocalDate begin, LocalDate end);

    /** The begin of the approved 正常 报核 of the ledger whose period ends that day, if there is one. */
    Optional<LocalDate> normalPeriodEndingOn(String emsNo, LocalDate end);

    /** 核销结果确认 of an approved 报核: the 实际剩余 of its 料件 (序号 → quantity) start the next period. */
    void confirm(long documentId, Map<Long, BigDecimal> actual);
}
