package org.tongguan.logistics.internal.book;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** An approved 物流账册: what customs approved last of its document. */
@Entity
@Table(name = "TG_BWS")
public class BwsLedgerEntity {
    @Id
    @SequenceGenerator(name = "TG_BWS_SEQ", sequenceName = "TG_BWS_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_BWS_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "BWS_NO", length = 12, nullable = false, unique = true)
    String bwsNo;
    @Column(name = "ENTERPRISE_CODE", length = 10, nullable = false)
    String enterpriseCode;
    @Column(name = "ENTERPRISE_NAME", length = 512)
    String enterpriseName;
    @Column(name = "MASTER_CUSCD", length = 4)
    String masterCuscd;
    @Column(name = "CHANGE_COUNT", nullable = false)
    int changeCount;
    @Column(name = "APPROVED_ON", nullable = false)
    LocalDate approvedOn;
    @Column(name = "DOCUMENT_ID", nullable = false)
    long documentId;
}
