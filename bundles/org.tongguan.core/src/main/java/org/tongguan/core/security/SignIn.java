package org.tongguan.core.security;

import java.time.Instant;

/** The outcome of a sign-in attempt. {@code user} is set only for {@link Outcome#OK}. */
public record SignIn(Outcome outcome, UserContext user, boolean mustChangePassword, String locale, Instant lockedUntil) {

    public enum Outcome { OK, BAD_CREDENTIALS, LOCKED, DISABLED }

    public static SignIn failed(Outcome outcome, Instant lockedUntil) {
        return new SignIn(outcome, null, false, null, lockedUntil);
    }
}
