package org.tongguan.core.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongguan.core.Messages;

/** The customs dictionary: every element labelled in both languages, the enterprise trios, an area's texts over it. */
class ElementsTest {
    private static List<FieldSpec> all() throws Exception {
        List<FieldSpec> specs = new ArrayList<>();
        for (var f : Elements.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == FieldSpec.class) {
                specs.add((FieldSpec) f.get(null));
            }
        }
        for (Elements.Party p : Elements.Party.values()) {
            specs.addAll(p.fields());
        }
        return specs;
    }

    @Test
    void everyElementHasItsLabelInChineseAndEnglish() throws Exception {
        for (FieldSpec f : all()) {
            List<String> keys = new ArrayList<>(List.of(f.labelKey()));
            keys.addAll(f.options().values());
            for (String key : keys) {
                String zh = Messages.CORE.find(key, Messages.DEFAULT_LOCALE);
                String en = Messages.CORE.find(key, Locale.ENGLISH);
                assertTrue(zh != null && zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN), key + ": " + zh);
                assertTrue(en != null && en.codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN), key + ": " + en);
            }
        }
    }

    @Test
    void aPartyIsATrioWhoseCodeFillsTheOtherTwo() {
        List<FieldSpec> bizop = Elements.Party.BIZOP.fields(FieldSpec::asReadOnly);
        assertEquals(List.of("bizopEtpsno", "bizopEtpsSccd", "bizopEtpsNm"), bizop.stream().map(FieldSpec::key)
                .toList());
        assertEquals(List.of("bizopEtpsSccd", "bizopEtpsNm"), bizop.get(0).fills());
        assertTrue(bizop.stream().allMatch(f -> f.required() && f.readOnly()));
        List<FieldSpec> input = Elements.Party.INPUT.fields();
        assertEquals(2, input.size(), "录入单位 has no name");
        assertFalse(input.get(0).required());
        assertNull(input.get(0).fills().get(1));
    }

    @Test
    void anAreasTextsComeBeforeTheDictionarysAndFallBackToIt() {
        Messages area = new Messages("org.tongguan.core.declaration.area", ElementsTest.class.getClassLoader())
                .over(Messages.CORE);
        assertEquals("企业申报单价", area.get(Elements.DCL_UPRC_AMT.labelKey(), Messages.DEFAULT_LOCALE),
                "the area's own wording");
        assertEquals("Declared unit price", area.get(Elements.DCL_UPRC_AMT.labelKey(), Locale.ENGLISH));
        assertEquals("商品编码", area.get(Elements.GDECD.labelKey(), Messages.DEFAULT_LOCALE), "the dictionary's");
        assertEquals("HS code", area.get(Elements.GDECD.labelKey(), Locale.ENGLISH));
        assertEquals(area, new Messages("org.tongguan.core.declaration.area", ElementsTest.class.getClassLoader())
                .over(Messages.CORE));
    }
}
