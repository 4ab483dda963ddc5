package org.tongguan.core.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tongguan.core.Messages;

/**
 * What to print of a document, independent of the output format: a title, header fields, tables, footer lines and an
 * optional watermark image. Immutable: the lists are copied in and unmodifiable.
 *
 * @param title the document title, e.g. {@code 核注清单}; not null (may be empty)
 * @param header the header fields in reading order, e.g. 企业名称 / 西安通关科技有限公司; not null, no null elements
 * @param tables the tables in printing order; not null, no null elements
 * @param footer lines printed after the last table, e.g. {@code 打印时间 2025-01-01 10:00}; not null, no null
 *        elements
 * @param watermark the bytes of a PNG or JPEG image (the declarant's 报关员章) drawn on every page, or {@code null}
 *        for none; copied in and out
 * @param locale the language of the texts the printer adds itself (the page numbers), as of the rest of the layout;
 *        not null
 */
public record PrintLayout(String title, List<Field> header, List<Table> tables, List<String> footer, byte[] watermark,
        Locale locale) {

    public PrintLayout {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
        header = List.copyOf(Objects.requireNonNull(header, "header"));
        tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
        footer = List.copyOf(Objects.requireNonNull(footer, "footer"));
        watermark = watermark == null ? null : watermark.clone();
    }

    /** A layout in Chinese. */
    public PrintLayout(String title, List<Field> header, List<Table> tables, List<String> footer, byte[] watermark) {
        this(title, header, tables, footer, watermark, Messages.DEFAULT_LOCALE);
    }

    /** A layout in Chinese without watermark. */
    public PrintLayout(String title, List<Field> header, List<Table> tables, List<String> footer) {
        this(title, header, tables, footer, null);
    }

    /** A copy of the watermark image's bytes, or {@code null} when there is none. */
    @Override
    public byte[] watermark() {
        return watermark == null ? null : watermark.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrintLayout l && title.equals(l.title) && header.equals(l.header)
                && tables.equals(l.tables) && footer.equals(l.footer) && Arrays.equals(watermark, l.watermark)
                && locale.equals(l.locale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, header, tables, footer, Arrays.hashCode(watermark), locale);
    }

    @Override
    public String toString() {
        return "PrintLayout[" + title + ", " + header.size() + " fields, " + tables.size() + " tables, "
                + footer.size() + " footer lines, " + (watermark == null ? "no watermark"
                        : "watermark " + watermark.length + " bytes") + ", " + locale + "]";
    }

    /**
     * A header field, printed as {@code label: value}.
     *
     * @param label e.g. {@code 企业名称}; {@code null} becomes {@code ""}
     * @param value e.g. {@code 西安通关科技有限公司}; {@code null} becomes {@code ""}
     */
    public record Field(String label, String value) {
        public Field {
            label = label == null ? "" : label;
            value = value == null ? "" : value;
        }
    }

    /**
     * A table: a title, the column headings and the rows. A row shorter than {@code columns} is printed with empty
     * cells; cells beyond the last column are not printed.
     *
     * @param title printed above the table, e.g. {@code 表体}; {@code null} becomes {@code ""} (no title line)
     * @param columns the column headings, repeated at the top of every page the table spans; not null, no null
     *        elements (a {@code null} heading becomes {@code ""})
     * @param rows the rows, each a list of cell texts; not null, no null rows ({@code null} cells become {@code ""})
     */
    public record Table(String title, List<String> columns, List<List<String>> rows) {
        public Table {
            title = title == null ? "" : title;
            columns = cells(Objects.requireNonNull(columns, "columns"));
            List<List<String>> copied = new ArrayList<>(Objects.requireNonNull(rows, "rows").size());
            for (List<String> row : rows) {
                copied.add(cells(Objects.requireNonNull(row, "row")));
            }
            rows = List.copyOf(copied);
        }

        private static List<String> cells(List<String> cells) {
            List<String> copy = new ArrayList<>(cells.size());
            for (String cell : cells) {
                copy.add(cell == null ? "" : cell);
            }
            return List.copyOf(copy);
        }
    }
}
