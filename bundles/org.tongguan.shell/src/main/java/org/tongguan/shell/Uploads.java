package org.tongguan.shell;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.Locale;
import org.tongguan.core.Messages;

/** Upload fields in the clerk's language: the web component's own texts are English otherwise. */
public final class Uploads {
    private Uploads() {
    }

    public static void localize(Upload upload, Locale locale) {
        Locale l = locale == null ? Messages.DEFAULT_LOCALE : locale;
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(text("upload.drop.a.file.here", l))
                .setMany(text("upload.drop.files.here", l)));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(text("upload.choose.file", l))
                .setMany(text("upload.choose.files", l)));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(text("upload.too.many.files", l))
                .setFileIsTooBig(text("upload.the.file.is.too.big", l))
                .setIncorrectFileType(text("upload.this.file.type.is.not.accepted", l)));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(text("upload.connecting", l))
                        .setStalled(text("upload.stalled", l)).setProcessing(text("upload.processing", l))
                        .setHeld(text("upload.queued", l)))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(text("upload.remaining.time", l)).setUnknown(text("upload.unknown", l)))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(text("upload.server.unavailable", l))
                        .setUnexpectedServerError(text("upload.unexpected.server.error", l))
                        .setForbidden(text("upload.forbidden", l))));
        i18n.setFile(new UploadI18N.File().setRetry(text("upload.retry", l)).setStart(text("upload.start", l))
                .setRemove(text("upload.remove", l)));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
    }

    private static String text(String key, Locale locale) {
        return DatePickers.TEXTS.get(key, locale);
    }
}
