package org.tongguan.delegation.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;
import org.tongguan.delegation.OperatorGrant;

/** A 企业内授权 row as stored. */
@Entity
@Table(name = "TG_DELEG_OPERATOR")
public class OperatorGrantEntity {
    @Id
    @SequenceGenerator(name = "TG_DELEG_SEQ", sequenceName = "TG_DELEG_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_DELEG_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "GRANT_ID")
    long grantId;
    @Column(name = "ALL_OPERATORS")
    boolean allOperators;
    @Column(name = "CARD_NO")
    String cardNo;
    @Version
    @Column(name = "VERSION")
    long version;

    OperatorGrant value() {
        return new OperatorGrant(id, version, grantId, allOperators, cardNo);
    }

    String describe() {
        return "grant=" + grantId + (allOperators ? ", allOperators=true" : ", card=" + cardNo);
    }
}
