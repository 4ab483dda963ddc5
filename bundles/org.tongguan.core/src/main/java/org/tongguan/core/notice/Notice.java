package org.tongguan.core.notice;

import java.util.Locale;
import java.time.Instant;

/**
 * One notice of an enterprise.
 *
 * @param kind 通知 or 预警
 * @param source the area or record it comes from, e.g. {@code ledger:E90000000001}
 * @param title one line, in Chinese
 * @param text the details, in Chinese
 * @param titleEn the title in English (the Chinese for a notice kept from before notices had two languages)
 * @param textEn the details in English
 * @param readAt when a user of the enterprise first read it, or null
 * @param documentId the declaration document it is about (查看详情 opens it), or null
 */
public record Notice(long id, String enterpriseCode, Kind kind, String source, String title, String text,
        Instant createdAt, Instant readAt, boolean starred, String titleEn, String textEn, Long documentId) {
    /** Not read yet by any user of the enterprise (shown bold, counted on the tab and the header's bell). */
    public boolean unread() {
        return readAt == null;
    }

    /** The title in the reader's language (Chinese but for English). */
    public String title(Locale locale) {
        return english(locale) && titleEn != null ? titleEn : title;
    }

    /** The details in the reader's language (Chinese but for English). */
    public String text(Locale locale) {
        return english(locale) && textEn != null ? textEn : text;
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** 通知 (information) and 预警 (a warning to act on). */
    public enum Kind {
        NOTICE, WARNING;

        /** Key of the kind's name in the core texts. */
        public String messageKey() {
            return "notice.kind." + name();
        }
    }
}
