package org.tongguan.stock.internal.book;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.tongguan.ledger.book.BookMove;

/** One row of a 出入库单 as it takes from its 业务申报表's row: held at 申报, counted at approval. */
@Entity
@Table(name = "TG_SAS_DCL_MOVE")
@AttributeOverride(name = "ledgerId", column = @Column(name = "SAS_DCL_ID", nullable = false))
public class DclMoveEntity extends BookMove {
    @Id
    @SequenceGenerator(name = "TG_SAS_DCL_MOVE_SEQ", sequenceName = "TG_SAS_DCL_MOVE_SEQ", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_SAS_DCL_MOVE_SEQ")
    @Column(name = "ID")
    Long id;
}
