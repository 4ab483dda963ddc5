package org.tongguan.logistics.internal.book;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A 商品 of an approved 物流账册, by its 备案序号. */
@Entity
@Table(name = "TG_BWS_ITEM")
public class BwsItemEntity {
    @Id
    @SequenceGenerator(name = "TG_BWS_ITEM_SEQ", sequenceName = "TG_BWS_ITEM_SEQ", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_BWS_ITEM_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "BWS_ID", nullable = false)
    long ledgerId;
    @Column(name = "SEQ_NO", nullable = false)
    long seqNo;
    @Column(name = "MTNO", length = 32)
    String mtno;
    @Column(name = "GDECD", length = 10)
    String gdecd;
    @Column(name = "GDS_NM", length = 512)
    String name;
    @Column(name = "SPEC", length = 512)
    String spec;
    @Column(name = "UNIT", length = 3)
    String unit;
    @Column(name = "LAWF_UNIT", length = 3)
    String lawfUnit;
    @Column(name = "PRICE", precision = 19, scale = 5)
    BigDecimal price;
    @Column(name = "CURRENCY", length = 3)
    String currency;
}
