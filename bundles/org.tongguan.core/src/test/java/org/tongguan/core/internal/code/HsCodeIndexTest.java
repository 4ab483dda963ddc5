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
        assertEquals(11_827, index.size());
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
    void findsExactCodeWithoutInventedNames() {
        HsCode horse = index.find("0101210010").orElseThrow();
        assertEquals("0101210010", horse.code());
        assertNull(horse.nameZh());
        assertNull(horse.legalUnit1());
        assertNull(horse.legalUnit2());
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
