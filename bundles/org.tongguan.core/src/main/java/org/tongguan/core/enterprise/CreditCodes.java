package org.tongguan.core.enterprise;

import java.util.Optional;
import org.tongguan.core.Messages;

/**
 * Checks of the unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the alphabet
 * {@code 0-9 A-H J-N P-R T-U W-Y}, a registration-department code, a six-digit division code, and a check character.
 */
public final class CreditCodes {
    /** The GB 32100 alphabet; a character's value is its index here. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Length of a credit code. */
    public static final int LENGTH = 18;
    /**
     * Registration-department codes (登记管理部门码) in use: 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游,
     * 7 宗教, 8 工会, 9 工商, A 中央军委改革和编制办公室, N 农业, Y 其他. Real codes start with each of them
     * (law firms 31…, religious venues 71…, trade unions 81…, rural collectives N2…).
     */
    public static final String REGISTRATION_DEPARTMENTS = "123456789ANY";

    private static final int MODULUS = 31;
    private static final int[] WEIGHTS = weights();

    private CreditCodes() {
    }

    /** True when {@code code} is a well-formed credit code with a correct check character. */
    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /**
     * The check character for the first 17 characters of a credit code.
     *
     * @throws IllegalArgumentException when {@code first17} is not 17 characters of the GB 32100 alphabet
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("need the first 17 characters of a credit code: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }

    /**
     * Empty when {@code code} is valid, else the first broken rule as a text of the core's ({@code creditCode.*}), in
     * whichever language it is shown.
     */
    public static Optional<Messages.Of> problem(String code) {
        if (code == null || code.isEmpty()) {
            return rule("empty");
        }
        if (code.length() != LENGTH) {
            return rule("length", code.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return rule("lowercase", String.valueOf(c));
            }
            if (ALPHABET.indexOf(c) < 0) {
                return rule("character", String.valueOf(c));
            }
        }
        if (REGISTRATION_DEPARTMENTS.indexOf(code.charAt(0)) < 0) {
            return rule("department", String.valueOf(code.charAt(0)));
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return rule("division");
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        if (code.charAt(LENGTH - 1) != expected) {
            return rule("check", String.valueOf(expected));
        }
        return Optional.empty();
    }

    private static Optional<Messages.Of> rule(String name, Object... args) {
        return Optional.of(new Messages.Of(Messages.CORE, "creditCode." + name, args));
    }

    private static int[] weights() {
        int[] w = new int[LENGTH - 1];
        int power = 1;
        for (int i = 0; i < w.length; i++) {
            w[i] = power;
            power = power * 3 % MODULUS;
        }
        return w;
    }
}
