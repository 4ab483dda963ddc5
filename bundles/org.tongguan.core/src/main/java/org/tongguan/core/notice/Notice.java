package org.tongguan.core.notice;

import java.time.Instant;

/**
 * One notice of an enterprise.
 *
 * @param kind 通知 or 预警
 * @param source the area or record it comes from, e.g. {@code ledger:E90000000001}
 * @param title one line, in Chinese (the texts of record are Chinese, as customs writes them)
 * @param text the details
 * @param readAt when a user of the enterprise first read it, or null
 */
public record Notice(long id, String enterpriseCode, Kind kind, String source, String title, String text,
        Instant createdAt, Instant readAt, boolean starred) {
    /** 通知 (information) and 预警 (a warning to act on). */
    public enum Kind {
        NOTICE, WARNING;

        /** Key of the kind's name in the core texts. */
        public String messageKey() {
            return "notice.kind." + name();
        }
    }
}
