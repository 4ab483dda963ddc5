package org.tongguan.stock.internal.book;

import java.time.LocalDate;
import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.tongguan.ledger.book.BookLedger;

/**
 * An approved 业务申报表: what customs approved last of its document, and what a 出入库单 under it takes from it
 * (业务类型, 货物流向, 区内账册, 申请人, 有效期).
 */
@Entity
@Table(name = "TG_SAS_DCL")
@AttributeOverride(name = "number", column = @Column(name = "SAS_DCL_NO", length = 64, nullable = false,
        unique = true))
public class DclLedgerEntity extends BookLedger {
    @Id
    @SequenceGenerator(name = "TG_SAS_DCL_SEQ", sequenceName = "TG_SAS_DCL_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_SAS_DCL_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "ENTERPRISE_SCCD", length = 18)
    String enterpriseSccd;
    // set after the shared columns are flushed (projected), so not null only by the document's own rule
    @Column(name = "BUSINESS_TYPECD", length = 1)
    String businessTypecd;
    @Column(name = "DIRECTION_TYPECD", length = 1)
    String directionTypecd;
    @Column(name = "AREAIN_ORIACT_NO", length = 64)
    String areainOriactNo;
    @Column(name = "DCL_ER", length = 256)
    String dclEr;
    @Column(name = "VALID_TIME")
    LocalDate validTime;

    @Override
    public Long id() {
        return id;
    }
}
