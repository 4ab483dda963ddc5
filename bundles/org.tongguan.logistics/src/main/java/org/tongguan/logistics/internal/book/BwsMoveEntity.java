package org.tongguan.logistics.internal.book;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.tongguan.ledger.book.BookMove;

/** One row of a 核注清单 as it moves its 物流账册: 入仓 or 出仓 of a 商品. */
@Entity
@Table(name = "TG_BWS_MOVE")
@AttributeOverride(name = "ledgerId", column = @Column(name = "BWS_ID", nullable = false))
public class BwsMoveEntity extends BookMove {
    @Id
    @SequenceGenerator(name = "TG_BWS_MOVE_SEQ", sequenceName = "TG_BWS_MOVE_SEQ", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_BWS_MOVE_SEQ")
    @Column(name = "ID")
    Long id;
}
