package org.tongguan.logistics.internal.book;

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
import org.tongguan.ledger.MovementKind;

/**
 * One row of a 核注清单 as it moves its 物流账册: 入仓 or 出仓 of a 商品, and how far the list got ({@link #DECLARED}
 * 申报中, {@link #PRE_DEDUCTED} 预核扣, {@link #DEDUCTED} 已核扣).
 */
@Entity
@Table(name = "TG_BWS_MOVE")
public class BwsMoveEntity {
    static final String DECLARED = "0";
    static final String PRE_DEDUCTED = "1";
    static final String DEDUCTED = "2";

    @Id
    @SequenceGenerator(name = "TG_BWS_MOVE_SEQ", sequenceName = "TG_BWS_MOVE_SEQ", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_BWS_MOVE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "BWS_ID", nullable = false)
    long ledgerId;
    @Column(name = "LIST_ID", nullable = false)
    long listId;
    @Column(name = "LIST_NO", length = 30, nullable = false)
    String listNo;
    @Column(name = "LINE_NO", nullable = false)
    int lineNo;
    @Column(name = "SEQ_NO", nullable = false)
    long seqNo;
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
