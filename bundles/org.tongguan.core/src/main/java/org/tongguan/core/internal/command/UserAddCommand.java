package org.tongguan.core.internal.command;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongguan.core.console.ConsoleCommands;
import org.tongguan.core.security.UserAccount;
import org.tongguan.core.security.UserService;

@Service
@Command(scope = "tongguan", name = "user-add", description = "Creates a user (用户管理) with roles, the enterprises it acts for and the card media it holds; prints the one-time password")
public class UserAddCommand implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "username", required = true, description = "3 to 40 letters, digits, '.', '_' or '-'")
    String username;
    @Argument(index = 1, name = "displayName", required = true, description = "姓名")
    String displayName;
    @Option(name = "--roles", description = "comma-separated role codes, e.g. CLERK or CLERK,BUSINESS")
    String roles = "CLERK";
    @Option(name = "--enterprises", description = "comma-separated 海关编码 of the enterprises the user acts for")
    String enterprises = "";
    @Option(name = "--cards", description = "comma-separated numbers of the card media the user holds (法人卡, 操作员卡)")
    String cards = "";

    @Override
    public Object execute() throws Exception {
        UserAccount u = new UserAccount();
        u.setUsername(username);
        u.setDisplayName(displayName);
        u.setRoles(list(roles));
        u.setEnterprises(list(enterprises));
        u.setCards(list(cards));
        return ConsoleCommands.run(() -> "created " + username + ", one-time password = "
                + users.create(ConsoleCommands.ACTOR, u));
    }

    private static Set<String> list(String csv) {
        Set<String> s = new LinkedHashSet<>();
        Arrays.stream(csv.split(",")).map(String::trim).filter(x -> !x.isEmpty()).forEach(s::add);
        return s;
    }
}
