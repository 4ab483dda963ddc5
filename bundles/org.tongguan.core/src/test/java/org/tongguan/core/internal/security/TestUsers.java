package org.tongguan.core.internal.security;

import java.util.Set;
import org.tongguan.core.security.UserAccount;
import org.tongguan.core.security.UserContext;

/** Users for the core's tests: made by the real user service and signed in with their one-time password. */
public final class TestUsers {
    private TestUsers() {
    }

    public static UserContext signedIn(UserServiceImpl users, String name, String role, String... enterprises) {
        UserAccount u = new UserAccount();
        u.setUsername(name);
        u.setDisplayName(name);
        u.setRoles(Set.of(role));
        u.setEnterprises(Set.of(enterprises));
        String otp = users.create(UserContext.system("test"), u);
        return users.signIn(name, otp.toCharArray()).user();
    }
}
