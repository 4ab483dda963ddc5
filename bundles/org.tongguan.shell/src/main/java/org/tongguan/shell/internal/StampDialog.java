package org.tongguan.shell.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.security.UserService;
import org.tongguan.shell.CurrentUser;
import org.tongguan.shell.Problems;

/** 个人资料 › 报关员章: the image printed as the watermark of the documents this user prints. */
class StampDialog extends Dialog {
    private final UserService users;
    private final Image preview = new Image();

    StampDialog(UserService users) {
        this.users = users;
        setId("stamp-dialog");
        setHeaderTitle(getTranslation("user.stamp.title"));
        preview.setId("stamp-preview");
        preview.setMaxHeight("8em");
        // the callback runs in the UI's session (UI.access) once the image is in
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            upload.clearFileList();
            try {
                users.setStamp(CurrentUser.get(), bytes);
                Problems.success(getTranslation("user.stamp.saved"));
                showPreview();
            } catch (RuleViolation v) {
                Problems.error(v.getMessage(getLocale()));
            }
        }));
        upload.setId("stamp-upload");
        org.tongguan.shell.Uploads.localize(upload, getLocale());
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".png", ".jpg", ".jpeg");
        upload.setUploadButton(new Button(getTranslation("user.stamp.choose")));
        Button remove = new Button(getTranslation("user.stamp.remove"), e -> {
            users.setStamp(CurrentUser.get(), null);
            Problems.success(getTranslation("user.stamp.removed"));
            showPreview();
        });
        remove.setId("stamp-remove");
        Button close = new Button(getTranslation("doc.close"), e -> close());
        add(new Paragraph(getTranslation("user.stamp.hint")), preview, upload);
        getFooter().add(remove, close);
        showPreview();
    }

    private void showPreview() {
        var stamp = users.stamp(CurrentUser.get());
        preview.setVisible(stamp.isPresent());
        stamp.ifPresent(b -> preview.setSrc(DownloadHandler.fromInputStream(ev -> new DownloadResponse(
                new ByteArrayInputStream(b), "stamp", null, b.length))));
    }
}
