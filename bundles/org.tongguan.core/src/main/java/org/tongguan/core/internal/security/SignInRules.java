package org.tongguan.core.internal.security;

import java.time.Instant;
import org.tongguan.core.security.SignIn.Outcome;
import org.tongguan.core.security.UserAccount;
import org.tongguan.core.security.UserService;

/** Lockout: the 5th wrong password in a row locks the account for 15 minutes; a right one resets the count. */
final class SignInRules {
    private SignInRules() {
    }

    /** Applies one attempt to the account (mutating its counters) and says how it ended. */
    static Outcome apply(UserAccount user, boolean passwordMatches, Instant now) {
        if (!user.isEnabled()) {
            return Outcome.DISABLED;
        }
        if (user.getLockedUntil() != null && now.isBefore(user.getLockedUntil())) {
            return Outcome.LOCKED;
        }
        if (passwordMatches) {
            user.setFailedAttempts(0);
            user.setLockedUntil(null);
            return Outcome.OK;
        }
        int failed = user.getLockedUntil() != null ? 1 : user.getFailedAttempts() + 1;
        user.setLockedUntil(null);
        user.setFailedAttempts(failed);
        if (failed >= UserService.MAX_FAILED_ATTEMPTS) {
            user.setLockedUntil(now.plus(UserService.LOCKOUT));
            return Outcome.LOCKED;
        }
        return Outcome.BAD_CREDENTIALS;
    }
}
