package org.tongguan.ledger.book.stock;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.tongguan.ledger.book.BookItem;

@Entity
@Table(name = "TG_STOCK_ITEM")
public class StockItem extends BookItem {
    @Id
    @SequenceGenerator(name = "TG_STOCK_ITEM_SEQ", sequenceName = "TG_STOCK_ITEM_SEQ", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_STOCK_ITEM_SEQ")
    @Column(name = "ID")
    Long id;
}
