package org.tongguan.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongguan.core.FieldError;
import org.tongguan.core.ValidationException;

class EnterpriseRulesTest {
    private static Enterprise valid() {
        Enterprise e = new Enterprise();
        e.setCustomsCode("6101940123");
        e.setCreditCode("91350100M000100Y43");
        e.setName("西安高新加工贸易有限公司");
        e.setPhone("029-88886666");
        return e;
    }

    private static List<String> fields(Enterprise e) {
        return EnterpriseRules.validate(e).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteEnterprisePasses() {
        assertEquals(List.of(), fields(valid()));
    }

    @Test
    void everyBrokenRuleNamesItsFieldInChineseAndEnglish() {
        Enterprise e = valid();
        e.setCustomsCode("61019401");
        e.setCreditCode("91350100M000100Y44");
        e.setName(" ");
        e.setPhone("call me");
        List<FieldError> errors = EnterpriseRules.validate(e).errors();
        assertEquals(List.of("customsCode", "creditCode", "name", "phone"), errors.stream().map(FieldError::field).toList());
        assertEquals("海关编码应为10位数字或大写字母", errors.get(0).message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Customs code must be 10 digits or capital letters", errors.get(0).message(Locale.ENGLISH));
        assertTrue(errors.get(1).message(Locale.SIMPLIFIED_CHINESE).contains("校验"), errors.get(1).message(Locale.CHINA));
        assertEquals("企业名称为必填项", errors.get(2).message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Enterprise name is required", errors.get(2).message(Locale.ENGLISH));
    }

    @Test
    void lowerCaseCodesAreRefused() {
        Enterprise e = valid();
        e.setCustomsCode("610194012a");
        assertEquals(List.of("customsCode"), fields(e));
    }

    @Test
    void throwingCarriesEveryError() {
        Enterprise e = valid();
        e.setName(null);
        e.setCustomsCode(null);
        ValidationException x = assertThrows(ValidationException.class, () -> EnterpriseRules.validate(e).throwIfAny());
        assertEquals(2, x.errors().size());
        assertTrue(x.getMessage().contains("海关编码为必填项"), x.getMessage());
    }
}
