package org.tongguan.signing.sm2.internal.command;

import java.util.function.Supplier;
import org.apache.karaf.shell.support.CommandException;
import org.tongguan.core.RuleViolation;

final class Console {
    private Console() {
    }

    /**
     * Runs a command and prints its result; a broken rule fails the command (non-zero exit over SSH) with the
     * message a clerk would read, not a stack trace.
     */
    static Object run(Supplier<String> work) throws CommandException {
        try {
            System.out.println(work.get());
            return null;
        } catch (RuleViolation e) {
            throw new CommandException("错误 / error: " + e.getMessage());
        }
    }
}
