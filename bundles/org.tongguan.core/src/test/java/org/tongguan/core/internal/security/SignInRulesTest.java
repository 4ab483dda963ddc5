package org.tongguan.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tongguan.core.security.SignIn.Outcome;
import org.tongguan.core.security.UserAccount;

class SignInRulesTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    private static UserAccount user() {
        UserAccount u = new UserAccount();
        u.setUsername("clerk");
        u.setEnabled(true);
        return u;
    }

    @Test
    void theFifthWrongPasswordLocksForFifteenMinutes() {
        UserAccount u = user();
        for (int i = 1; i <= 4; i++) {
            assertEquals(Outcome.BAD_CREDENTIALS, SignInRules.apply(u, false, T0));
            assertEquals(i, u.getFailedAttempts());
        }
        assertEquals(Outcome.LOCKED, SignInRules.apply(u, false, T0));
        assertEquals(T0.plus(Duration.ofMinutes(15)), u.getLockedUntil());
    }

    @Test
    void whileLockedEvenTheRightPasswordIsRefusedAndTheLockIsNotExtended() {
        UserAccount u = user();
        for (int i = 0; i < 5; i++) {
            SignInRules.apply(u, false, T0);
        }
        Instant until = u.getLockedUntil();
        assertEquals(Outcome.LOCKED, SignInRules.apply(u, true, T0.plus(Duration.ofMinutes(14))));
        assertEquals(Outcome.LOCKED, SignInRules.apply(u, false, T0.plus(Duration.ofMinutes(14))));
        assertEquals(until, u.getLockedUntil());
    }

    @Test
    void afterTheLockExpiresTheRightPasswordWorksAndResetsTheCount() {
        UserAccount u = user();
        for (int i = 0; i < 5; i++) {
            SignInRules.apply(u, false, T0);
        }
        assertEquals(Outcome.OK, SignInRules.apply(u, true, T0.plus(Duration.ofMinutes(15))));
        assertEquals(0, u.getFailedAttempts());
        assertNull(u.getLockedUntil());
    }

    @Test
    void afterAnExpiredLockCountingStartsAgain() {
        UserAccount u = user();
        for (int i = 0; i < 5; i++) {
            SignInRules.apply(u, false, T0);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        assertEquals(Outcome.BAD_CREDENTIALS, SignInRules.apply(u, false, later));
        assertEquals(1, u.getFailedAttempts());
        assertNull(u.getLockedUntil());
    }

    @Test
    void aRightPasswordResetsTheCount() {
        UserAccount u = user();
        SignInRules.apply(u, false, T0);
        SignInRules.apply(u, false, T0);
        assertEquals(Outcome.OK, SignInRules.apply(u, true, T0));
        assertEquals(0, u.getFailedAttempts());
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        UserAccount u = user();
        u.setEnabled(false);
        assertEquals(Outcome.DISABLED, SignInRules.apply(u, true, T0));
    }
}
