package org.tongguan.core.internal.command;

import java.util.function.Supplier;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.security.UserContext;

/** The console acts as the system: Karaf has already authenticated its administrator. */
final class Console {
    static final UserContext ACTOR = UserContext.system("console");

    private Console() {
    }

    /** Runs a command; a broken rule is printed as the clerk would read it, not as a stack trace. */
    static Object run(Supplier<String> work) {
        try {
            return work.get();
        } catch (RuleViolation e) {
            return "错误 / error: " + e.getMessage();
        }
    }
}
