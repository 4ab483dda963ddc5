package org.tongguan.core.enterprise;

import java.util.regex.Pattern;
import org.tongguan.core.Messages;
import org.tongguan.core.Validator;

/** The field rules of an enterprise record, shared by the registry service and the forms that edit it. */
public final class EnterpriseRules {
    /** 海关编码: 10 characters, digits and capital letters. */
    public static final Pattern CUSTOMS_CODE = Pattern.compile("[0-9A-Z]{10}");
    public static final Pattern PHONE = Pattern.compile("[0-9+\\- ()]{5,30}");

    private EnterpriseRules() {
    }

    private static Messages.Key label(String field) {
        return new Messages.Key("enterprise.field." + field);
    }

    public static Validator validate(Enterprise e) {
        Validator v = Validator.core();
        if (v.text("customsCode", label("customsCode"), e.getCustomsCode(), true, 10)) {
            v.pattern("customsCode", label("customsCode"), e.getCustomsCode(), CUSTOMS_CODE, "enterprise.customsCode.format");
        }
        if (v.text("creditCode", label("creditCode"), e.getCreditCode(), true, 18)) {
            CreditCodes.problem(e.getCreditCode())
                    .ifPresent(p -> v.error("creditCode", "enterprise.creditCode.invalid", p));
        }
        v.text("name", label("name"), e.getName(), true, 200);
        v.text("address", label("address"), e.getAddress(), false, 200);
        if (v.text("phone", label("phone"), e.getPhone(), false, 30)) {
            v.pattern("phone", label("phone"), e.getPhone(), PHONE, "enterprise.phone.format");
        }
        return v;
    }
}
