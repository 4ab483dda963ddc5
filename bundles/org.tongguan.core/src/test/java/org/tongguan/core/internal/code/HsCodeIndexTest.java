package org.tongguan.core.internal.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongguan.core.code.HsCode;

class HsCodeIndexTest {
    private static HsCodeIndex index;

    @BeforeAll
    static void load() {
        index = CodeTableLoader.loadHsCodes();
    }

    @Test
    void holdsEveryCodeOfTheSource() {
        assertEquals(11_988, index.size());
        assertEquals("2020", index.edition());
    }

    @Test
    void carriesNamesLegalUnitsSupervisionAndElements() {
        HsCode horse = index.find("0101210010").orElseThrow();
        assertEquals("改良种用濒危野马", horse.nameZh());
        assertEquals(List.of("035", "009"), horse.legalUnits());
        assertEquals("AFEB", horse.supervision());
        assertEquals(7, horse.elements().size());
        assertEquals("品牌类型", horse.elements().elements().get(0).name());
        HsCode chip = index.find("8542319000").orElseThrow();
        assertEquals("其他用作处理器及控制器的集成电路", chip.nameZh());
        assertEquals("007", chip.legalUnit1());
        assertEquals("035", chip.legalUnit2());
        HsCode crude = index.find("2709000000").orElseThrow();
        assertEquals("石油原油", crude.nameZh());
        assertEquals(List.of("035"), crude.legalUnits());
        assertNull(crude.legalUnit2());
        assertEquals("4x7AByv", crude.supervision());
        assertTrue(index.find("0306391000").orElseThrow().elements().isEmpty());
        // an element's name may hold a semicolon: 4加工工艺(如回收硫酸;硫磺硫酸;硫矿硫酸)
        assertEquals("加工工艺(如回收硫酸;硫磺硫酸;硫矿硫酸)",
                index.find("2807000010").orElseThrow().elements().elements().get(3).name());
    }

    @Test
    void searchesByWordsOfTheName() {
        List<HsCode> chips = index.searchNames("集成电路", 500);
        assertTrue(chips.size() > 10, "found " + chips.size());
        assertTrue(chips.stream().allMatch(h -> h.nameZh().contains("集成电路")));
        assertTrue(chips.stream().anyMatch(h -> h.code().equals("8542319000")));
        for (int i = 1; i < chips.size(); i++) {
            assertTrue(chips.get(i - 1).code().compareTo(chips.get(i).code()) < 0);
        }
        List<HsCode> both = index.searchNames(" 处理器  集成电路 ", 500);
        assertFalse(both.isEmpty());
        assertTrue(both.size() < chips.size());
        assertTrue(both.stream().allMatch(h -> h.nameZh().contains("处理器") && h.nameZh().contains("集成电路")));
        assertEquals(3, index.searchNames("集成电路", 3).size());
        assertEquals(List.of(), index.searchNames("  ", 10));
        assertEquals(List.of(), index.searchNames(null, 10));
        assertEquals(List.of(), index.searchNames("不存在的商品名称", 10));
    }

    @Test
    void theNameIndexFindsWhatAScanOfEveryNameFinds() {
        java.util.Random random = new java.util.Random(7);
        List<HsCode> all = index.all();
        for (int i = 0; i < 500; i++) {
            String name = all.get(random.nextInt(all.size())).nameZh();
            int length = Math.min(name.length(), 1 + random.nextInt(4));
            int from = random.nextInt(name.length() - length + 1);
            String word = name.substring(from, from + length).strip();
            String other = i % 3 == 0 ? " 其他" : "";
            String[] words = (word + other).strip().split("\\s+");
            List<HsCode> scanned = all.stream().filter(h -> java.util.Arrays.stream(words)
                    .allMatch(w -> h.nameZh().contains(w))).limit(50).toList();
            assertEquals(scanned, index.searchNames(word + other, 50), word + other);
        }
    }

    @Test
    void prefixReturnsOnlyMatchingCodesInAscendingOrder() {
        List<HsCode> horses = index.search("0101", 100);
        assertFalse(horses.isEmpty());
        assertTrue(horses.stream().allMatch(h -> h.code().startsWith("0101")));
        for (int i = 1; i < horses.size(); i++) {
            assertTrue(horses.get(i - 1).code().compareTo(horses.get(i).code()) < 0);
        }
        assertEquals("0101210010", horses.get(0).code());
        assertTrue(index.search("0102", 100).stream().allMatch(h -> h.code().startsWith("0102")));
    }

    @Test
    void returnsAllMatchesOfAHeading() {
        List<HsCode> all = index.search("8471", 10_000);
        assertTrue(all.size() > 10);
        assertEquals(all.size(), index.search("8471", all.size()).size());
        assertTrue(index.search("847130", 10_000).size() < all.size());
    }

    @Test
    void limitIsRespected() {
        assertEquals(2, index.search("0101", 2).size());
        assertEquals(index.search("0101", 100).subList(0, 2), index.search("0101", 2));
        assertEquals(List.of(), index.search("0101", 0));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "01", "010", "01a1", "0101x", "０１０１", " 0101", "abcd"})
    void shortOrNonDigitPrefixGivesNothing(String prefix) {
        assertEquals(List.of(), index.search(prefix, 100));
    }

    @Test
    void prefixThatMatchesNothing() {
        assertEquals(List.of(), index.search("0000", 100));
        assertEquals(List.of(), index.search("99999", 100));
    }

    @Test
    void findsExactCode() {
        HsCode horse = index.find("0101210010").orElseThrow();
        assertEquals("0101210010", horse.code());
        assertEquals(Optional.of(horse), index.search("0101210010", 5).stream().findFirst());
    }

    @Test
    void unknownCodeIsEmpty() {
        assertEquals(Optional.empty(), index.find("0101210011"));
        assertEquals(Optional.empty(), index.find("0101"));
        assertEquals(Optional.empty(), index.find(null));
    }

    @Test
    void sortsItsInputAndRejectsDuplicates() {
        HsCodeIndex small = new HsCodeIndex(List.of(new HsCode("0101290010", null, null, null),
                new HsCode("0201100000", null, null, null), new HsCode("0101210010", null, null, null),
                new HsCode("0101210090", null, null, null)));
        assertEquals(List.of("0101210010", "0101210090", "0101290010"),
                small.search("0101", 5).stream().map(HsCode::code).toList());
        assertEquals(4, small.size());
        assertThrows(IllegalArgumentException.class, () -> new HsCodeIndex(List.of(
                new HsCode("0101210010", null, null, null), new HsCode("0101210010", null, null, null))));
    }
}
