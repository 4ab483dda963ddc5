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
import org.tongguan.core.declaration.Document.AttachmentStatus;

/** A 随附单据's description; its bytes are in {@link AttachmentFileEntity}, read only when downloaded. */
@Entity
@Table(name = "TG_DOCUMENT_ATTACHMENT")
public class AttachmentEntity {
    @Id
    @SequenceGenerator(name = "TG_DOCUMENT_ATTACHMENT_SEQ", sequenceName = "TG_DOCUMENT_ATTACHMENT_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_DOCUMENT_ATTACHMENT_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "DOCUMENT_ID", nullable = false)
    long documentId;
    @Column(name = "KIND", length = 10, nullable = false)
    String kind;
    @Column(name = "DOC_NUMBER", length = 64)
    String number;
    @Column(name = "FILE_NAME", length = 200, nullable = false)
    String fileName;
    @Column(name = "FILE_SIZE", nullable = false)
    long size;
    @Column(name = "SHA256", length = 64, nullable = false)
    String sha256;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    AttachmentStatus status;
    @Column(name = "ADDED_AT", nullable = false)
    Instant addedAt;
}
