package org.tongguan.shell.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.Messages;
import org.tongguan.core.declaration.AbstractDocumentType;
import org.tongguan.core.declaration.AttachmentRules;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.internal.time.TimeDisplayImpl;
import org.tongguan.core.print.PrintLayout;
import org.tongguan.shell.DatePickers;

/** 打印 puts on paper what the screen shows: dates as the date pickers write them, the time in the product's zone. */
class PrintLayoutsTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final String LABEL = "document.record";

    private static final class Qualification extends AbstractDocumentType {
        Qualification() {
            super(new Description("qual", Messages.CORE, LABEL, "test.qual", ImportLayout.INV101, "QUAL", "etps",
                    List.of(FieldSpec.text("etps", LABEL, 10), FieldSpec.date("finishValidDate", LABEL)),
                    List.of(new ItemTab("items", LABEL, "InvtListType", List.of(FieldSpec.date("validTo", LABEL)), null,
                            List.of())), null, null, null, AttachmentRules.NONE, List.of()));
        }
    }

    @Test
    void datesArePrintedAsTheScreenShowsThemAndTheTimeInTheProductsZone() {
        Document doc = new Document(7, "qual", "6101940123", "QUAL6101940123000001", null, DocumentState.DRAFT, 1, 0,
                Map.of("etps", "6101940123", "finishValidDate", "20281231"),
                Map.of("items", List.of(new Document.Item(1, Map.of("validTo", "20270102")))), List.of(), 0,
                Instant.EPOCH, Instant.EPOCH);

        PrintLayout layout = PrintLayouts.of(new Qualification(), doc, null,
                new TimeDisplayImpl(ZoneId.of("Asia/Shanghai")), ZH, "clerk1", Instant.parse("2026-12-05T01:15:00Z"),
                null);

        String onScreen = DateTimeFormatter.ofPattern(DatePickers.i18n(ZH).getDateFormats().get(0))
                .format(LocalDate.of(2028, 12, 31));
        assertEquals("2028-12-31", onScreen);
        assertEquals(onScreen, layout.header().get(3).value(), layout.header().toString());
        assertEquals(List.of(List.of("2027-01-02")), layout.tables().get(0).rows());
        assertEquals(1, layout.footer().size());
        assertTrue(layout.footer().get(0).contains("2026-12-05 09:15:00"), layout.footer().get(0));
    }

    @Test
    void whatIsNotADateIsPrintedAsStored() {
        Document doc = new Document(7, "qual", "6101940123", "QUAL6101940123000001", null, DocumentState.DRAFT, 1, 0,
                Map.of("etps", "6101940123", "finishValidDate", ""), Map.of(), List.of(), 0, Instant.EPOCH,
                Instant.EPOCH);

        PrintLayout layout = PrintLayouts.of(new Qualification(), doc, null,
                new TimeDisplayImpl(ZoneId.of("Asia/Shanghai")), ZH, "clerk1", Instant.EPOCH, null);

        assertEquals("", layout.header().get(3).value());
        assertEquals("6101940123", layout.header().get(2).value());
    }
}
