package org.tongguan.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {
    @Test
    void aNewPasswordNeedsEightCharactersWithLettersAndDigits() {
        assertEquals(Optional.of("password.rule"), PasswordRules.problem("abc123".toCharArray(), null));
        assertEquals(Optional.of("password.rule"), PasswordRules.problem("abcdefgh".toCharArray(), null));
        assertEquals(Optional.of("password.rule"), PasswordRules.problem("12345678".toCharArray(), null));
        assertEquals(Optional.empty(), PasswordRules.problem("通关abc12345".toCharArray(), null));
        assertEquals(Optional.empty(), PasswordRules.problem("Tongguan2026".toCharArray(), "old1pass".toCharArray()));
    }

    @Test
    void theNewPasswordMustDifferFromTheOld() {
        assertEquals(Optional.of("password.same"),
                PasswordRules.problem("Tongguan2026".toCharArray(), "Tongguan2026".toCharArray()));
    }

    @Test
    void oneTimePasswordsAreTwelveUnambiguousCharactersWithADigit() {
        String a = PasswordRules.oneTimePassword();
        assertEquals(12, a.length());
        assertTrue(a.chars().anyMatch(Character::isDigit), a);
        assertTrue(a.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), a);
        assertEquals(Optional.empty(), PasswordRules.problem(a.toCharArray(), null), "a one-time password obeys the rules");
        assertNotEquals(a, PasswordRules.oneTimePassword());
    }
}
