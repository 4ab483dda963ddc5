package org.tongguan.shell.document;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.BiFunction;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.ImportResult;
import org.tongguan.core.declaration.ItemTab;

/**
 * 导入: choose the tab, download its template, choose the filled xlsx; every bad row is listed with its row number,
 * column and rule, and nothing is imported unless all rows pass.
 */
class ImportDialog extends Dialog {
    private final Grid<ImportResult.RowError> errors = new Grid<>();
    private final Span summary = new Span();

    ImportDialog(DocumentType type, Locale locale, DocumentPages pages,
            BiFunction<String, InputStream, ImportResult> importer) {
        setId("import-dialog");
        setHeaderTitle(getTranslation("doc.import.title"));
        setWidth("60em");
        ComboBox<ItemTab> tab = new ComboBox<>(getTranslation("doc.import.tab"));
        tab.setId("import-tab");
        java.util.List<ItemTab> entered = type.tabs().stream().filter(t -> !t.derived()).toList();
        tab.setItems(entered);
        tab.setItemLabelGenerator(t -> type.messages().get(t.labelKey(), locale));
        tab.setValue(entered.get(0));
        Anchor template = new Anchor();
        template.setId("import-template");
        template.setText(getTranslation("doc.import.template"));
        template.getElement().setAttribute("download", true);
        Runnable templateLink = () -> {
            ItemTab t = tab.getValue();
            template.setHref(DownloadHandler.fromInputStream(ev -> {
                byte[] b = pages.documents().template(type.id(), t.key(), locale);
                return new DownloadResponse(new ByteArrayInputStream(b), type.id() + "-" + t.key() + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b.length);
            }));
        };
        templateLink.run();
        tab.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                templateLink.run();
            }
        });
        // the handler's callback runs in the UI's session (UI.access) once the file is in: it imports right there
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            upload.clearFileList();
            if (tab.getValue() != null) {
                show(importer.apply(tab.getValue().key(), new ByteArrayInputStream(bytes)));
            }
        }));
        upload.setId("import-file");
        org.tongguan.shell.Uploads.localize(upload, locale);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFileSize(64 * 1024 * 1024);
        upload.setUploadButton(new Button(getTranslation("doc.import.choose")));
        summary.setId("import-summary");
        errors.setId("import-errors");
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.addColumn(ImportResult.RowError::row).setHeader(getTranslation("doc.import.row")).setWidth("6em")
                .setFlexGrow(0);
        errors.addColumn(ImportResult.RowError::column).setHeader(getTranslation("doc.import.column")).setAutoWidth(true);
        errors.addColumn(ImportResult.RowError::message).setHeader(getTranslation("doc.import.message")).setFlexGrow(2);
        errors.setVisible(false);
        errors.setHeight("20em");
        HorizontalLayout top = new HorizontalLayout(tab, template, upload);
        top.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(top, summary, errors);
        Button close = new Button(getTranslation("doc.close"), e -> close());
        close.setId("import-close");
        getFooter().add(close);
    }

    private void show(ImportResult r) {
        if (r == null) {
            return;
        }
        if (r.ok()) {
            summary.setText(getTranslation("doc.import.done", r.rows()));
            errors.setItems(java.util.List.of());
            errors.setVisible(false);
        } else {
            summary.setText(getTranslation("doc.import.failed", r.errors().size()));
            errors.setItems(r.errors());
            errors.setVisible(true);
        }
    }
}
