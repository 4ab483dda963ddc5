package org.tongguan.core.internal.code;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongguan.core.code.CodeEntry;
import org.tongguan.core.code.CodeTable;
import org.tongguan.core.code.CodeTableId;

class CodeTablesLoaderTest {

    @ParameterizedTest
    @EnumSource(CodeTableId.class)
    void everyTableLoadsWithUniqueCodesAndNames(CodeTableId id) {
        CodeTable table = CodeTableLoader.load(id);
        assertEquals(id, table.id());
        assertFalse(table.entries().isEmpty());
        Set<String> codes = new HashSet<>();
        for (CodeEntry e : table.entries()) {
            assertTrue(codes.add(e.code()), "duplicate " + e.code());
            assertFalse(e.nameZh().isBlank(), e.code());
            assertEquals(Optional.of(e), table.find(e.code()));
        }
    }

    @Test
    void rowCountsMatchSources() {
        assertEquals(98, CodeTableLoader.load(CodeTableId.SUPERVISION_MODE).entries().size());
        assertEquals(22, CodeTableLoader.load(CodeTableId.CURRENCY).entries().size());
        assertEquals(123, CodeTableLoader.load(CodeTableId.UNIT).entries().size());
        assertEquals(1044, CodeTableLoader.load(CodeTableId.CUSTOMS_DISTRICT).entries().size());
        assertEquals(45, CodeTableLoader.load(CodeTableId.LEVY_KIND).entries().size());
        assertEquals(9, CodeTableLoader.load(CodeTableId.LEVY_MODE).entries().size());
        assertEquals(18, CodeTableLoader.load(CodeTableId.TRANSPORT_MODE).entries().size());
    }

    @Test
    void units() {
        CodeTable units = CodeTableLoader.load(CodeTableId.UNIT);
        assertEquals("035 千克", units.label("035"));
        assertEquals("007 个", units.label("007"));
        assertEquals(Optional.empty(), units.find("35"));
    }

    @Test
    void aCodeReadsInTheReadersLanguageWhereTheTableHasAnEnglishName() {
        CodeTable currencies = CodeTableLoader.load(CodeTableId.CURRENCY);
        assertEquals("502 US Dollar", currencies.label("502", java.util.Locale.ENGLISH));
        assertEquals("502 美元", currencies.label("502", java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals("999", currencies.label("999", java.util.Locale.ENGLISH), "an unknown code as it is");
        CodeTable countries = CodeTableLoader.load(CodeTableId.COUNTRY);
        assertEquals("116 Japan", countries.label("116", java.util.Locale.ENGLISH));
        assertEquals(new CodeEntry("1", "名称", null, null).label(), new CodeEntry("1", "名称", null, null)
                .label(java.util.Locale.ENGLISH), "no English name: the Chinese one");
    }

    @Test
    void currenciesAreKeyedByOldCustomsCode() {
        CodeTable currencies = CodeTableLoader.load(CodeTableId.CURRENCY);
        assertEquals(Optional.of(new CodeEntry("502", "美元", "US Dollar", "USD")), currencies.find("502"));
        CodeEntry cny = currencies.find("142").orElseThrow();
        assertEquals("人民币", cny.nameZh());
        assertEquals("CNY", cny.isoCode());
        assertEquals(Optional.empty(), currencies.find("USD"));
    }

    @Test
    void countriesAreKeyedByOldCustomsCode() {
        CodeTable countries = CodeTableLoader.load(CodeTableId.COUNTRY);
        CodeEntry china = countries.find("142").orElseThrow();
        assertEquals("中国", china.nameZh());
        assertEquals("CHN", china.isoCode());
        assertEquals("China", china.nameEn());
        assertEquals("502 美国", countries.label("502"));
        assertEquals("USA", countries.find("502").orElseThrow().isoCode());
    }

    @Test
    void countriesSharingAnOldCodeKeepTheOwningRow() {
        CodeTable countries = CodeTableLoader.load(CodeTableId.COUNTRY);
        // 265 rows, 33 of them in 7 groups sharing an old code: 265 - (33 - 7) = 239
        assertEquals(239, countries.entries().size());
        assertEquals("挪威", countries.find("326").orElseThrow().nameZh()); // not 布维岛
        assertEquals("非洲其他国家(地区)", countries.find("299").orElseThrow().nameZh()); // not 英属印度洋领地
        assertEquals("欧洲其他国家(地区)", countries.find("399").orElseThrow().nameZh());
        assertEquals("拉丁美洲其他国家(地区)", countries.find("499").orElseThrow().nameZh());
        assertEquals("大洋洲其他国家(地区)", countries.find("699").orElseThrow().nameZh());
        assertEquals("国(地)别不详", countries.find("701").orElseThrow().nameZh());
        // both source rows keyed ZAF survive under their distinct old codes
        assertEquals(new CodeEntry("244", "南非", "South Africa", "ZAF"), countries.find("244").orElseThrow());
        assertEquals("ZAF", countries.find("299").orElseThrow().isoCode());
    }

    @Test
    void countryNamesWithCommasComeThroughWhole() {
        CodeTable countries = CodeTableLoader.load(CodeTableId.COUNTRY);
        assertEquals("Tanzania, United Republic of", countries.find("247").orElseThrow().nameEn());
    }

    @Test
    void supervisionModes() {
        CodeTable modes = CodeTableLoader.load(CodeTableId.SUPERVISION_MODE);
        assertEquals("0110 一般贸易", modes.label("0110"));
        assertEquals("0615 进料对口", modes.label("0615"));
        assertNull(modes.find("0110").orElseThrow().isoCode());
        assertEquals("0110", modes.entries().get(0).code());
    }

    @Test
    void districtsLevyKindsLevyModesTransportModes() {
        assertEquals("9000 西安关区", CodeTableLoader.load(CodeTableId.CUSTOMS_DISTRICT).label("9000"));
        assertEquals("101 一般征税", CodeTableLoader.load(CodeTableId.LEVY_KIND).label("101"));
        assertEquals("3 全免", CodeTableLoader.load(CodeTableId.LEVY_MODE).label("3"));
        assertEquals("1 照章征税", CodeTableLoader.load(CodeTableId.LEVY_MODE).label("1"));
        assertEquals("2 水路运输", CodeTableLoader.load(CodeTableId.TRANSPORT_MODE).label("2"));
    }

    @Test
    void labelOfUnknownCodeIsTheCode() {
        CodeTable units = CodeTableLoader.load(CodeTableId.UNIT);
        assertEquals("999X", units.label("999X"));
        assertEquals("", units.label(null));
    }

    @Test
    void searchMatchesCodePrefixAndNames() {
        CodeTable currencies = CodeTableLoader.load(CodeTableId.CURRENCY);
        assertEquals(List.of("502"), codes(currencies.search("美元", 10)));
        assertEquals(List.of("502"), codes(currencies.search("usd", 10)));
        assertEquals(List.of("501", "502"), codes(currencies.search("50", 10)));
        CodeTable modes = CodeTableLoader.load(CodeTableId.SUPERVISION_MODE);
        List<CodeEntry> materials = modes.search("进料", 100);
        assertTrue(materials.size() > 1);
        assertTrue(materials.stream().allMatch(e -> e.nameZh().contains("进料")));
        assertEquals(3, modes.search("", 3).size());
        assertEquals(2, modes.search("进料", 2).size());
        assertEquals(List.of(), modes.search("进料", 0));
        assertEquals(List.of(), modes.search("不存在的方式", 10));
    }

    @Test
    void entriesAreImmutable() {
        CodeTable units = CodeTableLoader.load(CodeTableId.UNIT);
        assertThrows(UnsupportedOperationException.class, () -> units.entries().remove(0));
        assertThrows(UnsupportedOperationException.class,
                () -> units.entries().add(new CodeEntry("999", "x", null, null)));
    }

    @Test
    void tableRejectsDuplicateCodes() {
        List<CodeEntry> twice = List.of(new CodeEntry("1", "a", null, null), new CodeEntry("1", "b", null, null));
        assertThrows(IllegalArgumentException.class, () -> new CodeTable(CodeTableId.LEVY_MODE, twice));
    }

    @Test
    void parsesQuotedFields() throws IOException {
        List<String[]> rows = CodeTableLoader.parse(new StringReader(
                "code,name\r\nPSE,\"Palestine, State of\"\r\nX,\"say \"\"hi\"\", twice\"\nY,\"two\nlines\"\nZ,\"\",\n"));
        assertEquals(5, rows.size());
        assertArrayEquals(new String[] {"code", "name"}, rows.get(0));
        assertArrayEquals(new String[] {"PSE", "Palestine, State of"}, rows.get(1));
        assertArrayEquals(new String[] {"X", "say \"hi\", twice"}, rows.get(2));
        assertArrayEquals(new String[] {"Y", "two\nlines"}, rows.get(3));
        assertArrayEquals(new String[] {"Z", "", ""}, rows.get(4));
    }

    @Test
    void parsesLastRecordWithoutLineBreakAndSkipsBom() throws IOException {
        List<String[]> rows = CodeTableLoader.parse(new StringReader("\uFEFFa,b\n1,\"2\""));
        assertArrayEquals(new String[] {"a", "b"}, rows.get(0));
        assertArrayEquals(new String[] {"1", "2"}, rows.get(1));
        assertEquals(2, rows.size());
    }

    @Test
    void rejectsBrokenQuoting() {
        assertThrows(IllegalArgumentException.class, () -> CodeTableLoader.parse(new StringReader("a,\"open\n")));
        assertThrows(IllegalArgumentException.class, () -> CodeTableLoader.parse(new StringReader("a,b\"c\n")));
        assertThrows(IllegalArgumentException.class, () -> CodeTableLoader.parse(new StringReader("a,\"b\"c\n")));
    }

    private static List<String> codes(List<CodeEntry> entries) {
        return entries.stream().map(CodeEntry::code).toList();
    }
}
