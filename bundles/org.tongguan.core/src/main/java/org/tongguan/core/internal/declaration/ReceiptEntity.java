package org.tongguan.core.internal.declaration;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.Receipt;

/** A customs receipt of a document, kept whole (its content hash makes a second delivery a no-op). */
@Entity
@Table(name = "TG_DOCUMENT_RECEIPT")
public class ReceiptEntity {
    @Id
    @SequenceGenerator(name = "TG_DOCUMENT_RECEIPT_SEQ", sequenceName = "TG_DOCUMENT_RECEIPT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_DOCUMENT_RECEIPT_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "DOCUMENT_ID", nullable = false)
    long documentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 10, nullable = false)
    Receipt.Kind kind;
    @Column(name = "SHA256", length = 64, nullable = false, unique = true)
    String sha256;
    @Column(name = "FILE_NAME", length = 200, nullable = false)
    String fileName;
    @Column(name = "RECEIVED_AT", nullable = false)
    Instant receivedAt;
    @Column(name = "SEQ_NO", length = 18)
    String seqNo;
    @Column(name = "BUSINESS_NO", length = 64)
    String businessNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 20, nullable = false)
    DocumentState state;
    @Column(name = "APPROVED_AT")
    Instant approvedAt;
    @Column(name = "REMARK", length = 500)
    String remark;
    @Column(name = "CHECKS", length = 16000)
    String checks;
    @Column(name = "NUMBERS", length = 2000)
    String numbers;
}
