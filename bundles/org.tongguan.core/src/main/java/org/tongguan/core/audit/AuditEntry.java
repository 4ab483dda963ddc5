package org.tongguan.core.audit;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/**
 * One recorded change: who, when, which record (of which enterprise, where it has one), what it was and what it
 * became. A refusal ({@link AuditAction#REFUSED}) names the permission refused as its record and why as its new value.
 */
@Entity
@Table(name = "TG_AUDIT")
public class AuditEntry {
    @Id
    @SequenceGenerator(name = "TG_AUDIT_SEQ", sequenceName = "TG_AUDIT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_AUDIT_SEQ")
    @Column(name = "ID")
    private Long id;
    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant at;
    @Column(name = "ACTOR", length = 60, nullable = false)
    private String actor;
    @Column(name = "ACTION", length = 20, nullable = false)
    private String action;
    @Column(name = "RECORD_TYPE", length = 60, nullable = false)
    private String recordType;
    @Column(name = "RECORD_ID", length = 60, nullable = false)
    private String recordId;
    @Column(name = "ENTERPRISE_CODE", length = 20)
    private String enterpriseCode;
    @Lob
    @Column(name = "OLD_VALUE")
    private String oldValue;
    @Lob
    @Column(name = "NEW_VALUE")
    private String newValue;

    public AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, AuditAction action, String recordType, String recordId,
            String enterpriseCode, String oldValue, String newValue) {
        this.at = at;
        this.actor = actor;
        this.action = action.name();
        this.recordType = recordType;
        this.recordId = recordId;
        this.enterpriseCode = enterpriseCode;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    /** The 海关编码 of the enterprise the record belongs to, or null (users, roles). */
    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
