package org.tongguan.ledger.internal.book;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.tongguan.ledger.LedgerItem;
import org.tongguan.ledger.book.BookItem;

/** A 料件 (I) or 成品 (E) of an approved 加工贸易账册; the enterprise's 预警值 stays across changes. */
@Entity
@Table(name = "TG_LEDGER_ITEM")
public class LedgerItemEntity extends BookItem {
    @Id
    @SequenceGenerator(name = "TG_LEDGER_ITEM_SEQ", sequenceName = "TG_LEDGER_ITEM_SEQ", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_LEDGER_ITEM_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "DCL_QTY", precision = 19, scale = 5)
    BigDecimal declaredQty;
    @Column(name = "MAX_SURP_QTY", precision = 19, scale = 5)
    BigDecimal maxSurplusQty;
    @Column(name = "WARN_QTY", precision = 19, scale = 5)
    BigDecimal warnQty;

    @Override
    public LedgerItem item() {
        return new LedgerItem(mark, seqNo, mtno, gdecd, name, spec, unit, lawfUnit, price, currency, declaredQty,
                maxSurplusQty, warnQty);
    }
}
