package org.tongguan.stock.internal;

import java.util.ArrayList;
import java.util.List;
import org.tongguan.core.declaration.Elements.Party;
import org.tongguan.core.declaration.FieldSpec;

/** What both SAS documents of the area write alike. */
final class SasFields {
    /** 录入单位 名称, which the SAS import formats carry (InputName, 255) beside its code and credit code. */
    static final String INPUT_NAME = "inputName";

    private SasFields() {
    }

    /**
     * 录入单位 as SAS101 and SAS111 ask for it: 海关编码 (InputCode) and 名称 (InputName) required, the code filling the
     * 社会信用代码 and the name.
     */
    static List<FieldSpec> inputParty() {
        List<FieldSpec> f = new ArrayList<>(Party.INPUT.fields(s -> s.key().equals(Party.INPUT.code())
                ? s.fills(Party.INPUT.creditCode(), INPUT_NAME).asRequired() : s));
        f.add(FieldSpec.text(INPUT_NAME, "sas.inputName", 255).asRequired());
        return f;
    }
}
