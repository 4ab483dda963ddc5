package org.tongguan.ledger.internal.book;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.tongguan.ledger.book.BookMove;

/** One row of a 核注清单 as it moves its 加工贸易账册. */
@Entity
@Table(name = "TG_LEDGER_MOVE")
public class MovementEntity extends BookMove {
    @Id
    @SequenceGenerator(name = "TG_LEDGER_MOVE_SEQ", sequenceName = "TG_LEDGER_MOVE_SEQ", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_LEDGER_MOVE_SEQ")
    @Column(name = "ID")
    Long id;
}
