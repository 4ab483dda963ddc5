package org.tongguan.core.security;

/** Why the {@link AccessPolicy} refused an operation; the audit log keeps it with the refusal. */
public enum Refusal {
    /** None of the user's roles holds the permission. */
    PERMISSION,
    /** The user holds the permission but does not act for the enterprise. */
    ENTERPRISE,
    /** Only a user acting for every enterprise may do it (e.g. add to the enterprise registry). */
    ALL_ENTERPRISES,
    /** The card medium the user works with does not allow it: not one it holds, or not a 法人卡 where one is needed. */
    CARD
}
