package org.tongguan.ledger.internal.book;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/**
 * An approved 报核 of a ledger: its period and, once the enterprise confirmed customs' 核销 result
 * (核销结果确认), the 实际剩余 of its 料件 ({@link ChgoffItemEntity}), from which the next period starts.
 */
@Entity
@Table(name = "TG_LEDGER_CHGOFF")
public class ChgoffEntity {
    @Id
    @SequenceGenerator(name = "TG_LEDGER_CHGOFF_SEQ", sequenceName = "TG_LEDGER_CHGOFF_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_LEDGER_CHGOFF_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "LEDGER_ID", nullable = false)
    long ledgerId;
    @Column(name = "DOCUMENT_ID", nullable = false, unique = true)
    long documentId;
    @Column(name = "CHGOFF_TYPE", length = 1, nullable = false)
    String type;
    @Column(name = "BEGIN_DATE", nullable = false)
    LocalDate begin;
    @Column(name = "END_DATE", nullable = false)
    LocalDate end;
    @Column(name = "CONFIRMED_AT")
    Instant confirmedAt;
}
