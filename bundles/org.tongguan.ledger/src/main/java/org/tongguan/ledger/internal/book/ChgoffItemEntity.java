package org.tongguan.ledger.internal.book;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** The confirmed 实际剩余 of one 料件 at the end of a 报核 period. */
@Entity
@Table(name = "TG_LEDGER_CHGOFF_ITEM")
public class ChgoffItemEntity {
    @Id
    @SequenceGenerator(name = "TG_LEDGER_CHGOFF_ITEM_SEQ", sequenceName = "TG_LEDGER_CHGOFF_ITEM_SEQ",
            allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_LEDGER_CHGOFF_ITEM_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "CHGOFF_ID", nullable = false)
    long chgoffId;
    @Column(name = "SEQ_NO", nullable = false)
    long seqNo;
    @Column(name = "ACTUAL_QTY", precision = 19, scale = 5, nullable = false)
    BigDecimal actualQty;
}
