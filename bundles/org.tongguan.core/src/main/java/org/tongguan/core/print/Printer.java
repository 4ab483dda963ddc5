package org.tongguan.core.print;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Prints a {@link PrintLayout} to PDF, with Chinese text rendered by an embedded CJK font (text stays searchable and
 * copyable). The pages are A4 portrait: the title centred at the top of the first page; the header fields two
 * {@code label: value} pairs per line, long values wrapped; each table with its title and its column headings, the
 * headings repeated at the top of each further page the table runs onto, cell text wrapped within its column; the
 * footer lines after the last table; the page number ({@code 第 n 页 / 共 m 页}, {@code Page n of m}: the core's
 * {@code print.pageNumber} in the layout's language) at the bottom centre of every page.
 * The watermark image, when the layout has one, is drawn centred and semi-transparent (about 25% opacity) on every
 * page.
 */
@ProviderType
public interface Printer {
    /**
     * The PDF document of {@code layout}.
     *
     * @throws IllegalArgumentException when the layout's watermark is not a PNG or JPEG image
     * @throws java.io.UncheckedIOException when the document could not be written
     */
    byte[] pdf(PrintLayout layout);
}
