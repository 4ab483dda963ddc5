package org.tongguan.print.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.tongguan.core.print.PrintLayout;
import org.tongguan.core.print.Printer;

/**
 * {@link Printer} with Apache PDFBox. All text is set in WenQuanYi Micro Hei (CJK and Latin, derived from Droid Sans
 * Fallback and Droid Sans), embedded as a subset with its ToUnicode map, so Chinese prints on any viewer and stays
 * searchable. The font file is read once; each document gets its own PDFBox font on those bytes, so documents can be
 * printed concurrently.
 */
@Component(service = Printer.class)
public class PdfPrinter implements Printer {
    static final String FONT = "/org/tongguan/print/fonts/wqy-microhei.ttc";
    static final String FONT_NAME = "WenQuanYiMicroHei";

    private final byte[] font;

    @Activate
    public PdfPrinter() {
        try (InputStream in = PdfPrinter.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONT + " missing from the bundle");
            }
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + FONT, e);
        }
    }

    @Override
    public byte[] pdf(PrintLayout layout) {
        Objects.requireNonNull(layout, "layout");
        try (PdfRenderer renderer = new PdfRenderer(font, FONT_NAME)) {
            return renderer.render(layout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print " + layout.title(), e);
        }
    }
}
