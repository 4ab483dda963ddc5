package org.tongguan.core.internal.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.FieldError;
import org.tongguan.core.Messages;
import org.tongguan.core.Validator;
import org.tongguan.core.code.CodeTable;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.io.Xlsx;

class HsTableFileTest {
    private static final String HEADER = "code,name_zh,first_unit,second_unit,supervision_conditions,note,"
            + "declaration_elements,antidumping_elements,edition\n";
    private static final CodeTable UNITS = CodeTableLoader.load(CodeTableId.UNIT);
    @TempDir
    Path dir;

    private Path csv(String body) throws IOException {
        Path f = dir.resolve("hs.csv");
        Files.writeString(f, HEADER + body);
        return f;
    }

    @Test
    void readsAFileOfTheShippedColumns() throws IOException {
        Validator v = Validator.core();
        HsCodeIndex index = HsTableFile.read(CodeTableLoader.readRecords(csv(
                "8542319000,其他用作处理器及控制器的集成电路,007,035,,,1品牌类型;2出口享惠情况;3用途;,,2021\n"
                        + "2709000000,石油原油,035,,4x7AByv,,\"1品牌类型;2出口享惠情况;\",,2021\n")), UNITS, v);
        assertEquals(List.of(), v.errors());
        assertNotNull(index);
        assertEquals(2, index.size());
        assertEquals("2021", index.edition());
        assertEquals(List.of("007", "035"), index.find("8542319000").orElseThrow().legalUnits());
        assertEquals(3, index.find("8542319000").orElseThrow().elements().size());
    }

    @Test
    void refusesAFileWithAnUnknownUnitNamingRowCodeAndUnit() throws IOException {
        Validator v = Validator.core();
        HsCodeIndex index = HsTableFile.read(CodeTableLoader.readRecords(csv(
                "8542319000,其他用作处理器及控制器的集成电路,007,035,,,1品牌类型;,,2021\n"
                        + "8542311110,多元件集成电路,999,,,,1品牌类型;,,2021\n"
                        + "8542311190,其他多元件集成电路,007,ABC,,,1品牌类型;,,2021\n")), UNITS, v);
        assertNull(index);
        List<FieldError> errors = v.errors();
        assertEquals(2, errors.size());
        assertEquals("第 3 行：商品编码“8542311110”的第一法定计量单位“999”不在计量单位代码表中",
                errors.get(0).message(Messages.DEFAULT_LOCALE));
        assertEquals("Row 4: second legal unit \"ABC\" of HS code \"8542311190\" is not in the unit table",
                errors.get(1).message(Locale.ENGLISH));
    }

    @Test
    void refusesBadCodesDuplicatesMissingColumnsAndMixedEditions() throws IOException {
        Validator v = Validator.core();
        HsTableFile.read(CodeTableLoader.readRecords(csv(
                "854231900,短编码,007,,,,1品牌类型;,,2021\n"
                        + "8542319000,集成电路,007,,,,1品牌类型;,,2021\n"
                        + "8542319000,集成电路,007,,,,1品牌类型;,,2021\n"
                        + "8542311110,集成电路,007,,,,1品牌类型;,,2022\n")), UNITS, v);
        assertEquals(List.of("hs.import.code", "hs.import.duplicate", "hs.import.edition"),
                v.errors().stream().map(FieldError::key).toList());
        Validator columns = Validator.core();
        List<String[]> noEdition = new ArrayList<>();
        noEdition.add(new String[] {"code", "name_zh", "first_unit", "second_unit", "supervision_conditions",
            "declaration_elements"});
        assertNull(HsTableFile.read(noEdition, UNITS, columns));
        assertEquals("商品编码表文件缺少列“edition”", columns.errors().get(0).message(Messages.DEFAULT_LOCALE));
    }

    @Test
    void readsTheSameColumnsFromAnXlsxKeepingItsRowNumbers() throws IOException {
        Path f = dir.resolve("hs.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            Xlsx.write(out, "HS", Arrays.asList(HEADER.strip().split(",")), List.of(
                    List.of("8542319000", "其他用作处理器及控制器的集成电路", "007", "035", "", "", "1品牌类型;", "", "2021"),
                    List.of("8542311110", "多元件集成电路", "999", "", "", "", "1品牌类型;", "", "2021")));
        }
        Validator v = Validator.core();
        assertNull(HsTableFile.read(CodeTableLoader.readRecords(f), UNITS, v));
        assertEquals("hs.import.unit1", v.errors().get(0).key());
        assertEquals("Row 3: first legal unit \"999\" of HS code \"8542311110\" is not in the unit table",
                v.errors().get(0).message(Locale.ENGLISH));
    }

    @Test
    void theDiffNamesAddedRemovedAndChangedCodes() throws IOException {
        Validator v = Validator.core();
        HsCodeIndex before = HsTableFile.read(CodeTableLoader.readRecords(csv(
                "0101210010,改良种用濒危野马,035,009,AFEB,,1品牌类型;,,2020\n"
                        + "0101210090,其他改良种用马,035,009,AB,,1品牌类型;,,2020\n"
                        + "2709000000,石油原油,035,,4x7AByv,,1品牌类型;,,2020\n")), UNITS, v);
        HsCodeIndex after = HsTableFile.read(CodeTableLoader.readRecords(csv(
                "0101210010,改良种用濒危野马,035,009,AFEB,,1品牌类型;,,2021\n"
                        + "0101210090,其他改良种用马,035,,AB,,1品牌类型;,,2021\n"
                        + "8542319000,集成电路,007,035,,,1品牌类型;,,2021\n")), UNITS, v);
        assertEquals(List.of(), v.errors());
        HsTableFile.Diff d = HsTableFile.Diff.of(before, after);
        assertEquals(List.of("8542319000"), d.added());
        assertEquals(List.of("2709000000"), d.removed());
        assertEquals(List.of("0101210090"), d.changed());
    }
}
