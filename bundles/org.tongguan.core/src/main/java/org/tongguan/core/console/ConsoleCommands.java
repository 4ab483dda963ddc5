package org.tongguan.core.console;

import java.util.function.Supplier;
import org.apache.karaf.shell.support.CommandException;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.security.UserContext;

/** How Tongguan's console commands run: as the system actor, printing their result, failing readably. */
public final class ConsoleCommands {
    /** The console acts as the system: Karaf has already authenticated its administrator. */
    public static final UserContext ACTOR = UserContext.system("console");

    private ConsoleCommands() {
    }

    /**
     * Runs a command and prints its result; a broken rule fails the command (non-zero exit over SSH) with the
     * message a clerk would read, not a stack trace.
     */
    public static Object run(Supplier<String> work) throws CommandException {
        try {
            System.out.println(work.get());
            return null;
        } catch (RuleViolation e) {
            throw new CommandException("错误 / error: " + e.getMessage());
        }
    }
}
