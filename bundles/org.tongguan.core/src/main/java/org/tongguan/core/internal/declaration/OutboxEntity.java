package org.tongguan.core.internal.declaration;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * A sealed message committed with its document's 已申报 and not yet handed to the customs transport. Written in the
 * 申报 transaction, removed once the transport has it: a crash in between leaves it here, and it is sent later.
 */
@Entity
@Table(name = "TG_DOCUMENT_OUTBOX")
public class OutboxEntity {
    @Id
    @Column(name = "DOCUMENT_ID")
    Long documentId;
    @Column(name = "BUSINESS_TYPE", length = 10, nullable = false)
    String businessType;
    @Column(name = "FILE_NAME", length = 120, nullable = false)
    String fileName;
    @Lob
    @Column(name = "CONTENT", nullable = false)
    byte[] content;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
}
