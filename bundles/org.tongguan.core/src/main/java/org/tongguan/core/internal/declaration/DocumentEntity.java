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
import javax.persistence.Version;
import org.tongguan.core.declaration.DocumentState;

/** A declaration document's row: what queries need as columns, the header values as text. */
@Entity
@Table(name = "TG_DOCUMENT")
public class DocumentEntity {
    @Id
    @SequenceGenerator(name = "TG_DOCUMENT_SEQ", sequenceName = "TG_DOCUMENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_DOCUMENT_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "TYPE_ID", length = 20, nullable = false)
    String typeId;
    @Column(name = "ENTERPRISE_CODE", length = 10, nullable = false)
    String enterpriseCode;
    @Column(name = "ETPS_PREENT_NO", length = 30, unique = true)
    String etpsPreentNo;
    @Column(name = "SEQ_NO", length = 18)
    String seqNo;
    @Column(name = "BUSINESS_NO", length = 64)
    String businessNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 20, nullable = false)
    DocumentState state;
    @Column(name = "CHANGE_COUNT", nullable = false)
    int changeCount;
    @Column(name = "SEND_COUNT", nullable = false)
    int sendCount;
    @Column(name = "LAST_DECLARE_FLAG", length = 1)
    String lastDeclareFlag;
    @Column(name = "RECEIPT_COUNT", nullable = false)
    int receiptCount;
    @Column(name = "HEADER_VALUES", length = 32000)
    String headerValues;
    @Column(name = "CREATED_BY", length = 60, nullable = false)
    String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;
    @Version
    @Column(name = "VERSION")
    long version;

    /**
     * As the audit log keeps it: named values, the state first (the audit page's cell shows the beginning; the page
     * shows the names and the state in the reader's language).
     */
    @Override
    public String toString() {
        return "state=" + state + ", changes=" + changeCount + ", type=" + typeId + ", no=" + etpsPreentNo
                + ", enterprise=" + enterpriseCode;
    }
}
