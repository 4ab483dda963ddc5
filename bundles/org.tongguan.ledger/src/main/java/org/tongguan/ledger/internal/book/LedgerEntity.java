package org.tongguan.ledger.internal.book;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;
import org.tongguan.ledger.book.BookLedger;

/** An approved 加工贸易账册 (底账), versioned. */
@Entity
@Table(name = "TG_LEDGER")
public class LedgerEntity extends BookLedger {
    @Id
    @SequenceGenerator(name = "TG_LEDGER_SEQ", sequenceName = "TG_LEDGER_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_LEDGER_SEQ")
    @Column(name = "ID")
    Long id;
    @Version
    @Column(name = "VERSION")
    long version;

    @Override
    public Long id() {
        return id;
    }
}
