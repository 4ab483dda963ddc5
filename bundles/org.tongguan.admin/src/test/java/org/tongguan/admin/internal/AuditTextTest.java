package org.tongguan.admin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongguan.core.internal.time.TimeDisplayImpl;
import org.tongguan.core.time.TimeDisplay;

class AuditTextTest {
    private static final TimeDisplay BEIJING = new TimeDisplayImpl(ZoneId.of("Asia/Shanghai"));
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aDocumentsStateAndFieldsReadInTheReadersLanguage() {
        String recorded = "state=APPROVED, changes=0, type=qyzz, no=QYZZ6101940123000001, enterprise=6101940123";

        assertEquals("数据状态=海关终审通过, 变更次数=0, 单证类型=qyzz, 企业内部编号=QYZZ6101940123000001, 企业=6101940123",
                AuditText.shown(recorded, ZH, BEIJING));
        assertEquals("State=Approved by customs, Changes=0, Document type=qyzz, Internal number=QYZZ6101940123000001,"
                + " Enterprise=6101940123", AuditText.shown(recorded, Locale.ENGLISH, BEIJING));
    }

    @Test
    void theStepIsNamedInTheReadersLanguage() {
        String recorded = "state=ACCEPTED, changes=0, type=qyzz, no=QYZZ6101940123000001, enterprise=6101940123,"
                + " event=REQUEST_RECEIPTS";

        assertEquals("数据状态=入库成功, 变更次数=0, 单证类型=qyzz, 企业内部编号=QYZZ6101940123000001, 企业=6101940123,"
                + " 操作=申请回执补发", AuditText.shown(recorded, ZH, BEIJING));
        String english = AuditText.shown(recorded, Locale.ENGLISH, BEIJING);
        assertEquals(english.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count(), 0, english);
        assertTrue(english.endsWith("Step=" + org.tongguan.core.Messages.CORE.get("event.REQUEST_RECEIPTS",
                Locale.ENGLISH)), english);
    }

    @Test
    void aStateAloneIsNamedToo() {
        assertEquals("暂存", AuditText.shown("DRAFT", ZH, BEIJING));
        assertEquals("DRAFTS", AuditText.shown("DRAFTS", ZH, BEIJING), "only whole state names");
    }

    @Test
    void fixedPhrasesAreTranslated() {
        assertEquals("已修改密码", AuditText.shown("audit.passwordChanged", ZH, BEIJING));
        assertEquals("password changed", AuditText.shown("audit.passwordChanged", Locale.ENGLISH, BEIJING));
        assertEquals("未获该企业授权", AuditText.shown("audit.refused.ENTERPRISE", ZH, BEIJING));
        assertEquals("audit.unknownPhrase", AuditText.shown("audit.unknownPhrase", ZH, BEIJING), "kept when unknown");
    }

    @Test
    void timesAreShownInTheProductsTimeZone() {
        assertEquals("锁定至=2026-12-05 09:15:00", AuditText.shown("lockedUntil=2026-12-05T01:15:00Z", ZH, BEIJING));
        assertEquals("锁定至=2026-12-05 01:15:00",
                AuditText.shown("lockedUntil=2026-12-05T01:15:00Z", ZH, new TimeDisplayImpl(ZoneId.of("UTC"))));
    }

    @Test
    void otherTextIsKeptAsRecorded() {
        assertEquals("6101940123 91350100M000100Y43 西安高新加工贸易有限公司 | 地址 | null",
                AuditText.shown("6101940123 91350100M000100Y43 西安高新加工贸易有限公司 | 地址 | null", ZH, BEIJING));
        assertEquals("", AuditText.shown(null, ZH, BEIJING));
    }

    @Test
    void aDocumentsTypeIsNamedByItsTitleInTheReadersLanguage() {
        String recorded = "state=DRAFT, changes=0, type=qyzz, no=QYZZ6101940123000001, enterprise=6101940123";
        java.util.function.BiFunction<String, Locale, String> titles = (type, locale) -> "qyzz".equals(type)
                ? (Locale.ENGLISH.equals(locale) ? "Enterprise qualification" : "企业资质申请") : type;
        String english = AuditText.shown(recorded, Locale.ENGLISH, BEIJING, titles);
        assertTrue(english.contains("Enterprise qualification") && !english.contains("qyzz"), english);
        assertTrue(AuditText.shown(recorded, ZH, BEIJING, titles).contains("企业资质申请"));
        assertTrue(AuditText.shown(recorded, ZH, BEIJING).contains("qyzz"), "a type not installed: its id");
    }
}
