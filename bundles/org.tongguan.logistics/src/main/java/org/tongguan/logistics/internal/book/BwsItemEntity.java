package org.tongguan.logistics.internal.book;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.tongguan.ledger.book.BookItem;

/** A 商品 of an approved 物流账册, by its 备案序号. */
@Entity
@Table(name = "TG_BWS_ITEM")
@AttributeOverride(name = "ledgerId", column = @Column(name = "BWS_ID", nullable = false))
public class BwsItemEntity extends BookItem {
    @Id
    @SequenceGenerator(name = "TG_BWS_ITEM_SEQ", sequenceName = "TG_BWS_ITEM_SEQ", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_BWS_ITEM_SEQ")
    @Column(name = "ID")
    Long id;
}
