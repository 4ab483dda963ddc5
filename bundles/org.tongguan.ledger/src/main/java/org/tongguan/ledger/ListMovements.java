package org.tongguan.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one 核注清单 does to its ledger: the rows it declares against the ledger's 备案序号.
 *
 * @param listId the list document's id (one movement set per list)
 * @param listNo the number to show for it: the 核注清单编号 once assigned, else its 企业内部编号
 * @param emsNo the ledger (备案编号)
 * @param kind what the rows do ({@link MovementKind#of})
 * @param date the day the movement counts on (the list's 申报日期)
 * @param lines the rows
 */
public record ListMovements(long listId, String listNo, String emsNo, MovementKind kind, LocalDate date,
        List<Line> lines) {
    public ListMovements {
        Objects.requireNonNull(emsNo, "emsNo");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        lines = List.copyOf(lines);
    }

    /**
     * One row of the list.
     *
     * @param lineNo the row's 序号 in the list
     * @param seqNo the 备案序号 of the ledger's 料件 or 成品 ({@link MovementKind#mark()})
     * @param ucnsVerno for an export of a 成品: the 单耗版本号 its material is counted with, or null for the 成品's only
     *        version
     * @param qty 申报数量, in the ledger row's unit
     */
    public record Line(int lineNo, long seqNo, String ucnsVerno, BigDecimal qty) {
        public Line {
            Objects.requireNonNull(qty, "qty");
        }
    }
}
