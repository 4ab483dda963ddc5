package org.tongguan.core.internal.declaration;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** The bytes of a 随附单据. */
@Entity
@Table(name = "TG_DOCUMENT_FILE")
public class AttachmentFileEntity {
    @Id
    @Column(name = "ATTACHMENT_ID")
    Long attachmentId;
    @Lob
    @Column(name = "CONTENT", nullable = false)
    byte[] content;
}
