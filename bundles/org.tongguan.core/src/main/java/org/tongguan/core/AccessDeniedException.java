package org.tongguan.core;

import org.tongguan.core.security.Refusal;

/**
 * The user may not do this operation (for this enterprise). Made by the {@link org.tongguan.core.security.AccessPolicy},
 * which records the refusal and names the permission in the user's language.
 */
public class AccessDeniedException extends RuleViolation {
    private static final long serialVersionUID = 1L;
    private final String permission;
    private final String enterpriseCode;
    private final Refusal refusal;

    /**
     * @param permissionName the permission's name as a message argument (a {@link Messages.Of}, translated with the
     *        message), or the permission itself when nothing names it
     * @param enterpriseCode the enterprise the user wanted to act for, or null
     */
    public AccessDeniedException(String user, String permission, Object permissionName, String enterpriseCode,
            Refusal refusal) {
        super("access.denied." + refusal.name(), user, permissionName, enterpriseCode == null ? "" : enterpriseCode);
        this.permission = permission;
        this.enterpriseCode = enterpriseCode;
        this.refusal = refusal;
    }

    /** The permission refused, e.g. {@code ledger.qyzz.edit} (for logs and tests; users read its name). */
    public String permission() {
        return permission;
    }

    public String enterpriseCode() {
        return enterpriseCode;
    }

    public Refusal refusal() {
        return refusal;
    }
}
