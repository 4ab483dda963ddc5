package org.tongguan.ledger.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.MappedSuperclass;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementKind;

/**
 * One row of a 核注清单 as it moves its ledger: the quantity, how it moves the balance and how far the list got
 * ({@link #DECLARED} 申报中, {@link #PRE_DEDUCTED} 预核扣, {@link #DEDUCTED} 已核扣).
 */
@MappedSuperclass
public abstract class BookMove {
    /** The list is declared and customs has not decided: it holds the quantity against other lists. */
    public static final String DECLARED = "0";
    /** 预核扣: customs approved the list. */
    public static final String PRE_DEDUCTED = "1";
    /** 已核扣: released. */
    public static final String DEDUCTED = "2";

    @Column(name = "LEDGER_ID", nullable = false)
    public long ledgerId;
    @Column(name = "LIST_ID", nullable = false)
    public long listId;
    @Column(name = "LIST_NO", length = 30, nullable = false)
    public String listNo;
    @Column(name = "LINE_NO", nullable = false)
    public int lineNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "MARK", length = 1, nullable = false)
    public Mark mark;
    @Column(name = "SEQ_NO", nullable = false)
    public long seqNo;
    /** For an export of a 成品: the 单耗版本 its material is counted with. */
    @Column(name = "VERNO", length = 8)
    public String verno;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 12, nullable = false)
    public MovementKind kind;
    @Column(name = "QTY", precision = 19, scale = 5, nullable = false)
    public BigDecimal qty;
    @Column(name = "DEDUCT", length = 1, nullable = false)
    public String deduct;
    @Column(name = "MOVE_DATE", nullable = false)
    public LocalDate date;

    /** The quantity as it moves the balance: negative when it takes. */
    public BigDecimal signed() {
        return kind.sign() > 0 ? qty : qty.negate();
    }
}
