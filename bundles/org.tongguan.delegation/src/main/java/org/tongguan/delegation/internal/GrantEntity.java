package org.tongguan.delegation.internal;

import java.time.Instant;
import java.time.LocalDate;
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
import org.tongguan.delegation.Grant;
import org.tongguan.delegation.GrantKind;
import org.tongguan.delegation.Subsystem;

/** A 企业间授权 as stored. */
@Entity
@Table(name = "TG_DELEG_GRANT")
public class GrantEntity {
    @Id
    @SequenceGenerator(name = "TG_DELEG_SEQ", sequenceName = "TG_DELEG_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_DELEG_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "GRANTOR_CODE")
    String grantorCode;
    @Column(name = "GRANTOR_SCCD")
    String grantorCreditCode;
    @Column(name = "GRANTOR_NAME")
    String grantorName;
    @Column(name = "AGENT_CODE")
    String agentCode;
    @Column(name = "AGENT_SCCD")
    String agentCreditCode;
    @Column(name = "AGENT_NAME")
    String agentName;
    @Enumerated(EnumType.STRING)
    @Column(name = "SUBSYSTEM")
    Subsystem subsystem;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND")
    GrantKind kind;
    @Column(name = "VALID_FROM")
    LocalDate validFrom;
    @Column(name = "VALID_TO")
    LocalDate validTo;
    @Column(name = "GRANTED_ON")
    LocalDate grantedOn;
    @Column(name = "GRANTOR_CARD")
    String grantorCard;
    @Column(name = "UPDATED_AT")
    Instant updatedAt;
    @Version
    @Column(name = "VERSION")
    long version;

    Grant value() {
        return new Grant(id, version, grantorCode, grantorCreditCode, grantorName, agentCode, agentCreditCode,
                agentName, subsystem, kind, validFrom, validTo, grantedOn, grantorCard, updatedAt);
    }

    /** What the audit keeps of it. */
    String describe() {
        return "agent=" + agentCode + ", subsystem=" + subsystem + ", kind=" + kind + ", validFrom=" + validFrom
                + ", validTo=" + validTo + ", card=" + grantorCard;
    }
}
