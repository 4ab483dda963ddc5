package org.tongguan.core.internal.command;

import org.tongguan.core.console.ConsoleCommands;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.security.UserService;

@Service
@Command(scope = "tongguan", name = "user-reset-password",
        description = "Gives a user a new one-time password (to be changed at next sign-in) and lifts any lockout")
public class UserResetPasswordCommand implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Override
    public Object execute() throws Exception {
        return ConsoleCommands.run(() -> "one-time password of " + username + ": " + users.resetPassword(ConsoleCommands.ACTOR, username));
    }
}
