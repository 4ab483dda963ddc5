package org.tongguan.core.internal.security;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/** What a new password must be, and how one-time passwords are made. */
final class PasswordRules {
    private static final char[] OTP_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {
    }

    /** The message key of the broken rule, if any. */
    static Optional<String> problem(char[] newPassword, char[] oldPassword) {
        boolean letter = false;
        boolean digit = false;
        for (char c : newPassword) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (newPassword.length < 8 || !letter || !digit) {
            return Optional.of("password.rule");
        }
        if (oldPassword != null && Arrays.equals(newPassword, oldPassword)) {
            return Optional.of("password.same");
        }
        return Optional.empty();
    }

    /** 12 characters, letters and digits without the look-alikes (0/O, 1/l/I), always with a digit. */
    static String oneTimePassword() {
        char[] p = new char[12];
        for (int i = 0; i < p.length; i++) {
            p[i] = OTP_ALPHABET[RANDOM.nextInt(OTP_ALPHABET.length)];
        }
        p[RANDOM.nextInt(p.length)] = (char) ('2' + RANDOM.nextInt(8));
        return new String(p);
    }
}
