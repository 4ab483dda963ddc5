package org.tongguan.core.security;

/** Permissions of the platform itself; areas define theirs as strings of the same shape ({@code area.action}). */
public final class Permissions {
    /** Held by 系统管理员: every permission, every enterprise. */
    public static final String ALL = "*";
    public static final String ENTERPRISE_VIEW = "enterprise.view";
    public static final String ENTERPRISE_EDIT = "enterprise.edit";
    public static final String ADMIN_USERS = "admin.users";
    public static final String ADMIN_ROLES = "admin.roles";
    public static final String ADMIN_AUDIT = "admin.audit";
    /** Issuing the embedded install's software card media, see {@link org.tongguan.core.customs.CardAuthority}. */
    public static final String ADMIN_CARDS = "admin.cards";
    /** Reading the notices (通知, 预警) of an enterprise the user acts for. */
    public static final String NOTICE_VIEW = "notice.view";

    private Permissions() {
    }
}
