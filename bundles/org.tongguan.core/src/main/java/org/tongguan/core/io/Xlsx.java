package org.tongguan.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small streaming reader and writer of Excel workbooks ({@code .xlsx}, Office Open XML SpreadsheetML) built on the
 * JDK alone ({@code java.util.zip} and StAX). It handles what clerks exchange as spreadsheets: one table of text.
 * The writer puts every cell as text, so codes keep their digits; the reader gives every cell as text, numbers in
 * plain decimal notation. Styles, formulas (only their cached results are read), dates (they come as numbers),
 * merged cells and further sheets are not interpreted.
 *
 * <p>The reader is meant for files uploaded by anyone: it refuses DOCTYPEs (so no entity expansion and no external
 * resources), parts larger than 256 MiB uncompressed, inputs larger than 512 MiB, and more rows or columns than
 * Excel allows.
 */
public final class Xlsx {
    /** Excel's last row, 1,048,576. */
    private static final int MAX_ROWS = 1 << 20;
    /** Excel's last column, XFD = 16,384. */
    private static final int MAX_COLUMNS = 1 << 14;
    /** Excel's limit on the characters of one cell. */
    private static final int MAX_CELL_CHARS = 32_767;
    /** Excel's limit on the length of a sheet name. */
    private static final int MAX_SHEET_NAME = 31;
    private static final int MAX_PART_MIB = 256;
    private static final long MAX_PART_BYTES = (long) MAX_PART_MIB << 20;
    private static final int MAX_INPUT_MIB = 512;
    private static final long MAX_INPUT_BYTES = (long) MAX_INPUT_MIB << 20;
    /** Longer number texts are no doubles; refusing them keeps BigDecimal's parsing cheap. */
    private static final int MAX_NUMBER_CHARS = 400;
    /** Excel keeps 15 significant digits; what a double prints beyond them is binary noise. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
    private static final double COLUMN_WIDTH = 18;
    private static final String DEFAULT_SHEET_NAME = "Sheet1";
    private static final String FORBIDDEN_IN_SHEET_NAME = "[]:*?/\\";
    private static final Logger LOG = LoggerFactory.getLogger(Xlsx.class);

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String CONTENT_TYPES = XML_DECLARATION
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "</Types>";
    private static final String ROOT_RELS = XML_DECLARATION
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>";
    private static final String WORKBOOK_RELS = XML_DECLARATION
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>";
    /** Style 0: default; 1: text format ("@"), for the data cells; 2: text format in bold, for the header. */
    private static final String STYLES = XML_DECLARATION
            + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<fonts count=\"2\">"
            + "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "</fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
            + " applyFont=\"1\"/>"
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";
    private static final int TEXT_STYLE = 1;
    private static final int HEADER_STYLE = 2;

    private Xlsx() {
    }

    /**
     * Receives the rows of a sheet one by one, in the order of the file.
     */
    @FunctionalInterface
    public interface RowHandler {
        /**
         * One row that has at least one non-empty cell; rows that are entirely empty are skipped.
         *
         * @param rowNumber the row's number as Excel shows it, from 1
         * @param cells the row's cells from column A on, as text ({@code ""} for an empty cell), trailing empty cells
         *        trimmed; an unmodifiable list the handler may keep
         * @return {@code true} to go on with the next row, {@code false} to stop reading
         * @throws IOException to stop reading; {@link Xlsx#read} passes it on as it is
         */
        boolean row(int rowNumber, List<String> cells) throws IOException;
    }

    /**
     * Writes a workbook with one sheet called {@code sheetName}: the header in row 1 (bold, the sheet frozen below
     * it, each header column 18 characters wide), then each of {@code rows} in rows 2, 3, … Every cell is written as
     * an inline string ({@code t="inlineStr"}) in text format, so numbers keep the clerk's digits (HS codes with
     * leading zeros, long numbers). Empty and {@code null} cells are left out, as are rows without any text.
     *
     * <p>Streams: each row is written as it is iterated, memory does not grow with the number of rows.
     * {@code out} is flushed but not closed. Characters XML 1.0 cannot carry (control characters other than tab,
     * line feed and carriage return, unpaired surrogates) are dropped. The sheet name is made acceptable to Excel:
     * the characters {@code []:*?/\} become {@code _}, control characters and leading or trailing apostrophes and
     * blanks are removed, it is cut to 31 characters, an empty name becomes {@code Sheet1}, and the name
     * {@code History}, which Excel reserves, gets an {@code _} appended.
     *
     * @param out where the {@code .xlsx} goes
     * @param sheetName the sheet's name as the clerk wants to see it in the tab
     * @param header the column titles
     * @param rows the data rows, iterated once
     * @throws IOException when {@code out} fails, or when the table does not fit into an Excel sheet (more than
     *         1,048,576 rows including the header, more than 16,384 columns, a cell of more than 32,767
     *         characters); what was written to {@code out} up to then is not a usable workbook
     */
    public static void write(OutputStream out, String sheetName, List<String> header,
            Iterable<? extends List<String>> rows) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(rows, "rows");
        String name = sheetName(sheetName);
        try (ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out), UTF_8)) {
            Writer w = new BufferedWriter(new OutputStreamWriter(zip, UTF_8), 1 << 16);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            w.write(CONTENT_TYPES);
            w.flush();
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            w.write(ROOT_RELS);
            w.flush();
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            w.write(XML_DECLARATION + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                    + "<bookViews><workbookView/></bookViews><sheets><sheet name=\"");
            escape(w, name, true);
            w.write("\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            w.flush();
            zip.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
            w.write(WORKBOOK_RELS);
            w.flush();
            zip.putNextEntry(new ZipEntry("xl/styles.xml"));
            w.write(STYLES);
            w.flush();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            writeSheet(w, header, rows);
            w.flush();
            zip.closeEntry();
        }
    }

    private static void writeSheet(Writer w, List<String> header, Iterable<? extends List<String>> rows)
            throws IOException {
        w.write(XML_DECLARATION + "<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">");
        if (!header.isEmpty()) {
            w.write("<sheetViews><sheetView workbookViewId=\"0\">"
                    + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                    + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews>");
            int columns = Math.min(header.size(), MAX_COLUMNS);
            w.write("<cols><col min=\"1\" max=\"" + columns + "\" width=\"" + COLUMN_WIDTH
                    + "\" style=\"" + TEXT_STYLE + "\" customWidth=\"1\"/></cols>");
        }
        w.write("<sheetData>");
        int rowNumber = 1;
        writeRow(w, rowNumber, header, HEADER_STYLE);
        for (List<String> row : rows) {
            if (rowNumber == MAX_ROWS) {
                throw new IOException("Too many rows for an Excel sheet: it holds at most 1,048,576 rows,"
                        + " the header included");
            }
            writeRow(w, ++rowNumber, Objects.requireNonNull(row, "a row is null"), TEXT_STYLE);
        }
        w.write("</sheetData></worksheet>");
    }

    private static void writeRow(Writer w, int rowNumber, List<String> cells, int style) throws IOException {
        if (cells.size() > MAX_COLUMNS) {
            throw new IOException("Row " + rowNumber + " has " + cells.size()
                    + " cells; an Excel sheet has at most 16,384 columns");
        }
        boolean open = false;
        int column = 0;
        for (String cell : cells) {
            column++;
            if (cell == null || cell.isEmpty()) {
                continue;
            }
            if (cell.length() > MAX_CELL_CHARS) {
                throw new IOException("Cell " + columnName(column) + rowNumber + " has " + cell.length()
                        + " characters; an Excel cell holds at most 32,767");
            }
            if (!open) {
                w.write("<row r=\"" + rowNumber + "\">");
                open = true;
            }
            w.write("<c r=\"" + columnName(column) + rowNumber + "\" s=\"" + style
                    + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
            escape(w, cell, false);
            w.write("</t></is></c>");
        }
        if (open) {
            w.write("</row>");
        }
    }

    /** Excel's name of a 1-based column: A … Z, AA … XFD. */
    private static String columnName(int column) {
        StringBuilder name = new StringBuilder(3);
        for (int c = column; c > 0; c = (c - 1) / 26) {
            name.append((char) ('A' + (c - 1) % 26));
        }
        return name.reverse().toString();
    }

    /** {@code name} made acceptable to Excel as a sheet name (see {@link #write}). */
    static String sheetName(String name) {
        StringBuilder sb = new StringBuilder();
        if (name != null) {
            name.codePoints().forEach(cp -> {
                if (FORBIDDEN_IN_SHEET_NAME.indexOf(cp) >= 0) {
                    sb.append('_');
                } else if (cp >= 0x20 && validXml(cp) && !Character.isISOControl(cp)) {
                    sb.appendCodePoint(cp);
                }
            });
        }
        String s = stripQuotesAndBlanks(sb.toString());
        if (s.length() > MAX_SHEET_NAME) {
            int end = Character.isHighSurrogate(s.charAt(MAX_SHEET_NAME - 1)) ? MAX_SHEET_NAME - 1 : MAX_SHEET_NAME;
            s = stripQuotesAndBlanks(s.substring(0, end));
        }
        if (s.isEmpty()) {
            return DEFAULT_SHEET_NAME;
        }
        return s.equalsIgnoreCase("History") ? s + "_" : s; // Excel reserves "History" for tracked changes
    }

    private static String stripQuotesAndBlanks(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '\'' || Character.isWhitespace(s.charAt(start)))) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '\'' || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * Writes {@code text} as XML character data or as an attribute value, dropping what XML 1.0 cannot carry. A
     * literal {@code _xHHHH_} gets its underscore escaped as {@code _x005F_}, since Excel reads that pattern as
     * an escaped character.
     */
    private static void escape(Writer w, String text, boolean attribute) throws IOException {
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            switch (cp) {
                case '&' -> w.write("&amp;");
                case '<' -> w.write("&lt;");
                case '>' -> w.write("&gt;");
                case '"' -> w.write(attribute ? "&quot;" : "\"");
                case '\r' -> w.write("&#13;");
                case '\t' -> w.write(attribute ? "&#9;" : "\t");
                case '\n' -> w.write(attribute ? "&#10;" : "\n");
                case '_' -> w.write(isEscapePattern(text, i) ? "_x005F_" : "_");
                default -> {
                    if (validXml(cp)) {
                        w.write(text, i, next - i);
                    }
                }
            }
            i = next;
        }
    }

    /** Whether XML 1.0 allows the code point (an unpaired surrogate arrives here as itself and is refused). */
    private static boolean validXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Whether {@code _xHHHH_} starts at {@code i}. */
    private static boolean isEscapePattern(String s, int i) {
        if (i + 7 > s.length() || s.charAt(i) != '_' || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} with Excel's {@code _xHHHH_} escapes replaced by the characters they stand for. */
    private static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            if (isEscapePattern(s, i)) {
                sb.append((char) Integer.parseInt(s, i + 2, i + 6, 16));
                i += 7;
            } else {
                sb.append(s.charAt(i++));
            }
        }
        return sb.toString();
    }

    /**
     * Reads the first worksheet of an {@code .xlsx} (the first in the workbook's order of sheets, whatever its part
     * is called) and gives its rows to {@code handler}, streaming with StAX. Cells come as text:
     * <ul>
     * <li>shared strings ({@code t="s"}), inline strings ({@code t="inlineStr"}) and formula strings
     * ({@code t="str"}) as written, rich-text runs joined, phonetic guides left out;</li>
     * <li>booleans ({@code t="b"}) as {@code TRUE} or {@code FALSE};</li>
     * <li>numbers (no {@code t} or {@code t="n"}) in plain decimal notation, without exponent and without trailing
     * zeros after the point ({@code 4}, {@code 4.5}, {@code 0.1}), rounded to the 15 significant digits Excel keeps,
     * so binary noise such as {@code 0.10000000000000001} becomes {@code 0.1}; dates are not interpreted and come as
     * numbers (days since 1899-12-30);</li>
     * <li>formulas as their cached result; errors ({@code t="e"}) as their code, e.g. {@code #N/A}.</li>
     * </ul>
     * Cell references ({@code r="C5"}) are honoured, so missing cells become {@code ""} at the right position; rows
     * and cells without a reference follow the one before.
     *
     * <p>{@code in} is copied to a temporary file first (the order of a zip's entries is arbitrary, so it cannot be
     * read as it arrives); the file is deleted before this method returns. {@code in} is read to its end but not
     * closed.
     *
     * @param in the {@code .xlsx}
     * @param handler receives the rows; it may stop the reading
     * @throws IOException when the input is not an {@code .xlsx} (not a zip archive, no workbook, no worksheet, a
     *         part that is not well-formed XML), declares a DOCTYPE in a part that is read, has a part larger than 256
     *         MiB uncompressed or is itself larger than 512 MiB, has more than 1,048,576 rows or more than 16,384
     *         columns, or when reading fails; or what {@code handler} threw
     */
    public static void read(InputStream in, RowHandler handler) throws IOException {
        read(in, handler, MAX_PART_BYTES);
    }

    /** {@link #read(InputStream, RowHandler)} with another limit on the uncompressed size of a part, for tests. */
    static void read(InputStream in, RowHandler handler, long maxPartBytes) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(handler, "handler");
        Path tmp = Files.createTempFile("tongguan-xlsx-", ".xlsx");
        try {
            copy(in, tmp);
            ZipFile zip;
            try {
                zip = new ZipFile(tmp.toFile(), UTF_8);
            } catch (ZipException | IllegalArgumentException e) {
                throw new IOException("Not an xlsx file: it is not a zip archive (" + e.getMessage() + ")", e);
            }
            try (zip) {
                new Package(zip, maxPartBytes).readFirstSheet(handler);
            }
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                LOG.warn("Cannot delete the temporary file {}", tmp, e);
            }
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buf = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buf)) >= 0; ) {
                total += n;
                if (total > MAX_INPUT_BYTES) {
                    throw new IOException("Refusing the xlsx file: it is larger than " + MAX_INPUT_MIB + " MiB");
                }
                out.write(buf, 0, n);
            }
        }
    }

    /** The parts of one open {@code .xlsx} and how to find and parse them. */
    private static final class Package {
        private final ZipFile zip;
        private final long maxPartBytes;
        private final XMLInputFactory factory;
        private Map<String, ZipEntry> byLowerCaseName;

        Package(ZipFile zip, long maxPartBytes) {
            this.zip = zip;
            this.maxPartBytes = maxPartBytes;
            this.factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        }

        void readFirstSheet(RowHandler handler) throws IOException {
            String workbook = workbookPart();
            Map<String, Relationship> rels = relationships(workbook);
            String sheet = firstWorksheet(workbook, rels);
            List<String> sharedStrings = List.of();
            for (Relationship rel : rels.values()) {
                if (rel.type.endsWith("/sharedStrings") && entry(rel.target) != null) {
                    sharedStrings = parse(rel.target, Xlsx::sharedStrings);
                    break;
                }
            }
            List<String> strings = sharedStrings;
            parse(sheet, r -> {
                readSheet(r, strings, handler);
                return null;
            });
        }

        /** The workbook part named by the package relationships, or {@code xl/workbook.xml}. */
        private String workbookPart() throws IOException {
            for (Relationship rel : relationships("").values()) {
                if (rel.type.endsWith("/officeDocument") && entry(rel.target) != null) {
                    return rel.target;
                }
            }
            if (entry("xl/workbook.xml") != null) {
                return "xl/workbook.xml";
            }
            throw new IOException("Not an xlsx file: it has no workbook (no xl/workbook.xml)");
        }

        private String firstWorksheet(String workbook, Map<String, Relationship> rels) throws IOException {
            List<String> ids = parse(workbook, Xlsx::sheetIds);
            for (String id : ids) {
                Relationship rel = rels.get(id);
                if (rel != null && rel.type.endsWith("/worksheet") && entry(rel.target) != null) {
                    return rel.target;
                }
            }
            throw new IOException("The xlsx file has no worksheet: " + workbook + " lists " + ids.size()
                    + " sheet(s), none of them a worksheet that is in the file");
        }

        /** The relationships of {@code part} ({@code ""} for the package's), by id; targets as part names. */
        private Map<String, Relationship> relationships(String part) throws IOException {
            int slash = part.lastIndexOf('/');
            String dir = part.substring(0, slash + 1);
            String relsPart = dir + "_rels/" + part.substring(slash + 1) + ".rels";
            if (entry(relsPart) == null) {
                return Map.of();
            }
            List<String[]> raw = parse(relsPart, Xlsx::relationshipAttributes);
            Map<String, Relationship> rels = new HashMap<>();
            for (String[] rel : raw) {
                rels.putIfAbsent(rel[0], new Relationship(rel[1], resolve(dir, rel[2])));
            }
            return rels;
        }

        /** The zip entry of part {@code name}; part names are case-insensitive. */
        private ZipEntry entry(String name) {
            ZipEntry e = zip.getEntry(name);
            if (e != null && !e.isDirectory()) {
                return e;
            }
            if (byLowerCaseName == null) {
                byLowerCaseName = new HashMap<>();
                for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                    ZipEntry candidate = all.nextElement();
                    if (!candidate.isDirectory()) {
                        byLowerCaseName.putIfAbsent(candidate.getName().toLowerCase(Locale.ROOT), candidate);
                    }
                }
            }
            return byLowerCaseName.get(name.toLowerCase(Locale.ROOT));
        }

        /** Parses part {@code name}: refuses a DOCTYPE, then gives {@code body} the reader on the root element. */
        private <T> T parse(String name, XmlBody<T> body) throws IOException {
            ZipEntry e = entry(name);
            if (e == null) {
                throw new IOException("Broken xlsx file: part " + name + " is missing");
            }
            if (e.getSize() > maxPartBytes) {
                throw tooLarge(name, maxPartBytes);
            }
            try (InputStream raw = new Limited(zip.getInputStream(e), maxPartBytes, name)) {
                XMLStreamReader r = factory.createXMLStreamReader(raw);
                try {
                    while (r.next() != XMLStreamConstants.START_ELEMENT) {
                        if (r.getEventType() == XMLStreamConstants.DTD) {
                            throw new IOException("Refusing the xlsx file: part " + name
                                    + " declares a DOCTYPE, which spreadsheets never need");
                        }
                        if (r.getEventType() == XMLStreamConstants.END_DOCUMENT) {
                            throw new IOException("Broken xlsx file: part " + name + " has no root element");
                        }
                    }
                    return body.parse(r);
                } finally {
                    r.close();
                }
            } catch (XMLStreamException x) {
                for (Throwable cause = x; cause != null; cause = cause.getCause()) {
                    if (cause instanceof IOException io) { // from the zip or the size limit, not the XML
                        throw io;
                    }
                }
                throw new IOException("Broken xlsx file: part " + name + " is not well-formed XML: "
                        + x.getMessage(), x);
            }
        }
    }

    private static IOException tooLarge(String part, long limit) {
        return new IOException("Refusing the xlsx file: part " + part + " is larger than "
                + (limit >= 1 << 20 ? (limit >> 20) + " MiB" : limit + " bytes") + " uncompressed");
    }

    private record Relationship(String type, String target) {
    }

    @FunctionalInterface
    private interface XmlBody<T> {
        T parse(XMLStreamReader r) throws XMLStreamException, IOException;
    }

    /** The part name a relationship target points at: relative to {@code dir}, or absolute from {@code /}. */
    private static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    /** Id, type and target of each internal relationship in a {@code .rels} part. */
    private static List<String[]> relationshipAttributes(XMLStreamReader r) throws XMLStreamException {
        List<String[]> rels = new ArrayList<>();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                String id = r.getAttributeValue(null, "Id");
                String type = r.getAttributeValue(null, "Type");
                String target = r.getAttributeValue(null, "Target");
                if (id != null && type != null && target != null
                        && !"External".equals(r.getAttributeValue(null, "TargetMode"))) {
                    rels.add(new String[] {id, type, target});
                }
            }
        }
        return rels;
    }

    /** The relationship ids ({@code r:id}) of the workbook's sheets, in the workbook's order. */
    private static List<String> sheetIds(XMLStreamReader r) throws XMLStreamException {
        List<String> ids = new ArrayList<>();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    String ns = r.getAttributeNamespace(i);
                    if (r.getAttributeLocalName(i).equals("id") && ns != null && !ns.isEmpty()) {
                        ids.add(r.getAttributeValue(i));
                    }
                }
            } else if (r.getEventType() == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("sheets")) {
                break;
            }
        }
        return ids;
    }

    /** The texts of the shared strings table, in order. */
    private static List<String> sharedStrings(XMLStreamReader r) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("si")) {
                    strings.add(richText(r));
                } else {
                    skip(r); // extLst and the like
                }
            }
        }
        return strings;
    }

    /**
     * The text of a string item ({@code si} or {@code is}, the reader on its start): its {@code t}, or the
     * {@code t} of its runs joined; phonetic guides ({@code rPh}) left out. Leaves the reader on the item's end.
     */
    private static String richText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("t")) {
                    text.append(r.getElementText());
                } else if (name.equals("rPh") || name.equals("phoneticPr")) {
                    skip(r);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return unescape(text.toString());
    }

    /** Skips the element the reader is on the start of, leaving it on its end. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static void readSheet(XMLStreamReader r, List<String> strings, RowHandler handler)
            throws XMLStreamException, IOException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheetData")) {
                readRows(r, strings, handler);
                return;
            }
        }
    }

    private static void readRows(XMLStreamReader r, List<String> strings, RowHandler handler)
            throws XMLStreamException, IOException {
        int rowNumber = 0;
        int rowCount = 0;
        while (r.next() != XMLStreamConstants.END_ELEMENT) {
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!r.getLocalName().equals("row")) {
                skip(r);
                continue;
            }
            String ref = r.getAttributeValue(null, "r");
            rowNumber = ref == null ? rowNumber + 1 : rowNumber(ref);
            if (++rowCount > MAX_ROWS || rowNumber > MAX_ROWS) {
                throw new IOException("Refusing the xlsx file: its sheet has more than 1,048,576 rows");
            }
            List<String> cells = readCells(r, rowNumber, strings);
            if (!cells.isEmpty() && !handler.row(rowNumber, Collections.unmodifiableList(cells))) {
                return;
            }
        }
    }

    private static int rowNumber(String ref) throws IOException {
        try {
            int n = Integer.parseInt(ref.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IOException("Broken xlsx file: row number '" + ref + "' is not valid");
    }

    /** The cells of the row the reader is on the start of, trailing empty ones trimmed; leaves it on its end. */
    private static List<String> readCells(XMLStreamReader r, int rowNumber, List<String> strings)
            throws XMLStreamException, IOException {
        List<String> cells = new ArrayList<>();
        int column = 0;
        while (r.next() != XMLStreamConstants.END_ELEMENT) {
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!r.getLocalName().equals("c")) {
                skip(r);
                continue;
            }
            String ref = r.getAttributeValue(null, "r");
            column = ref == null ? column + 1 : column(ref, rowNumber);
            if (column > MAX_COLUMNS) {
                throw new IOException("Refusing the xlsx file: row " + rowNumber + " has more than 16,384 columns");
            }
            String value = readCell(r, rowNumber, column, strings);
            if (!value.isEmpty()) {
                while (cells.size() < column - 1) {
                    cells.add("");
                }
                if (cells.size() == column - 1) {
                    cells.add(value);
                } else {
                    cells.set(column - 1, value);
                }
            }
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /** The 1-based column of a cell reference such as {@code C5}. */
    private static int column(String ref, int rowNumber) throws IOException {
        int column = 0;
        int i = 0;
        while (i < ref.length() && i < 4) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            i++;
        }
        if (i == 0 || (i < ref.length() && Character.isLetter(ref.charAt(i)))) {
            throw new IOException("Broken xlsx file: cell reference '" + ref + "' in row " + rowNumber
                    + " is not valid");
        }
        return column;
    }

    /** The text of the cell the reader is on the start of; leaves it on its end. */
    private static String readCell(XMLStreamReader r, int rowNumber, int column, List<String> strings)
            throws XMLStreamException, IOException {
        String type = r.getAttributeValue(null, "t");
        String value = null;
        String inline = null;
        while (r.next() != XMLStreamConstants.END_ELEMENT) {
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "v" -> value = r.getElementText();
                case "is" -> inline = richText(r);
                default -> skip(r);
            }
        }
        if (inline != null) {
            return inline;
        }
        if (value == null) {
            return "";
        }
        String where = columnName(column) + rowNumber;
        return switch (type == null ? "n" : type) {
            case "s" -> sharedString(value, strings, where);
            case "str", "inlineStr" -> unescape(value);
            case "b" -> bool(value, where);
            case "n" -> number(value, where);
            default -> value; // "e" (error codes such as #N/A), "d" (ISO dates): as written
        };
    }

    private static String sharedString(String value, List<String> strings, String where) throws IOException {
        try {
            int index = Integer.parseInt(value.trim());
            if (index >= 0 && index < strings.size()) {
                return strings.get(index);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IOException("Broken xlsx file: cell " + where + " refers to shared string '" + value
                + "', but there are " + strings.size());
    }

    private static String bool(String value, String where) throws IOException {
        return switch (value.trim()) {
            case "1", "true" -> "TRUE";
            case "0", "false" -> "FALSE";
            default -> throw new IOException("Broken xlsx file: cell " + where + " is a boolean, but holds '"
                    + value + "'");
        };
    }

    /** A number cell's value in plain decimal notation, rounded to Excel's 15 significant digits. */
    static String number(String value, String where) throws IOException {
        String v = value.trim();
        if (v.isEmpty()) {
            return "";
        }
        BigDecimal n = null;
        if (v.length() <= MAX_NUMBER_CHARS) {
            try {
                n = new BigDecimal(v).round(EXCEL_DIGITS);
            } catch (NumberFormatException | ArithmeticException e) {
                // refused below
            }
        }
        if (n == null) {
            throw new IOException("Broken xlsx file: cell " + where + " is a number, but holds '"
                    + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "'");
        }
        if (n.signum() == 0) {
            return "0";
        }
        long exponent = (long) n.precision() - n.scale() - 1;
        if (exponent > 308 || exponent < -330) {
            throw new IOException("Broken xlsx file: cell " + where + " holds " + v
                    + ", which is outside the range of Excel's numbers");
        }
        return n.stripTrailingZeros().toPlainString();
    }

    /** Passes writes on but does not close the stream underneath: the caller of {@link #write} owns it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** Fails once more than {@code limit} bytes have been read: guards against zip bombs and lying headers. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private final String name;
        private long count;

        Limited(InputStream in, long limit, String name) {
            super(in);
            this.limit = limit;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws IOException {
            count += n;
            if (count > limit) {
                throw tooLarge(name, limit);
            }
        }
    }
}
