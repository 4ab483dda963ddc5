package org.tongguan.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongguan.core.Validator;

/** 企业资质申请: its header rules and texts (the customs rule is the simulation bundle's). */
class QyzzTest {
    private final QyzzType type = new QyzzType();

    @Test
    void approvalFillsTheArchiveNumberOnceAndTheDateOfFilingOrOfChange() {
        Map<String, String> header = new HashMap<>();
        type.onApproved(header, Map.of("etArcrpNo", "900026000001"), LocalDate.of(2026, 12, 1), false);
        assertEquals("900026000001", header.get("netwkEtpsArcrpNo"));
        assertEquals("20261201", header.get("putrecApprTime"));
        type.onApproved(header, Map.of("etArcrpNo", "900026000099"), LocalDate.of(2027, 1, 5), true);
        assertEquals("900026000001", header.get("netwkEtpsArcrpNo"), "the archive number stays");
        assertEquals("20270105", header.get("chgApprTime"));
        assertEquals("20261201", header.get("putrecApprTime"));
        Map<String, String> changing = new HashMap<>(Map.of("dclTypecd", "1"));
        type.onChange(changing);
        assertEquals("2", changing.get("dclTypecd"), "变更申请");
    }

    @Test
    void theValidityMustEndAfterTheEntryDate() {
        Validator v = Validator.core();
        type.validateHeader(Map.of("finishValidDate", "20261130", "inputTime", "20261201"), v);
        assertEquals("finishValidDate", v.errors().get(0).field());
        assertEquals("结束有效期须晚于录入日期 2026-12-01", v.errors().get(0).message(java.util.Locale.SIMPLIFIED_CHINESE));
        Validator ok = Validator.core();
        type.validateHeader(Map.of("finishValidDate", "20301231", "inputTime", "20261201"), ok);
        assertTrue(ok.errors().isEmpty());
    }

    @Test
    void everyFieldTabAndOptionHasItsTextInBothLanguages() {
        // the type's own texts over the customs dictionary's (the core's element.* labels)
        java.util.List<String> keys = new java.util.ArrayList<>(java.util.List.of(type.titleKey()));
        type.header().forEach(f -> {
            keys.add(f.labelKey());
            keys.addAll(f.options().values());
        });
        type.tabs().forEach(t -> {
            keys.add(t.labelKey());
            t.columns().forEach(c -> keys.add(c.labelKey()));
        });
        keys.addAll(type.attachments().kinds().values());
        for (String key : keys) {
            assertTrue(type.messages().find(key, java.util.Locale.SIMPLIFIED_CHINESE) != null, key + " in Chinese");
            String english = type.messages().find(key, java.util.Locale.ENGLISH);
            assertTrue(english != null && english.codePoints().noneMatch(
                    c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), key + " in English: " + english);
        }
    }
}
