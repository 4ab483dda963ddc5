package org.tongguan.core;

/** The user may not do this operation (for this enterprise). */
public class AccessDeniedException extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String user, String permission) {
        super("access.denied", user, permission);
    }

    public AccessDeniedException(String user, String permission, String enterpriseCode) {
        super("access.deniedEnterprise", user, permission, enterpriseCode);
    }
}
