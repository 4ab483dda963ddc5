package org.tongguan.ledger.book;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.MappedSuperclass;
import org.tongguan.ledger.LedgerItem;
import org.tongguan.ledger.Mark;

/** A 料件 or 成品 (a 商品: {@link Mark#I}) of an approved ledger, by its 备案序号. */
@MappedSuperclass
public abstract class BookItem {
    @Column(name = "LEDGER_ID", nullable = false)
    public long ledgerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "MARK", length = 1, nullable = false)
    public Mark mark;
    @Column(name = "SEQ_NO", nullable = false)
    public long seqNo;
    @Column(name = "MTNO", length = 32)
    public String mtno;
    @Column(name = "GDECD", length = 10)
    public String gdecd;
    @Column(name = "GDS_NM", length = 512)
    public String name;
    @Column(name = "SPEC", length = 512)
    public String spec;
    @Column(name = "UNIT", length = 3)
    public String unit;
    @Column(name = "LAWF_UNIT", length = 3)
    public String lawfUnit;
    @Column(name = "PRICE", precision = 19, scale = 5)
    public BigDecimal price;
    @Column(name = "CURRENCY", length = 3)
    public String currency;

    /** The row as the documents see it (a book that keeps more, e.g. 备案数量 or 预警值, adds it). */
    public LedgerItem item() {
        return new LedgerItem(mark, seqNo, mtno, gdecd, name, spec, unit, lawfUnit, price, currency, null, null, null);
    }
}
