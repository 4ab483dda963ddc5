package org.tongguan.ledger.internal.book;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** An approved ledger: what customs approved last of its 加工贸易账册 document (底账). */
@Entity
@Table(name = "TG_LEDGER")
public class LedgerEntity {
    @Id
    @SequenceGenerator(name = "TG_LEDGER_SEQ", sequenceName = "TG_LEDGER_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_LEDGER_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "EMS_NO", length = 12, nullable = false, unique = true)
    String emsNo;
    @Column(name = "ENTERPRISE_CODE", length = 10, nullable = false)
    String enterpriseCode;
    @Column(name = "ENTERPRISE_NAME", length = 512)
    String enterpriseName;
    @Column(name = "MASTER_CUSCD", length = 4)
    String masterCuscd;
    @Column(name = "CHANGE_COUNT", nullable = false)
    int changeCount;
    @Column(name = "FIRST_APPROVED_ON", nullable = false)
    LocalDate firstApprovedOn;
    @Column(name = "APPROVED_ON", nullable = false)
    LocalDate approvedOn;
    @Column(name = "DOCUMENT_ID", nullable = false)
    long documentId;
    @Version
    @Column(name = "VERSION")
    long version;
}
