package org.tongguan.stock.internal.book;

import java.math.BigDecimal;
import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.tongguan.ledger.LedgerItem;
import org.tongguan.ledger.book.BookItem;

/** A row of an approved 业务申报表, by its 申报序号: its 申报数量 is what the 出入库单 under it may take. */
@Entity
@Table(name = "TG_SAS_DCL_ITEM")
@AttributeOverride(name = "ledgerId", column = @Column(name = "SAS_DCL_ID", nullable = false))
public class DclItemEntity extends BookItem {
    @Id
    @SequenceGenerator(name = "TG_SAS_DCL_ITEM_SEQ", sequenceName = "TG_SAS_DCL_ITEM_SEQ", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_SAS_DCL_ITEM_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "DCL_QTY", precision = 19, scale = 5, nullable = false)
    BigDecimal qty;
    @Column(name = "ORIACT_GDS_SEQNO")
    Long oriactGdsSeqno;
    @Column(name = "SECD_LAWF_UNIT", length = 3)
    String secdLawfUnit;

    /** The row with its 申报数量 as the quantity its balance starts from. */
    @Override
    public LedgerItem item() {
        return new LedgerItem(mark, seqNo, mtno, gdecd, name, spec, unit, lawfUnit, price, currency, qty, null, null);
    }
}
