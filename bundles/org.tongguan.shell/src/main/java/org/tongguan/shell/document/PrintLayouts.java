package org.tongguan.shell.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tongguan.core.Messages;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.print.PrintLayout;
import org.tongguan.core.time.TimeDisplay;

/** What 打印 puts on paper: the header with codes in words, every tab as a table, the attachments, who and when. */
final class PrintLayouts {
    private static final Messages SHELL = new Messages("org.tongguan.shell.messages",
            PrintLayouts.class.getClassLoader());

    private PrintLayouts() {
    }

    /** Values read as on screen ({@link FieldText}), the time in the product's time zone. */
    static PrintLayout of(DocumentType type, Document doc, CodeTables codes, TimeDisplay time, Locale locale,
            String printedBy, Instant now, byte[] watermark) {
        List<PrintLayout.Field> header = new ArrayList<>();
        header.add(new PrintLayout.Field(SHELL.get("doc.etpsPreentNo", locale), doc.etpsPreentNo()));
        header.add(new PrintLayout.Field(SHELL.get("doc.state", locale),
                SHELL.get("doc.state." + doc.state().name(), locale)));
        for (FieldSpec f : type.header()) {
            header.add(new PrintLayout.Field(type.messages().get(f.labelKey(), locale),
                    FieldText.shown(type, f, doc.value(f.key()), codes, locale)));
        }
        List<PrintLayout.Table> tables = new ArrayList<>();
        for (ItemTab t : type.tabs()) {
            List<String> columns = t.columns().stream().map(c -> type.messages().get(c.labelKey(), locale)).toList();
            List<List<String>> rows = new ArrayList<>();
            for (Document.Item i : doc.items(t.key())) {
                rows.add(t.columns().stream().map(c -> FieldText.shown(type, c, i.value(c.key()), codes, locale))
                        .toList());
            }
            tables.add(new PrintLayout.Table(type.messages().get(t.labelKey(), locale), columns, rows));
        }
        if (type.attachments().accepted() && !doc.attachments().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Document.Attachment a : doc.attachments()) {
                String kind = type.attachments().kinds().get(a.kind());
                rows.add(List.of(kind == null ? a.kind() : a.kind() + "-" + type.messages().get(kind, locale),
                        a.number() == null ? "" : a.number(), a.fileName(),
                        SHELL.get("doc.attachment.status." + a.status().name(), locale)));
            }
            tables.add(new PrintLayout.Table(SHELL.get("doc.attachments", locale),
                    List.of(SHELL.get("doc.attachment.kind", locale), SHELL.get("doc.attachment.number", locale),
                            SHELL.get("doc.attachment.fileName", locale), SHELL.get("doc.attachment.status", locale)),
                    rows));
        }
        List<String> footer = List.of(SHELL.get("doc.print.footer", locale, printedBy, time.dateTime(now)));
        return new PrintLayout(type.messages().get(type.titleKey(), locale), header, tables, footer, watermark,
                locale);
    }

}
