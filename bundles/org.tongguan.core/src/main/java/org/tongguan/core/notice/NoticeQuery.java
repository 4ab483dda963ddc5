package org.tongguan.core.notice;

/**
 * Which notices to list, newest first.
 *
 * @param enterpriseCode one enterprise the user acts for, or null for all of them
 * @param kind 通知 or 预警, or null for both
 * @param unreadOnly only those no user of the enterprise has read
 * @param starredOnly 仅显示星标: only the starred ones
 * @param limit at most this many (1 to 1,000)
 */
public record NoticeQuery(String enterpriseCode, Notice.Kind kind, boolean unreadOnly, boolean starredOnly,
        int limit) {
    /** The newest notices of that kind of every enterprise the user acts for. */
    public static NoticeQuery of(Notice.Kind kind, boolean starredOnly, int limit) {
        return new NoticeQuery(null, kind, false, starredOnly, limit);
    }
}
