package org.tongguan.ledger.internal.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementKind;

/**
 * One row of a 核注清单 as it moves its ledger: the quantity, how it moves the balance and how far the list got
 * ({@link #DECLARED} 申报中, {@link #PRE_DEDUCTED} 预核扣, {@link #DEDUCTED} 已核扣).
 */
@Entity
@Table(name = "TG_LEDGER_MOVE")
public class MovementEntity {
    /** The list is declared and customs has not decided: it holds the quantity against other lists. */
    static final String DECLARED = "0";
    /** 预核扣: customs approved the list. */
    static final String PRE_DEDUCTED = "1";
    /** 已核扣: released. */
    static final String DEDUCTED = "2";

    @Id
    @SequenceGenerator(name = "TG_LEDGER_MOVE_SEQ", sequenceName = "TG_LEDGER_MOVE_SEQ", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_LEDGER_MOVE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "LEDGER_ID", nullable = false)
    long ledgerId;
    @Column(name = "LIST_ID", nullable = false)
    long listId;
    @Column(name = "LIST_NO", length = 30, nullable = false)
    String listNo;
    @Column(name = "LINE_NO", nullable = false)
    int lineNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "MARK", length = 1, nullable = false)
    Mark mark;
    @Column(name = "SEQ_NO", nullable = false)
    long seqNo;
    @Column(name = "VERNO", length = 8)
    String verno;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 12, nullable = false)
    MovementKind kind;
    @Column(name = "QTY", precision = 19, scale = 5, nullable = false)
    BigDecimal qty;
    @Column(name = "DEDUCT", length = 1, nullable = false)
    String deduct;
    @Column(name = "MOVE_DATE", nullable = false)
    LocalDate date;
}
