package org.tongguan.print.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.tongguan.core.Messages;
import org.tongguan.core.print.PrintLayout;
import org.tongguan.core.print.PrintLayout.Field;
import org.tongguan.core.print.PrintLayout.Table;

/**
 * Lays one {@link PrintLayout} out on A4 pages of one PDF document, top to bottom: title, header fields, tables,
 * footer; then stamps the watermark and the page numbers on every page. One instance per document, not thread-safe.
 */
final class PdfRenderer implements AutoCloseable {
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 40;
    static final float TITLE_SIZE = 16;
    static final float FIELD_SIZE = 10;
    static final float TABLE_TITLE_SIZE = 11;
    static final float CELL_SIZE = 9;
    static final float FOOTER_SIZE = 9;
    static final float PAGE_NUMBER_SIZE = 9;
    /** The page number's text in the core's texts: page, count. */
    static final String PAGE_NUMBER_KEY = "print.pageNumber";
    static final float WATERMARK_WIDTH = 0.4f;
    static final float WATERMARK_ALPHA = 0.25f;
    private static final float LEADING = 1.3f;
    /** Baseline below the top of a line box, as a fraction of the font size. */
    private static final float ASCENT = 1.0f;
    private static final float FIELD_GAP = 16;
    private static final float CELL_PAD_X = 3;
    private static final float CELL_PAD_Y = 2;
    private static final float SECTION_GAP = 12;
    private static final float LABEL_GREY = 0.35f;
    private static final float HEADING_FILL = 0.9f;
    private static final float RULE_GREY = 0.5f;
    private static final float RULE_WIDTH = 0.5f;
    private static final float MISSING = Float.NaN;

    private final PDDocument doc = new PDDocument();
    /** Open until the document is saved: its subset is taken from it then. */
    private final TrueTypeCollection fonts;
    private final PDType0Font font;
    private final Map<Integer, Float> glyphWidths = new HashMap<>(); // code point -> 1/1000 em, NaN: no glyph
    private final float left = MARGIN;
    private final float right = PAGE.getWidth() - MARGIN;
    private final float top = PAGE.getHeight() - MARGIN;
    private final float bottom = MARGIN;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    /**
     * @param fontCollection a TrueType collection holding {@code fontName}, with CJK and Latin glyphs; read, never
     *        changed
     * @param fontName the PostScript name of the face to print with
     */
    PdfRenderer(byte[] fontCollection, String fontName) throws IOException {
        try {
            fonts = new TrueTypeCollection(new ByteArrayInputStream(fontCollection));
            TrueTypeFont face = fonts.getFontByName(fontName);
            if (face == null) {
                throw new IOException("no font " + fontName + " in the font collection");
            }
            font = PDType0Font.load(doc, face, true);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * The PDF of {@code layout}.
     *
     * @throws IllegalArgumentException when the watermark is not a PNG or JPEG image
     */
    byte[] render(PrintLayout layout) throws IOException {
        byte[] watermarkData = layout.watermark();
        PDImageXObject watermark = watermarkData == null ? null : image(watermarkData);
        newPage();
        title(layout.title());
        fields(layout.header());
        for (Table table : layout.tables()) {
            table(table);
        }
        footer(layout.footer());
        content.close();
        content = null;
        stamp(watermark, layout.locale());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        try (TrueTypeCollection f = fonts; PDDocument d = doc) {
            if (content != null) {
                content.close();
            }
        }
    }

    private PDImageXObject image(byte[] data) {
        if (!png(data) && !jpeg(data)) {
            throw new IllegalArgumentException("the watermark is not a PNG or JPEG image");
        }
        try {
            PDImageXObject image = PDImageXObject.createFromByteArray(doc, data, "watermark");
            if (image.getWidth() <= 0 || image.getHeight() <= 0) {
                throw new IllegalArgumentException("the watermark image is empty");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException("the watermark is not a readable PNG or JPEG image: " + e.getMessage(),
                    e);
        }
    }

    private static boolean png(byte[] d) {
        return d.length > 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G' && d[4] == '\r'
                && d[5] == '\n' && d[6] == 0x1A && d[7] == '\n';
    }

    private static boolean jpeg(byte[] d) {
        return d.length > 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF;
    }

    // ---- sections

    private void title(String title) throws IOException {
        String text = clean(title);
        if (text.isBlank()) {
            return;
        }
        float lead = TITLE_SIZE * LEADING;
        for (String line : LineBreaker.lines(text, right - left, widths(TITLE_SIZE))) {
            room(lead);
            float w = width(line, TITLE_SIZE);
            text(line, left + (right - left - w) / 2, y - TITLE_SIZE * ASCENT, TITLE_SIZE);
            y -= lead;
        }
        y -= SECTION_GAP / 2;
    }

    private void fields(List<Field> fields) throws IOException {
        if (fields.isEmpty()) {
            return;
        }
        float columnWidth = (right - left - FIELD_GAP) / 2;
        float lead = FIELD_SIZE * LEADING;
        for (int i = 0; i < fields.size(); i += 2) {
            FieldLines a = fieldLines(fields.get(i), columnWidth);
            FieldLines b = i + 1 < fields.size() ? fieldLines(fields.get(i + 1), columnWidth) : FieldLines.NONE;
            int lines = Math.max(a.lines(), b.lines());
            if (lines * lead > y - bottom && lines * lead <= top - bottom) {
                newPage(); // keep a pair of fields together where it fits on a page
            }
            for (int line = 0; line < lines; line++) {
                room(lead);
                float baseline = y - FIELD_SIZE * ASCENT;
                drawField(a, line, left, baseline);
                drawField(b, line, left + columnWidth + FIELD_GAP, baseline);
                y -= lead;
            }
        }
        y -= SECTION_GAP / 2;
    }

    private FieldLines fieldLines(Field field, float columnWidth) {
        String label = clean(field.label());
        String value = clean(field.value());
        if (label.isEmpty()) {
            return new FieldLines(List.of(), 0, LineBreaker.lines(value, columnWidth, widths(FIELD_SIZE)));
        }
        String colon = LineBreaker.cjk(label.codePointBefore(label.length())) ? "：" : ": ";
        List<String> labelLines = LineBreaker.lines(label + colon, columnWidth * 0.45f, widths(FIELD_SIZE));
        float labelWidth = 0;
        for (String line : labelLines) {
            labelWidth = Math.max(labelWidth, width(line, FIELD_SIZE));
        }
        List<String> valueLines = value.isEmpty() ? List.of()
                : LineBreaker.lines(value, columnWidth - labelWidth, widths(FIELD_SIZE));
        return new FieldLines(labelLines, labelWidth, valueLines);
    }

    /** One header field broken into lines: the label's lines, and beside them the value's. */
    private record FieldLines(List<String> label, float labelWidth, List<String> value) {
        static final FieldLines NONE = new FieldLines(List.of(), 0, List.of());

        int lines() {
            return Math.max(label.size(), value.size());
        }
    }

    private void drawField(FieldLines field, int line, float x, float baseline) throws IOException {
        if (line < field.label().size()) {
            content.setNonStrokingColor(LABEL_GREY);
            text(field.label().get(line), x, baseline, FIELD_SIZE);
            content.setNonStrokingColor(0f);
        }
        if (line < field.value().size()) {
            text(field.value().get(line), x + field.labelWidth(), baseline, FIELD_SIZE);
        }
    }

    private void footer(List<String> footer) throws IOException {
        if (footer.isEmpty()) {
            return;
        }
        y -= SECTION_GAP / 2;
        float lead = FOOTER_SIZE * LEADING;
        for (String text : footer) {
            for (String line : LineBreaker.lines(clean(text), right - left, widths(FOOTER_SIZE))) {
                room(lead);
                text(line, left, y - FOOTER_SIZE * ASCENT, FOOTER_SIZE);
                y -= lead;
            }
        }
    }

    // ---- tables

    private void table(Table table) throws IOException {
        List<String> titleLines = table.title().isBlank() ? List.of()
                : LineBreaker.lines(clean(table.title()), right - left, widths(TABLE_TITLE_SIZE));
        float titleLead = TABLE_TITLE_SIZE * LEADING;
        int columns = table.columns().size();
        if (columns == 0) {
            for (String line : titleLines) {
                room(titleLead);
                text(line, left, y - TABLE_TITLE_SIZE * ASCENT, TABLE_TITLE_SIZE);
                y -= titleLead;
            }
            y -= SECTION_GAP;
            return;
        }
        List<String> headings = new ArrayList<>(columns);
        for (String heading : table.columns()) {
            headings.add(clean(heading));
        }
        List<List<String>> rows = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            List<String> cells = new ArrayList<>(columns);
            for (int c = 0; c < columns; c++) {
                cells.add(c < row.size() ? clean(row.get(c)) : "");
            }
            rows.add(cells);
        }
        float[] widths = columnWidths(headings, rows);
        List<List<String>> headingLines = cellLines(headings, widths);
        float headingHeight = height(headingLines);
        List<List<String>> firstRow = rows.isEmpty() ? List.of() : cellLines(rows.get(0), widths);
        float start = titleLines.size() * titleLead + headingHeight + (rows.isEmpty() ? 0 : height(firstRow));
        if (start > y - bottom && start <= top - bottom) {
            newPage(); // the title, the headings and the first row together
        }
        for (String line : titleLines) {
            room(titleLead);
            text(line, left, y - TABLE_TITLE_SIZE * ASCENT, TABLE_TITLE_SIZE);
            y -= titleLead;
        }
        room(headingHeight);
        drawRow(headingLines, widths, 0, maxLines(headingLines), true);
        boolean rowOnPage = false;
        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> lines = r == 0 ? firstRow : cellLines(rows.get(r), widths);
            int total = maxLines(lines);
            int from = 0;
            while (from < total) {
                float lead = CELL_SIZE * LEADING;
                float need = (total - from) * lead + 2 * CELL_PAD_Y;
                if (need <= y - bottom) {
                    drawRow(lines, widths, from, total, false);
                    rowOnPage = true;
                    break;
                }
                if (rowOnPage) {
                    newPage();
                    drawRow(headingLines, widths, 0, maxLines(headingLines), true);
                    rowOnPage = false;
                    continue;
                }
                // taller than what is left of a page with only the headings on it: split the row
                int fit = Math.max(1, (int) ((y - bottom - 2 * CELL_PAD_Y) / lead));
                drawRow(lines, widths, from, Math.min(total, from + fit), false);
                from += fit;
                if (from < total) {
                    newPage();
                    drawRow(headingLines, widths, 0, maxLines(headingLines), true);
                }
            }
        }
        y -= SECTION_GAP;
    }

    private float[] columnWidths(List<String> headings, List<List<String>> rows) {
        int columns = headings.size();
        float[] natural = new float[columns];
        float[] minimum = new float[columns];
        LineBreaker.Widths cell = widths(CELL_SIZE);
        for (int c = 0; c < columns; c++) {
            natural[c] = LineBreaker.naturalWidth(headings.get(c), cell);
            minimum[c] = LineBreaker.minimumWidth(headings.get(c), cell);
        }
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                String text = row.get(c);
                natural[c] = Math.max(natural[c], LineBreaker.naturalWidth(text, cell));
                minimum[c] = Math.max(minimum[c], LineBreaker.minimumWidth(text, cell));
            }
        }
        for (int c = 0; c < columns; c++) {
            natural[c] += 2 * CELL_PAD_X;
            minimum[c] += 2 * CELL_PAD_X;
        }
        return ColumnWidths.fit(natural, minimum, right - left);
    }

    private List<List<String>> cellLines(List<String> cells, float[] widths) {
        List<List<String>> lines = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            lines.add(LineBreaker.lines(cells.get(c), widths[c] - 2 * CELL_PAD_X, widths(CELL_SIZE)));
        }
        return lines;
    }

    private static int maxLines(List<List<String>> cells) {
        int max = 1;
        for (List<String> cell : cells) {
            max = Math.max(max, cell.size());
        }
        return max;
    }

    private static float height(List<List<String>> cells) {
        return maxLines(cells) * CELL_SIZE * LEADING + 2 * CELL_PAD_Y;
    }

    /** Draws lines {@code from} to {@code to} of a row's cells at the cursor, with the cells' borders. */
    private void drawRow(List<List<String>> cells, float[] widths, int from, int to, boolean heading)
            throws IOException {
        float lead = CELL_SIZE * LEADING;
        float h = (to - from) * lead + 2 * CELL_PAD_Y;
        if (heading) {
            content.setNonStrokingColor(HEADING_FILL);
            content.addRect(left, y - h, right - left, h);
            content.fill();
            content.setNonStrokingColor(0f);
        }
        float x = left;
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = cells.get(c);
            for (int i = from; i < Math.min(to, lines.size()); i++) {
                String line = lines.get(i);
                if (!line.isEmpty()) {
                    text(line, x + CELL_PAD_X, y - CELL_PAD_Y - (i - from) * lead - CELL_SIZE * ASCENT, CELL_SIZE);
                }
            }
            content.addRect(x, y - h, widths[c], h);
            x += widths[c];
        }
        content.stroke();
        y -= h;
    }

    // ---- pages

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(doc, page);
        content.setLineWidth(RULE_WIDTH);
        content.setStrokingColor(RULE_GREY);
        y = top;
    }

    /** Starts a new page unless {@code height} fits below the cursor. */
    private void room(float height) throws IOException {
        if (height > y - bottom) {
            newPage();
        }
    }

    /** Draws the watermark (if any) and "第 n 页 / 共 m 页" (in the layout's language) on every page. */
    private void stamp(PDImageXObject watermark, Locale locale) throws IOException {
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(WATERMARK_ALPHA);
        translucent.setStrokingAlphaConstant(WATERMARK_ALPHA);
        float w = PAGE.getWidth() * WATERMARK_WIDTH;
        float h = 0;
        if (watermark != null) {
            h = w * watermark.getHeight() / watermark.getWidth();
            if (h > PAGE.getHeight() * WATERMARK_WIDTH) {
                h = PAGE.getHeight() * WATERMARK_WIDTH;
                w = h * watermark.getWidth() / watermark.getHeight();
            }
        }
        int count = pages.size();
        for (int n = 1; n <= count; n++) {
            try (PDPageContentStream stamp = new PDPageContentStream(doc, pages.get(n - 1), AppendMode.APPEND, true,
                    true)) {
                content = stamp;
                if (watermark != null) {
                    stamp.saveGraphicsState();
                    stamp.setGraphicsStateParameters(translucent);
                    stamp.drawImage(watermark, (PAGE.getWidth() - w) / 2, (PAGE.getHeight() - h) / 2, w, h);
                    stamp.restoreGraphicsState();
                }
                String number = Messages.CORE.get(PAGE_NUMBER_KEY, locale, n, count);
                float x = (PAGE.getWidth() - width(number, PAGE_NUMBER_SIZE)) / 2;
                text(number, x, MARGIN / 2, PAGE_NUMBER_SIZE);
            } finally {
                content = null;
            }
        }
    }

    // ---- text

    private void text(String text, float x, float baseline, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private LineBreaker.Widths widths(float size) {
        return cp -> glyphWidth(cp) * size / 1000;
    }

    private float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            w += glyphWidth(cp);
        }
        return w * size / 1000;
    }

    /** Width in 1/1000 em of a code point {@link #clean} let through. */
    private float glyphWidth(int cp) {
        float w = glyphWidthOrMissing(cp);
        return Float.isNaN(w) ? glyphWidthOrMissing('?') : w;
    }

    private float glyphWidthOrMissing(int cp) {
        Float cached = glyphWidths.get(cp);
        if (cached == null) {
            float w;
            try {
                w = font.getStringWidth(new String(Character.toChars(cp)));
            } catch (IllegalArgumentException | IOException e) {
                w = MISSING;
            }
            cached = w;
            glyphWidths.put(cp, cached);
        }
        return cached;
    }

    /**
     * {@code text} as it can be printed: line ends as {@code \n}; tabs, other control characters and spaces other than
     * the ideographic space as plain spaces; invisible format characters dropped; characters the font has no glyph
     * for as {@code ?}.
     */
    private String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < text.length() && text.charAt(i) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isSpaceChar(cp) && cp != 0x3000) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.FORMAT) {
                continue;
            } else if (Float.isNaN(glyphWidthOrMissing(cp))) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
