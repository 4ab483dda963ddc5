package org.tongguan.ledger.book.stock;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.tongguan.ledger.book.BookLedger;

/** The test book's ledger. */
@Entity
@Table(name = "TG_STOCK")
public class StockLedger extends BookLedger {
    @Id
    @SequenceGenerator(name = "TG_STOCK_SEQ", sequenceName = "TG_STOCK_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_STOCK_SEQ")
    @Column(name = "ID")
    Long id;

    @Override
    public Long id() {
        return id;
    }
}
