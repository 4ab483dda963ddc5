package org.tongguan.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final Messages core = new Messages("org.tongguan.core.messages", MessagesTest.class.getClassLoader());

    @Test
    void chineseIsTheDefaultAndEnglishTheSecondLocale() {
        assertEquals("海关编码", core.get("enterprise.field.customsCode", Locale.SIMPLIFIED_CHINESE));
        assertEquals("Customs code", core.get("enterprise.field.customsCode", Locale.US));
        assertEquals("海关编码", core.get("enterprise.field.customsCode", Locale.GERMAN), "unknown locale → zh_CN");
    }

    @Test
    void nestedKeysAreTranslatedWithTheMessage() {
        Messages.Key label = new Messages.Key("enterprise.field.name");
        assertEquals("企业名称为必填项", core.get("field.required", Locale.SIMPLIFIED_CHINESE, label));
        assertEquals("Enterprise name is required", core.get("field.required", Locale.ENGLISH, label));
    }

    @Test
    void anUnknownKeyIsShownAsItselfAndFindSaysNull() {
        assertEquals("no.such.key", core.get("no.such.key", Locale.SIMPLIFIED_CHINESE));
        assertNull(core.find("no.such.key", Locale.ENGLISH));
    }

    @Test
    void everyChineseKeyHasAnEnglishText() throws Exception {
        java.util.Properties zh = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        try (var a = new java.io.InputStreamReader(MessagesTest.class.getResourceAsStream("messages_zh_CN.properties"),
                java.nio.charset.StandardCharsets.UTF_8);
                var b = new java.io.InputStreamReader(MessagesTest.class.getResourceAsStream("messages_en.properties"),
                        java.nio.charset.StandardCharsets.UTF_8)) {
            zh.load(a);
            en.load(b);
        }
        assertEquals(zh.keySet(), en.keySet());
    }
}
