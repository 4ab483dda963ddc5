package org.tongguan.core.internal.declaration;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/**
 * One query key of a document (a header value its type offers as a 查询 criterion, e.g. 备案编号), indexed by key
 * and value, so a query finds documents by it without reading their headers.
 */
@Entity
@Table(name = "TG_DOCUMENT_KEY")
public class DocumentKeyEntity {
    @Id
    @SequenceGenerator(name = "TG_DOCUMENT_KEY_SEQ", sequenceName = "TG_DOCUMENT_KEY_SEQ", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_DOCUMENT_KEY_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "DOCUMENT_ID", nullable = false)
    long documentId;
    @Column(name = "KEY_NAME", length = 40, nullable = false)
    String keyName;
    @Column(name = "KEY_VALUE", length = 255, nullable = false)
    String keyValue;
}
