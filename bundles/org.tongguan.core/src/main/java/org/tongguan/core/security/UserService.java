package org.tongguan.core.security;

import java.util.List;
import java.util.Optional;

/** Users: sign-in with lockout, passwords, roles and enterprise bindings. */
public interface UserService {
    int MAX_FAILED_ATTEMPTS = 5;
    java.time.Duration LOCKOUT = java.time.Duration.ofMinutes(15);

    SignIn signIn(String username, char[] password);

    /** Changes the signed-in user's own password; the old one must be right and the new one follow the rules. */
    void changePassword(UserContext who, char[] oldPassword, char[] newPassword);

    Optional<UserAccount> find(UserContext who, long userId);

    List<UserAccount> list(UserContext who);

    /** Creates a user (admin only) and returns its one-time password, to be changed at first sign-in. */
    String create(UserContext who, UserAccount user);

    /** Saves display name, roles, enterprises and enabled flag (admin only); detects concurrent edits. */
    UserAccount update(UserContext who, UserAccount user);

    /** A new one-time password (admin only); also lifts a lockout. */
    String resetPassword(UserContext who, String username);

    void unlock(UserContext who, String username);

    /** The user's chosen UI language ("zh_CN" or "en"). */
    void setLocale(UserContext who, String locale);

    /** The signed-in user's 报关员章 (a PNG or JPEG), printed as the watermark of the documents they print. */
    java.util.Optional<byte[]> stamp(UserContext who);

    /**
     * Sets (or, with null, removes) the signed-in user's 报关员章: a PNG or JPEG of at most 1 MB.
     *
     * @throws org.tongguan.core.RuleViolation {@code stamp.format} or {@code stamp.tooLarge}; nothing written
     */
    void setStamp(UserContext who, byte[] image);
}
