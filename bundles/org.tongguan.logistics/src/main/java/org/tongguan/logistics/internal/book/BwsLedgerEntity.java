package org.tongguan.logistics.internal.book;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.tongguan.ledger.book.BookLedger;

/** An approved 物流账册: what customs approved last of its document. */
@Entity
@Table(name = "TG_BWS")
@AttributeOverride(name = "number", column = @Column(name = "BWS_NO", length = 12, nullable = false, unique = true))
public class BwsLedgerEntity extends BookLedger {
    @Id
    @SequenceGenerator(name = "TG_BWS_SEQ", sequenceName = "TG_BWS_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_BWS_SEQ")
    @Column(name = "ID")
    Long id;

    @Override
    public Long id() {
        return id;
    }
}
