package org.tongguan.shell;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.Locale;

/** Upload fields in the clerk's language: the web component's own texts are English otherwise. */
public final class Uploads {
    private Uploads() {
    }

    public static void localize(Upload upload, Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(en ? "Drop a file here" : "拖放文件到此处")
                .setMany(en ? "Drop files here" : "拖放文件到此处"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(en ? "Choose file…" : "选择文件…")
                .setMany(en ? "Choose files…" : "选择文件…"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(en ? "Too many files." : "文件数量过多。")
                .setFileIsTooBig(en ? "The file is too big." : "文件过大。")
                .setIncorrectFileType(en ? "This file type is not accepted." : "不接受此文件类型。"));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(en ? "Connecting…" : "正在连接…")
                        .setStalled(en ? "Stalled" : "已停滞").setProcessing(en ? "Processing…" : "正在处理…")
                        .setHeld(en ? "Queued" : "排队中"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(en ? "remaining time: " : "剩余时间：").setUnknown(en ? "unknown" : "未知"))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(en ? "Server unavailable" : "服务器不可用")
                        .setUnexpectedServerError(en ? "Unexpected server error" : "服务器错误")
                        .setForbidden(en ? "Forbidden" : "不允许上传")));
        i18n.setFile(new UploadI18N.File().setRetry(en ? "Retry" : "重试").setStart(en ? "Start" : "开始")
                .setRemove(en ? "Remove" : "移除"));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
    }
}
