package org.tongguan.print.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongguan.core.print.PrintLayout;
import org.tongguan.core.print.PrintLayout.Field;
import org.tongguan.core.print.PrintLayout.Table;

class PdfPrinterTest {
    private static final List<String> COLUMNS = List.of("序号", "料号", "商品编码", "商品名称", "规格型号", "申报数量",
            "计量单位", "币制");

    private static PdfPrinter printer;

    @BeforeAll
    static void setUp() {
        System.setProperty("java.awt.headless", "true");
        printer = new PdfPrinter();
    }

    @Test
    void chineseTextIsEmbeddedAndExtractedExactly() throws IOException {
        PrintLayout layout = new PrintLayout("加工贸易核注清单",
                List.of(new Field("企业名称", "西安通关科技有限公司"), new Field("海关编码", "6101234567"),
                        new Field("统一社会信用代码", "91610131MA6W1XYZ3Q"), new Field("监管方式", "0615 进料对口"),
                        new Field("主管海关", "西安关区")),
                List.of(new Table("表体", List.of("序号", "商品编码", "商品名称", "数量", "单位"),
                        List.of(List.of("1", "8471300000", "便携式自动数据处理设备", "100", "台"),
                                List.of("2", "8542319000", "集成电路（处理器）", "2,500", "个")))),
                List.of("打印时间 2025-03-01 10:30", "Printed by admin"));

        byte[] pdf = printer.pdf(layout);

        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("加工贸易核注清单", "企业名称", "西安通关科技有限公司", "海关编码", "6101234567",
                    "统一社会信用代码", "91610131MA6W1XYZ3Q", "0615 进料对口", "西安关区", "表体", "商品名称",
                    "便携式自动数据处理设备", "集成电路（处理器）", "2,500", "台", "打印时间 2025-03-01 10:30",
                    "Printed by admin", "第 1 页 / 共 1 页")) {
                assertTrue(text.contains(expected), () -> "missing «" + expected + "» in:\n" + text);
            }
            PDResources resources = doc.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertEquals(1, fonts.size(), "one font");
            PDType0Font font = (PDType0Font) fonts.get(0);
            assertTrue(font.isEmbedded());
            assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), () -> "a subset: " + font.getName());
            assertNotNull(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE), "ToUnicode map");
        }
        // a subset, not the 4 MB font
        assertTrue(pdf.length < 200_000, () -> pdf.length + " bytes");
    }

    @Test
    void thousandRowsMakeNumberedPagesWithRepeatedHeadings() throws IOException {
        PrintLayout layout = new PrintLayout("核注清单 表体", List.of(new Field("清单编号", "QD610120250000001")),
                List.of(new Table("表体", COLUMNS, rows(1000))), List.of("打印时间 2025-03-01 10:30"));
        printer.pdf(layout); // warm up class loading and the JIT

        long started = System.nanoTime();
        byte[] pdf = printer.pdf(layout);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(millis < 3000, () -> "1,000 rows took " + millis + " ms");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 10, () -> pages + " pages");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int n = 1; n <= pages; n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                String text = stripper.getText(doc);
                String number = "第 " + n + " 页 / 共 " + pages + " 页";
                assertTrue(text.contains(number), () -> "page without «" + number + "»:\n" + text);
                assertTrue(text.contains("商品名称") && text.contains("申报数量"), "headings repeated on every page");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = stripper.getText(doc);
            for (int i = 1; i <= 1000; i++) {
                String part = String.format("LH-%04d-A", i);
                assertEquals(all.indexOf(part), all.lastIndexOf(part), part + " printed once");
                assertTrue(all.contains(part), part + " printed");
            }
            assertTrue(all.indexOf("打印时间") > all.indexOf("LH-1000-A"), "footer after the last row");
        }
    }

    @Test
    void pngWatermarkIsDrawnTranslucentOnEveryPage() throws IOException {
        byte[] png = seal("png", BufferedImage.TYPE_INT_ARGB);
        PrintLayout layout = new PrintLayout("出口报关单", List.of(new Field("申报单位", "西安通关科技有限公司")),
                List.of(new Table("商品", COLUMNS, rows(150))), List.of(), png);

        byte[] pdf = printer.pdf(layout);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 3);
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                List<PDImageXObject> images = new ArrayList<>();
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject object = resources.getXObject(name);
                    if (object instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
                assertEquals(1, images.size(), "one image on each page");
                assertEquals(200, images.get(0).getWidth());
                assertEquals(120, images.get(0).getHeight());
                boolean translucent = false;
                for (COSName name : resources.getExtGStateNames()) {
                    PDExtendedGraphicsState state = resources.getExtGState(name);
                    Float alpha = state.getNonStrokingAlphaConstant();
                    translucent |= alpha != null && Math.abs(alpha - 0.25f) < 0.01f;
                }
                assertTrue(translucent, "a fill alpha of 0.25");
            }
        }
    }

    @Test
    void jpegWatermarkIsAccepted() throws IOException {
        byte[] jpeg = seal("jpg", BufferedImage.TYPE_INT_RGB);
        byte[] pdf = printer.pdf(new PrintLayout("报关单", List.of(), List.of(), List.of(), jpeg));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            boolean image = false;
            for (COSName name : resources.getXObjectNames()) {
                image |= resources.getXObject(name) instanceof PDImageXObject;
            }
            assertTrue(image);
        }
    }

    @Test
    void layoutWithoutWatermarkHasNoImage() throws IOException {
        byte[] pdf = printer.pdf(new PrintLayout("报关单", List.of(), List.of(), List.of()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertFalse(doc.getPage(0).getResources().getXObjectNames().iterator().hasNext());
        }
    }

    @Test
    void watermarkThatIsNotPngOrJpegIsRefused() throws IOException {
        List<byte[]> refused = List.of("not an image".getBytes(StandardCharsets.UTF_8), new byte[0],
                seal("gif", BufferedImage.TYPE_INT_RGB), broken(seal("png", BufferedImage.TYPE_INT_ARGB)),
                broken(seal("jpg", BufferedImage.TYPE_INT_RGB)));
        for (byte[] watermark : refused) {
            PrintLayout layout = new PrintLayout("报关单", List.of(), List.of(), List.of(), watermark);
            assertThrows(IllegalArgumentException.class, () -> printer.pdf(layout),
                    () -> "accepted " + Arrays.toString(Arrays.copyOf(watermark, Math.min(8, watermark.length))));
        }
    }

    @Test
    void longTextWrapsWithinTheMargins() throws IOException {
        String longChinese = "西安通关科技有限公司位于陕西省西安市高新区锦业路，主营加工贸易保税业务。".repeat(8);
        String longWords = "Semiconductor integrated circuits for automatic data processing machines ".repeat(6).trim();
        String unbroken = "X".repeat(300);
        for (String text : List.of(longChinese, longWords, unbroken)) {
            // the long text as a header field, in a table cell beside a short column, and as a footer line
            PrintLayout layout = new PrintLayout("很长的标题".repeat(12), List.of(new Field("备注", text)),
                    List.of(new Table("表体", List.of("序号", "备注"), List.<List<String>>of(List.of("1", text)))),
                    List.of(text));

            byte[] pdf = printer.pdf(layout);

            try (PDDocument doc = Loader.loadPDF(pdf)) {
                float pageWidth = doc.getPage(0).getMediaBox().getWidth();
                Positions positions = new Positions();
                String extracted = positions.getText(doc);
                assertFalse(positions.all.isEmpty());
                for (TextPosition p : positions.all) {
                    float x = p.getXDirAdj();
                    float end = x + p.getWidthDirAdj();
                    assertTrue(x >= PdfRenderer.MARGIN - 0.5f && end <= pageWidth - PdfRenderer.MARGIN + 0.5f,
                            () -> "«" + p.getUnicode() + "» at " + x + ".." + end + " of " + pageWidth);
                }
                String joined = extracted.replaceAll("\\s+", "");
                String expected = text.replace(" ", "");
                int first = joined.indexOf(expected);
                int second = joined.indexOf(expected, first + 1);
                int third = joined.indexOf(expected, second + 1);
                assertTrue(first >= 0 && second > first && third > second,
                        () -> "the text printed whole three times:\n" + extracted);
                long lines = extracted.lines().filter(l -> !l.isBlank()).count();
                assertTrue(lines > 3 * 3, () -> "the long text takes several lines each time:\n" + extracted);
            }
        }
    }

    @Test
    void anEnglishPrintHasNoChineseFurniture() throws IOException {
        // the labels of a ledger's header as the English clerk sees them: long, a word or two per line at most
        List<Field> header = List.of(new Field("Internal number", "EMS6101940123000001"),
                new Field("Customs code of the enterprise whose ledger this is", "6101940123"),
                new Field("Unified social credit code of the processing enterprise", "91610131MA6W1XYZ3Q"),
                new Field("Manufacturing/processing enterprise's customs code", "6101940123"),
                new Field("Supervision mode", "0615 Processing of imported materials"),
                new Field("Declaration customs", "9000 Xi'an Customs District"));
        PrintLayout layout = new PrintLayout("Processing-trade e-ledger", header,
                List.of(new Table("Materials", List.of("No.", "Part no.", "HS code", "Name", "Quantity"), List.of(
                        List.of("1", "LH-0001-A", "8471300000", "Portable computers", "100")))),
                List.of("Printed by admin at 2025-03-01 10:30"), null, Locale.ENGLISH);

        byte[] pdf = printer.pdf(layout);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Positions positions = new Positions();
            String text = positions.getText(doc);
            assertTrue(text.contains("Page 1 of 1"), () -> "the page number in English:\n" + text);
            assertEquals(0, text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || c >= 0xFF00 && c <= 0xFFEF || c >= 0x3000 && c <= 0x303F).count(),
                    () -> "no Chinese character, no full-width colon:\n" + text);
            // each header field stays in its half of the line: nothing of the left one runs into the right one's column
            float pageWidth = doc.getPage(0).getMediaBox().getWidth();
            float leftColumnEnd = PdfRenderer.MARGIN + (pageWidth - 2 * PdfRenderer.MARGIN - 16) / 2;
            int fieldGlyphs = 0;
            for (TextPosition p : positions.all) {
                float x = p.getXDirAdj();
                float end = x + p.getWidthDirAdj();
                boolean field = Math.abs(p.getFontSizeInPt() - PdfRenderer.FIELD_SIZE) < 0.01f;
                fieldGlyphs += field ? 1 : 0;
                assertTrue(!field || x >= leftColumnEnd || end <= leftColumnEnd + 0.5f,
                        () -> "«" + p.getUnicode() + "» at " + x + ".." + end + " crosses " + leftColumnEnd + " in\n"
                                + text);
                assertTrue(end <= pageWidth - PdfRenderer.MARGIN + 0.5f, () -> "«" + p.getUnicode() + "» past the margin");
            }
            assertTrue(fieldGlyphs > 200, "the header's glyphs were told apart: " + fieldGlyphs);
        }
        PrintLayout chinese = new PrintLayout("加工贸易账册", List.of(new Field("企业内部编号", "EMS6101940123000001")),
                List.of(), List.of());
        try (PDDocument doc = Loader.loadPDF(printer.pdf(chinese))) {
            assertTrue(new PDFTextStripper().getText(doc).contains("第 1 页 / 共 1 页"), "a Chinese print stays Chinese");
        }
    }

    @Test
    void charactersWithoutGlyphAndControlCharactersDoNotFail() throws IOException {
        byte[] pdf = printer.pdf(new PrintLayout("报关单\t\u0000\u200B", List.of(new Field(null, "a\r\nb\u0007")),
                List.of(new Table(null, List.of("A"), List.of(List.of("\uD83D\uDE00 表情")))), List.of()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("报关单"));
        }
    }

    private static List<List<String>> rows(int count) {
        List<List<String>> rows = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            rows.add(List.of(Integer.toString(i), String.format("LH-%04d-A", i), "8471300000",
                    i % 7 == 0 ? "便携式自动数据处理设备，重量不超过10千克，至少由一个中央处理部件、一个键盘和一个显示器组成" : "集成电路",
                    "型号 TG-" + i, Integer.toString(i * 3), "个", "美元"));
        }
        return rows;
    }

    /** A 200×120 red seal image in {@code format}. */
    private static byte[] seal(String format, int type) throws IOException {
        BufferedImage image = new BufferedImage(200, 120, type);
        Graphics2D g = image.createGraphics();
        if (type == BufferedImage.TYPE_INT_RGB) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 120);
        }
        g.setColor(Color.RED);
        g.fillOval(10, 10, 180, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "no ImageIO writer for " + format);
        return out.toByteArray();
    }

    /** The image's signature followed by garbage. */
    private static byte[] broken(byte[] image) {
        byte[] broken = Arrays.copyOf(image, 64);
        Arrays.fill(broken, 12, 64, (byte) 0x5A);
        return broken;
    }

    /** Collects the position of every character drawn. */
    private static final class Positions extends PDFTextStripper {
        final List<TextPosition> all = new ArrayList<>();

        Positions() throws IOException {
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            super.processTextPosition(text);
            all.add(text);
        }
    }
}
