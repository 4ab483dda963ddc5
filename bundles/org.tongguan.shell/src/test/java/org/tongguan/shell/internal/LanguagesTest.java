package org.tongguan.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sign-in page's language before anyone is signed in: the browser's first language, any Chinese → 中文. */
class LanguagesTest {
    @Test
    void chineseOfAnyRegionIsChineseAndAnythingElseEnglish() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, Languages.ofBrowser("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Languages.ofBrowser("zh-TW"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Languages.ofBrowser("zh"));
        assertEquals(Locale.ENGLISH, Languages.ofBrowser("en-US,en;q=0.9"));
        assertEquals(Locale.ENGLISH, Languages.ofBrowser("de-DE,de;q=0.9,zh-CN;q=0.1"));
        assertEquals(Locale.ENGLISH, Languages.ofBrowser("en-US,zh-CN;q=0.9"), "the first choice counts");
    }

    @Test
    void withoutAUsableHeaderTheProductsDefault() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, Languages.ofBrowser(null));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Languages.ofBrowser(""));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Languages.ofBrowser(";;;q=x"));
    }

    @Test
    void aStoredSettingIsOneOfTheTwoLanguages() {
        assertEquals(Locale.ENGLISH, Languages.of("en"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Languages.of("zh_CN"));
        assertNull(Languages.of(null));
        assertEquals("en", Languages.setting(Locale.US));
        assertEquals("zh_CN", Languages.setting(Locale.TRADITIONAL_CHINESE));
    }
}
