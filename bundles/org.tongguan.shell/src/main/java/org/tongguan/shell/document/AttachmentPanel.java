package org.tongguan.shell.document;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tongguan.core.declaration.AttachmentRules;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentType;

/**
 * The 随附单据 tab: choose a kind and a file → 暂存 (kept as 待上传) → 上传; 下载 and 删除 of the selected one.
 */
class AttachmentPanel extends VerticalLayout {
    /** What the panel asks of its editor. */
    interface Actions {
        void add(String kind, String number, String fileName, byte[] content);

        void upload(long attachmentId);

        void delete(long attachmentId);

        /** The file; called outside the session lock, so with what {@link #user} and {@link #documentId} said. */
        byte[] content(org.tongguan.core.security.UserContext user, long documentId, long attachmentId);

        org.tongguan.core.security.UserContext user();

        long documentId();
    }

    private final ComboBox<String> kind = new ComboBox<>();
    private final TextField number = new TextField();
    private final Span chosen = new Span();
    private final Grid<Document.Attachment> grid = new Grid<>();
    private final Button save;
    private final Button upload;
    private final Button delete;
    private final Anchor download = new Anchor();
    private final Upload chooser;
    private byte[] fileBytes;
    private String fileName;

    AttachmentPanel(DocumentType type, Locale locale, Actions actions) {
        setId("tab-attachments");
        setPadding(false);
        setSizeFull();
        AttachmentRules rules = type.attachments();
        kind.setLabel(getTranslation("doc.attachment.kind"));
        kind.setId("attachment-kind");
        kind.setRequiredIndicatorVisible(true);
        Map<String, String> kinds = rules.kinds().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getKey() + "-" + type.messages().get(e.getValue(), locale), (a, b) -> a,
                java.util.LinkedHashMap::new));
        kind.setItems(kinds.keySet());
        kind.setItemLabelGenerator(k -> kinds.getOrDefault(k, k));
        number.setLabel(getTranslation("doc.attachment.number"));
        number.setId("attachment-number");
        number.setMaxLength(64);

        // the callback runs in the UI's session (UI.access) once the file is in
        chooser = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            fileBytes = bytes;
            fileName = meta.fileName();
            chosen.setText(fileName);
        }));
        chooser.setId("attachment-file");
        org.tongguan.shell.Uploads.localize(chooser, locale);
        chooser.setMaxFiles(1);
        chooser.setAcceptedFileTypes(rules.extensions().stream().map(e -> "." + e).toArray(String[]::new));
        chooser.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, rules.maxBytes()));
        chooser.addFileRejectedListener(e -> org.tongguan.shell.Problems.error(getTranslation(
                "doc.attachment.rejected", String.join(", ", rules.extensions()), rules.maxBytes() / 1024)));
        chooser.setUploadButton(new Button(getTranslation("doc.attachment.choose")));
        chooser.setDropAllowed(false);

        save = new Button(getTranslation("doc.attachment.save"), e -> {
            actions.add(kind.getValue(), number.getValue(), fileName, fileBytes);
        });
        save.setId("attachment-save");
        upload = new Button(getTranslation("doc.attachment.upload"), e -> selected().ifPresent(a -> actions.upload(a.id())));
        upload.setId("attachment-upload");
        delete = new Button(getTranslation("doc.attachment.delete"), e -> selected().ifPresent(a -> actions.delete(a.id())));
        delete.setId("attachment-delete");
        download.setText(getTranslation("doc.attachment.download"));
        download.setId("attachment-download");
        download.getElement().setAttribute("download", true);
        download.setEnabled(false);

        grid.setId("attachment-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(a -> kinds.getOrDefault(a.kind(), a.kind())).setHeader(getTranslation("doc.attachment.kind"))
                .setAutoWidth(true);
        grid.addColumn(Document.Attachment::number).setHeader(getTranslation("doc.attachment.number")).setAutoWidth(true);
        grid.addColumn(Document.Attachment::fileName).setHeader(getTranslation("doc.attachment.fileName")).setFlexGrow(2);
        grid.addColumn(a -> (a.size() + 1023) / 1024 + " KB").setHeader(getTranslation("doc.attachment.size"));
        grid.addColumn(a -> getTranslation("doc.attachment.status." + a.status().name()))
                .setHeader(getTranslation("doc.attachment.status")).setKey("status");
        grid.asSingleSelect().addValueChangeListener(e -> {
            Document.Attachment a = e.getValue();
            download.setEnabled(a != null);
            if (a != null) {
                var user = actions.user();
                long documentId = actions.documentId();
                download.setHref(DownloadHandler.fromInputStream(ev -> {
                    byte[] b = actions.content(user, documentId, a.id());
                    return new DownloadResponse(new ByteArrayInputStream(b), a.fileName(), null, b.length);
                }));
            }
        });
        grid.setSizeFull();
        HorizontalLayout entry = new HorizontalLayout(kind, number, chooser, chosen);
        entry.setAlignItems(Alignment.BASELINE);
        HorizontalLayout bar = new HorizontalLayout(save, upload, download, delete);
        bar.setAlignItems(Alignment.BASELINE);
        add(entry, bar, grid);
    }

    private java.util.Optional<Document.Attachment> selected() {
        java.util.Optional<Document.Attachment> a = grid.asSingleSelect().getOptionalValue();
        if (a.isEmpty()) {
            org.tongguan.shell.Problems.error(getTranslation("doc.item.selectOne"));
        }
        return a;
    }

    void show(Document doc, boolean editable) {
        grid.setItems(doc == null ? java.util.List.of() : doc.attachments());
        boolean can = editable && doc != null;
        save.setEnabled(can);
        upload.setEnabled(can);
        delete.setEnabled(can);
        chooser.setVisible(can);
    }

    /** After a 暂存: ready for the next file. */
    void clearEntry() {
        fileBytes = null;
        fileName = null;
        chosen.setText("");
        chooser.clearFileList();
        number.clear();
    }
}
