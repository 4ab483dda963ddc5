package org.tongguan.ledger.internal.book;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A 单损耗 (BOM) row of an approved ledger: how much of a 料件 one unit of a 成品 takes. */
@Entity
@Table(name = "TG_LEDGER_BOM")
public class BomEntity {
    @Id
    @SequenceGenerator(name = "TG_LEDGER_BOM_SEQ", sequenceName = "TG_LEDGER_BOM_SEQ", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_LEDGER_BOM_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "LEDGER_ID", nullable = false)
    long ledgerId;
    @Column(name = "ENDPRD_SEQ", nullable = false)
    long endprdSeqNo;
    @Column(name = "MTPCK_SEQ", nullable = false)
    long mtpckSeqNo;
    @Column(name = "VERNO", length = 8, nullable = false)
    String verno;
    @Column(name = "UCNS", precision = 19, scale = 9, nullable = false)
    BigDecimal ucns;
    @Column(name = "NET", precision = 19, scale = 9)
    BigDecimal net;
    @Column(name = "TGBL_RATE", precision = 19, scale = 9)
    BigDecimal tangibleLossRate;
    @Column(name = "INTGB_RATE", precision = 19, scale = 9)
    BigDecimal intangibleLossRate;
    @Column(name = "BOND_RATIO", precision = 9, scale = 5, nullable = false)
    BigDecimal bondRatio;
}
