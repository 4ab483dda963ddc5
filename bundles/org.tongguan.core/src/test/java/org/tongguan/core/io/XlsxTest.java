package org.tongguan.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XlsxTest {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            </Types>""";
    private static final String ROOT_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/\
            core-properties" Target="docProps/core.xml"/>\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
            officeDocument" Target="xl/workbook.xml"/></Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>\
            <sheets><sheet name="料件" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>""";
    private static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
            Target="styles.xml"/>\
            <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
            sharedStrings" Target="sharedStrings.xml"/>\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
            worksheet" Target="worksheets/sheet1.xml"/></Relationships>""";
    /** As Excel writes it: shared strings, numbers with binary noise, booleans, an error, a formula, gaps. */
    private static final String EXCEL_SHEET = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <dimension ref="A1:F8"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>\
            <sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="6" width="18" customWidth="1"/></cols>\
            <sheetData>
            <row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c>\
            <c r="D1" t="s"><v>2</v></c></row>
            <row r="3" spans="1:6"><c r="A3" s="1" t="s"><v>3</v></c><c r="B3"><v>4</v></c><c r="C3"><v>4.5</v></c>\
            <c r="D3" t="n"><v>0.10000000000000001</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="b"><v>0</v></c>\
            </row>
            <row r="4" spans="1:6"><c r="A4" s="1"/><c r="B4" t="s"><v>4</v></c><c r="D4" t="e"><v>#N/A</v></c>\
            <c r="E4" t="str"><f>A3&amp;"-"&amp;B3</f><v>01012000-4</v></c><c r="F4" s="1"/></row>
            <row r="5" spans="1:6" ht="20" customHeight="1"><c r="A5" s="1"/><c r="B5" s="1"/></row>
            <row r="6"><c r="A6"><v>100</v></c><c r="B6"><v>2.50</v></c><c r="C6"><v>1.0000000000000002</v></c>\
            <c r="D6"><v>-1.5E-3</v></c><c r="E6"><v>1.2345678901234567E+17</v></c><c r="F6"><v>-0</v></c></row>
            <row r="7"><c r="B7" t="s"><v>5</v></c><c r="C7" t="s"><v>6</v></c></row>
            <row><c><v>7</v></c><c t="inlineStr"><is><t>行内</t></is></c></row>
            </sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>\
            </worksheet>""";
    /** Placed after the sheet in the zip, as Excel does. */
    private static final String SHARED_STRINGS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="7" uniqueCount="7">\
            <si><t>商品编码</t></si><si><t>商品名称</t></si><si><t xml:space="preserve"> 数量 </t></si>\
            <si><t>01012000</t></si>\
            <si><r><t>加工</t></r><r><rPr><b/><sz val="11"/></rPr><t>贸易</t></r>\
            <rPh sb="0" eb="2"><t>jiagong</t></rPh><phoneticPr fontId="1"/></si>\
            <si><t>a_x000D_b_x005F_x0041_</t></si><si><t/></si></sst>""";

    @Test
    void roundTripKeepsChineseLeadingZerosAndGaps() throws IOException {
        List<String> header = List.of("商品编码", "商品名称", "申报数量", "备注");
        List<List<String>> rows = List.of(
                List.of("0101210010", "纯种繁殖用马", "0012.50", ""),
                Arrays.asList("", null, "3", ""),
                List.of("", "", "", ""),
                List.of("  前后空格  ", "<a href=\"x\">&amp;</a> ]]> '", "a\r\nb\tc", "_x0041_ 和 _x00"),
                List.of("控制\u0001字符\uFFFE丢弃\uD800", "😀 U+1F600", "中", "", "", ""));
        byte[] xlsx = write("料件清单", header, rows);

        Map<Integer, List<String>> read = readAll(xlsx);

        Map<Integer, List<String>> expected = new LinkedHashMap<>();
        expected.put(1, header);
        expected.put(2, List.of("0101210010", "纯种繁殖用马", "0012.50"));
        expected.put(3, List.of("", "", "3"));
        // row 4 is entirely empty: skipped
        expected.put(5, List.of("  前后空格  ", "<a href=\"x\">&amp;</a> ]]> '", "a\r\nb\tc", "_x0041_ 和 _x00"));
        expected.put(6, List.of("控制字符丢弃", "😀 U+1F600", "中"));
        assertEquals(expected, read);
    }

    @Test
    void writesThePartsExcelNeedsAsWellFormedXmlWithInlineStrings() throws Exception {
        byte[] xlsx = write("申报/出口:[2024]?*'", List.of("A", "", "C"), List.of(List.of("007")));
        Map<String, byte[]> parts = unzip(xlsx);

        assertEquals(Set.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/worksheets/sheet1.xml", "xl/styles.xml"), parts.keySet());
        for (byte[] part : parts.values()) {
            SafeXml.parse(part); // throws when not well-formed
        }
        Document sheet = SafeXml.parse(parts.get("xl/worksheets/sheet1.xml"));
        Element cell = (Element) sheet.getElementsByTagNameNS(MAIN, "c").item(2);
        assertEquals("A2", cell.getAttribute("r"));
        assertEquals("inlineStr", cell.getAttribute("t"));
        assertEquals("007", cell.getTextContent());
        assertEquals(0, sheet.getElementsByTagNameNS(MAIN, "v").getLength());
        Element col = (Element) sheet.getElementsByTagNameNS(MAIN, "col").item(0);
        assertEquals("1", col.getAttribute("min"));
        assertEquals("3", col.getAttribute("max"));
        assertEquals(18.0, Double.parseDouble(col.getAttribute("width")));

        Element sheetEntry = (Element) SafeXml.parse(parts.get("xl/workbook.xml"))
                .getElementsByTagNameNS(MAIN, "sheet").item(0);
        assertEquals("申报_出口__2024___", sheetEntry.getAttribute("name"));
        assertEquals("rId1", sheetEntry.getAttributeNS(REL, "id"));
    }

    @Test
    void sanitizesSheetNamesForExcel() {
        assertEquals("Sheet1", Xlsx.sheetName(null));
        assertEquals("Sheet1", Xlsx.sheetName(" '' "));
        assertEquals("a_b_c_d_e_f_g_h", Xlsx.sheetName("a[b]c:d*e?f/g\\h"));
        assertEquals("ab", Xlsx.sheetName("'a\u0007b\n'"));
        assertEquals("history_", Xlsx.sheetName("history"));
        String longName = "进出口货物报关单".repeat(5);
        assertEquals(longName.substring(0, 31), Xlsx.sheetName(longName));
        String emoji = "x".repeat(30) + "😀";
        assertEquals("x".repeat(30), Xlsx.sheetName(emoji)); // a surrogate pair is not cut in half
    }

    @Test
    void doesNotCloseTheCallersStream() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Xlsx.write(out, "s", List.of("h"), List.of());
        assertFalse(closed[0]);
        assertEquals(Map.of(1, List.of("h")), readAll(out.toByteArray()));
    }

    @Test
    void streams50000RowsBothWays() throws IOException {
        int count = 50_000;
        AtomicLong written = new AtomicLong();
        OutputStream counting = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                super.write(b, off, len);
                written.addAndGet(len);
            }
        };
        long[] writtenHalfway = {-1};
        Iterable<List<String>> rows = () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public List<String> next() {
                i++;
                if (i == count / 2) {
                    writtenHalfway[0] = written.get();
                }
                return List.of(String.format("%010d", i), "料件" + i, i % 7 == 0 ? "" : "x", String.valueOf(i % 3));
            }
        };
        long start = System.nanoTime();
        Xlsx.write(counting, "大表", List.of("编码", "名称", "标记", "余数"), rows);
        byte[] xlsx = ((ByteArrayOutputStream) counting).toByteArray();
        // rows reached the stream while they were iterated, not at the end
        assertTrue(writtenHalfway[0] > xlsx.length / 4, "written halfway: " + writtenHalfway[0] + " of " + xlsx.length);

        int[] seen = {0};
        Xlsx.read(new ByteArrayInputStream(xlsx), (rowNumber, cells) -> {
            seen[0]++;
            assertEquals(seen[0], rowNumber);
            if (rowNumber > 1) {
                int i = rowNumber - 1;
                assertEquals(String.format("%010d", i), cells.get(0));
                assertEquals("料件" + i, cells.get(1));
                assertEquals(i % 7 == 0 ? "" : "x", cells.get(2));
                assertEquals(String.valueOf(i % 3), cells.get(3));
            }
            return true;
        });
        assertEquals(count + 1, seen[0]);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 20_000, "50,000 rows took " + millis + " ms");
    }

    @Test
    void readsWhatExcelWritesWithSharedStringsAfterTheSheet() throws IOException {
        byte[] xlsx = zip("[Content_Types].xml", CONTENT_TYPES, "_rels/.rels", ROOT_RELS,
                "xl/workbook.xml", WORKBOOK, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS,
                "xl/worksheets/sheet1.xml", EXCEL_SHEET, "xl/sharedStrings.xml", SHARED_STRINGS);

        Map<Integer, List<String>> expected = new LinkedHashMap<>();
        expected.put(1, List.of("商品编码", "", "商品名称", " 数量 "));
        expected.put(3, List.of("01012000", "4", "4.5", "0.1", "TRUE", "FALSE"));
        expected.put(4, List.of("", "加工贸易", "", "#N/A", "01012000-4"));
        // row 5 has only styled empty cells: skipped
        expected.put(6, List.of("100", "2.5", "1", "-0.0015", "123456789012346000", "0"));
        expected.put(7, List.of("", "a\rb_x0041_")); // the empty shared string at the end is trimmed
        expected.put(8, List.of("7", "行内"));
        assertEquals(expected, readAll(xlsx));
    }

    @Test
    void numbersArePlainDecimalsWithExcelsFifteenDigits() throws IOException {
        assertEquals("0.1", Xlsx.number("0.10000000000000001", "A1"));
        assertEquals("0.3", Xlsx.number("0.30000000000000004", "A1"));
        assertEquals("4", Xlsx.number("4", "A1"));
        assertEquals("4", Xlsx.number("4.0", "A1"));
        assertEquals("4.5", Xlsx.number("4.50", "A1"));
        assertEquals("1000000", Xlsx.number("1E6", "A1"));
        assertEquals("0.000001", Xlsx.number("1.0000000000000001E-6", "A1"));
        assertEquals("0", Xlsx.number("0.000", "A1"));
        assertThrows(IOException.class, () -> Xlsx.number("abc", "A1"));
        assertThrows(IOException.class, () -> Xlsx.number("1E999999999", "A1"));
    }

    @Test
    void readsTheWorkbooksFirstSheetWhateverItsPartIsCalled() throws IOException {
        String workbook = WORKBOOK.replace("<sheet name=\"料件\" sheetId=\"1\" r:id=\"rId1\"/>",
                "<sheet name=\"料件\" sheetId=\"2\" r:id=\"rId3\"/><sheet name=\"成品\" sheetId=\"1\" r:id=\"rId2\"/>");
        String rels = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
                styles" Target="styles.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
                worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
                worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>""";
        String first = sheet("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>料件</t></is></c></row>");
        String second = sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>成品</t></is></c></row>");
        byte[] xlsx = zip("[Content_Types].xml", CONTENT_TYPES, "_rels/.rels", ROOT_RELS,
                "xl/workbook.xml", workbook, "xl/_rels/workbook.xml.rels", rels,
                "xl/worksheets/sheet1.xml", second, "xl/worksheets/sheet2.xml", first);

        assertEquals(Map.of(2, List.of("", "料件")), readAll(xlsx));
    }

    @Test
    void stopsWhenTheHandlerSaysSo() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(List.of("r" + i));
        }
        List<Integer> seen = new ArrayList<>();
        Xlsx.read(new ByteArrayInputStream(write("s", List.of("h"), rows)), (rowNumber, cells) -> {
            seen.add(rowNumber);
            return rowNumber < 3;
        });
        assertEquals(List.of(1, 2, 3), seen);
    }

    @Test
    void passesTheHandlersExceptionOnAndDeletesTheTemporaryFile() throws IOException {
        Path tmpDir = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = tempFiles(tmpDir);
        Set<Path> during = new HashSet<>();
        IOException mine = new IOException("mine");
        IOException thrown = assertThrows(IOException.class,
                () -> Xlsx.read(new ByteArrayInputStream(write("s", List.of("h"), List.of())), (rowNumber, cells) -> {
                    during.addAll(tempFiles(tmpDir));
                    throw mine;
                }));
        assertSame(mine, thrown);
        during.removeAll(before);
        assertFalse(during.isEmpty(), "no temporary file seen while reading");
        for (Path p : during) {
            assertFalse(Files.exists(p), p + " left behind");
        }
    }

    @Test
    void refusesWhatIsNotAnXlsx() throws IOException {
        IOException text = assertThrows(IOException.class, () -> readAll("商品编码,名称\n".getBytes(UTF_8)));
        assertTrue(text.getMessage().contains("not a zip"), text.getMessage());
        IOException empty = assertThrows(IOException.class, () -> readAll(new byte[0]));
        assertTrue(empty.getMessage().contains("not a zip"), empty.getMessage());
        IOException noWorkbook = assertThrows(IOException.class,
                () -> readAll(zip("word/document.xml", "<document/>", "a.txt", "hello")));
        assertTrue(noWorkbook.getMessage().contains("no workbook"), noWorkbook.getMessage());
        IOException noSheet = assertThrows(IOException.class, () -> readAll(zip("_rels/.rels", ROOT_RELS,
                "xl/workbook.xml", WORKBOOK, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS)));
        assertTrue(noSheet.getMessage().contains("no worksheet"), noSheet.getMessage());
        IOException broken = assertThrows(IOException.class, () -> readAll(excelWith(EXCEL_SHEET.replace(
                "</sheetData>", ""), SHARED_STRINGS)));
        assertTrue(broken.getMessage().contains("not well-formed"), broken.getMessage());
    }

    @Test
    void refusesDoctypes() throws IOException {
        Path secret = Files.createTempFile("xlsx-test-secret", ".txt");
        try {
            Files.writeString(secret, "secret");
            String internal = "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>";
            String external = "<!DOCTYPE sst [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>";
            List<byte[]> hostile = List.of(
                    excelWith(EXCEL_SHEET.replace("<worksheet ", internal + "<worksheet ")
                            .replace("<v>4.5</v>", "<v>&b;</v>"), SHARED_STRINGS),
                    excelWith(EXCEL_SHEET, SHARED_STRINGS.replace("<sst ", external + "<sst ")
                            .replace("<t>01012000</t>", "<t>&x;</t>")),
                    zip("_rels/.rels", ROOT_RELS, "xl/workbook.xml", "<!DOCTYPE workbook>" + WORKBOOK.substring(
                            WORKBOOK.indexOf('\n') + 1), "xl/_rels/workbook.xml.rels", WORKBOOK_RELS,
                            "xl/worksheets/sheet1.xml", EXCEL_SHEET, "xl/sharedStrings.xml", SHARED_STRINGS));
            for (byte[] xlsx : hostile) {
                IOException e = assertThrows(IOException.class, () -> readAll(xlsx));
                assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
            }
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void refusesMoreRowsThanExcelHas() throws IOException {
        byte[] xlsx = excelWith(sheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row>"
                + "<row r=\"1048577\"><c t=\"inlineStr\"><is><t>b</t></is></c></row>"), SHARED_STRINGS);
        List<Integer> seen = new ArrayList<>();
        IOException e = assertThrows(IOException.class,
                () -> Xlsx.read(new ByteArrayInputStream(xlsx), (rowNumber, cells) -> seen.add(rowNumber)));
        assertTrue(e.getMessage().contains("1,048,576 rows"), e.getMessage());
        assertEquals(List.of(1), seen);
        byte[] wide = excelWith(sheet("<row><c r=\"XFE1\"><v>1</v></c></row>"), SHARED_STRINGS);
        IOException columns = assertThrows(IOException.class, () -> readAll(wide));
        assertTrue(columns.getMessage().contains("16,384 columns"), columns.getMessage());
    }

    @Test
    void refusesPartsLargerThanTheLimitEvenWhenTheZipUnderstatesTheirSize() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 2_000; i++) {
            rows.append("<row r=\"").append(i).append("\"><c><v>").append(i).append("</v></c></row>");
        }
        byte[] xlsx = excelWith(sheet(rows.toString()), SHARED_STRINGS);
        long limit = 20_000;
        Map<Integer, List<String>> unlimited = readAll(xlsx);
        assertEquals(2_000, unlimited.size());

        IOException declared = assertThrows(IOException.class,
                () -> Xlsx.read(new ByteArrayInputStream(xlsx), (n, cells) -> true, limit));
        assertTrue(declared.getMessage().contains("larger than 20000 bytes"), declared.getMessage());

        byte[] lying = understateSize(xlsx, "xl/worksheets/sheet1.xml", 1_000);
        IOException counted = assertThrows(IOException.class,
                () -> Xlsx.read(new ByteArrayInputStream(lying), (n, cells) -> true, limit));
        assertTrue(counted.getMessage().contains("larger than 20000 bytes"), counted.getMessage());
    }

    private static byte[] write(String sheetName, List<String> header, List<? extends List<String>> rows)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(out, sheetName, header, rows);
        return out.toByteArray();
    }

    private static Map<Integer, List<String>> readAll(byte[] xlsx) throws IOException {
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        Xlsx.read(new ByteArrayInputStream(xlsx), (rowNumber, cells) -> {
            assertEquals(null, rows.put(rowNumber, cells), "row " + rowNumber + " twice");
            return true;
        });
        return rows;
    }

    private static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    private static byte[] excelWith(String sheet, String sharedStrings) throws IOException {
        return zip("[Content_Types].xml", CONTENT_TYPES, "_rels/.rels", ROOT_RELS,
                "xl/workbook.xml", WORKBOOK, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS,
                "xl/worksheets/sheet1.xml", sheet, "xl/sharedStrings.xml", sharedStrings);
    }

    /** A zip of the given name, content, name, content, … in that order. */
    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, UTF_8)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    /** {@code zip} with the central directory claiming {@code size} uncompressed bytes for entry {@code name}. */
    private static byte[] understateSize(byte[] zip, String name, int size) {
        byte[] copy = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        byte[] nameBytes = name.getBytes(UTF_8);
        for (int i = 0; i + 46 <= copy.length; i++) {
            if (b.getInt(i) == 0x02014b50 && (b.getShort(i + 28) & 0xffff) == nameBytes.length
                    && Arrays.equals(copy, i + 46, i + 46 + nameBytes.length, nameBytes, 0, nameBytes.length)) {
                b.putInt(i + 24, size);
                return copy;
            }
        }
        throw new AssertionError("no central directory entry for " + name);
    }

    private static Set<Path> tempFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new HashSet<>(files.filter(p -> p.getFileName().toString().startsWith("tongguan-xlsx-")).toList());
        }
    }
}
