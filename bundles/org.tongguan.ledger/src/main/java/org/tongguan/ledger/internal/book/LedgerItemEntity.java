package org.tongguan.ledger.internal.book;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A 料件 (I) or 成品 (E) of an approved ledger; the enterprise's 预警值 stays across changes. */
@Entity
@Table(name = "TG_LEDGER_ITEM")
public class LedgerItemEntity {
    @Id
    @SequenceGenerator(name = "TG_LEDGER_ITEM_SEQ", sequenceName = "TG_LEDGER_ITEM_SEQ", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_LEDGER_ITEM_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "LEDGER_ID", nullable = false)
    long ledgerId;
    @Column(name = "MARK", length = 1, nullable = false)
    String mark;
    @Column(name = "SEQ_NO", nullable = false)
    long seqNo;
    @Column(name = "MTNO", length = 32)
    String mtno;
    @Column(name = "GDECD", length = 10)
    String gdecd;
    @Column(name = "GDS_NM", length = 512)
    String name;
    @Column(name = "SPEC", length = 512)
    String spec;
    @Column(name = "UNIT", length = 3)
    String unit;
    @Column(name = "LAWF_UNIT", length = 3)
    String lawfUnit;
    @Column(name = "PRICE", precision = 19, scale = 4)
    BigDecimal price;
    @Column(name = "CURRENCY", length = 3)
    String currency;
    @Column(name = "DCL_QTY", precision = 19, scale = 5)
    BigDecimal declaredQty;
    @Column(name = "MAX_SURP_QTY", precision = 19, scale = 5)
    BigDecimal maxSurplusQty;
    @Column(name = "WARN_QTY", precision = 19, scale = 5)
    BigDecimal warnQty;
}
