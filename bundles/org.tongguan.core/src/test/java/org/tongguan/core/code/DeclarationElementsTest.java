package org.tongguan.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclarationElementsTest {
    private static final DeclarationElements HORSE = DeclarationElements
            .parse("1品牌类型;2出口享惠情况;3是否改良种用;4品种;5GTIN;6CAS;7其他;");

    @Test
    void readsTheNumberedElementsOfTheTable() {
        assertEquals(7, HORSE.size());
        assertEquals(new DeclarationElements.Element(3, "是否改良种用", true), HORSE.elements().get(2));
        assertEquals(List.of(true, true, true, true, false, false, false),
                HORSE.elements().stream().map(DeclarationElements.Element::required).toList());
        assertEquals("1品牌类型;2出口享惠情况;3是否改良种用;4品种;5GTIN;6CAS;7其他;", HORSE.source());
        assertTrue(DeclarationElements.parse("").isEmpty());
        assertTrue(DeclarationElements.parse(null).isEmpty());
        DeclarationElements acid = DeclarationElements
                .parse("1品牌类型;2出口享惠情况;3成分含量;4加工工艺(如回收硫酸;硫磺硫酸;硫矿硫酸);5GTIN;");
        assertEquals(List.of("品牌类型", "出口享惠情况", "成分含量", "加工工艺(如回收硫酸;硫磺硫酸;硫矿硫酸)", "GTIN"),
                acid.elements().stream().map(DeclarationElements.Element::name).toList());
        assertThrows(IllegalArgumentException.class, () -> DeclarationElements.parse("品牌类型;出口享惠情况"));
    }

    @Test
    void formatsInTheCustomsFormAndParsesBack() {
        List<String> values = List.of("0", "0", "是", " 纯血马 ", "", "", "");
        String spec = HORSE.format(values);
        assertEquals("0|0|是|纯血马|||", spec);
        assertEquals(List.of("0", "0", "是", "纯血马", "", "", ""), HORSE.values(spec));
        assertEquals(spec, HORSE.format(HORSE.values(spec)));
        assertEquals("1|3|否|蒙古马|6901234567892|无|备注",
                HORSE.format(HORSE.values("1|3|否|蒙古马|6901234567892|无|备注")));
    }

    @Test
    void parsesWhatAClerkTypedBeforeTheHelper() {
        assertEquals(List.of("0", "0", "", "", "", "", ""), HORSE.values("0|0"));
        assertEquals(List.of("", "", "", "", "", "", ""), HORSE.values(""));
        assertEquals(List.of("Apple", "", "", "", "", "", ""), HORSE.values("Apple"));
        // more values than elements: what is beyond stays in the last, nothing is lost
        assertEquals("a|b", HORSE.values("0|0|1|2|3|4|a|b").get(6));
    }

    @Test
    void aMissingRequiredElementIsReportedNotAnOptionalOne() {
        assertEquals(List.of(), HORSE.missing(HORSE.values("0|0|是|纯血马|||")));
        assertEquals(List.of("是否改良种用", "品种"), HORSE.missing(HORSE.values("0|0|||123|456|789")).stream()
                .map(DeclarationElements.Element::name).toList());
        assertEquals(4, HORSE.missing(Arrays.asList(null, " ")).size());
    }

    @Test
    void aValueHoldingTheSeparatorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HORSE.format(List.of("0", "0|1")));
    }
}
