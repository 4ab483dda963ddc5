package org.tongguan.core.internal.code;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import org.tongguan.core.code.DeclarationElements;
import org.tongguan.core.code.HsCode;

/**
 * One line of an HS table imported with {@code tongguan:hs-import}. The table stays empty until the first import:
 * until then the table shipped in the bundle is the one in use.
 */
@Entity
@Table(name = "TG_HS_CODE")
public class HsCodeEntity {
    @Id
    @Column(name = "CODE", length = 10)
    String code;
    @Column(name = "NAME_ZH", length = 500, nullable = false)
    String nameZh;
    @Column(name = "UNIT1", length = 3, nullable = false)
    String unit1;
    @Column(name = "UNIT2", length = 3)
    String unit2;
    @Column(name = "SUPERVISION", length = 40)
    String supervision;
    @Column(name = "ELEMENTS", length = 2000)
    String elements;
    @Column(name = "EDITION", length = 40, nullable = false)
    String edition;

    static HsCodeEntity of(HsCode h, String edition) {
        HsCodeEntity e = new HsCodeEntity();
        e.code = h.code();
        e.nameZh = h.nameZh();
        e.unit1 = h.legalUnit1();
        e.unit2 = h.legalUnit2();
        e.supervision = h.supervision();
        e.elements = h.elements().isEmpty() ? null : h.elements().source();
        e.edition = edition;
        return e;
    }

    HsCode toHsCode() {
        return new HsCode(code, nameZh, unit1, unit2, supervision, DeclarationElements.parse(elements));
    }
}
