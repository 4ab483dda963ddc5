package org.tongguan.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongguan.core.ValidationException;
import org.tongguan.core.internal.audit.AuditLogImpl;
import org.tongguan.core.internal.time.TimeDisplayImpl;
import org.tongguan.core.security.UserAccount;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.testing.TestDatabase;

/** An administrator sets a new user's language; signing in hands it to the shell; none means the browser's. */
class UserLanguageTest {
    private static final UserContext ADMIN = UserContext.system("test");
    private TestDatabase db;
    private UserServiceImpl users;

    @BeforeEach
    void setUp() {
        db = new TestDatabase("org/tongguan/core/db/changelog.xml");
        AccessPolicyImpl policy = new AccessPolicyImpl(db.jpa(), () -> 0);
        AuditLogImpl audit = new AuditLogImpl(db.jpa(), policy, new TimeDisplayImpl(ZoneId.of("Asia/Shanghai")),
                () -> 0);
        users = new UserServiceImpl(db.jpa(), policy, audit,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aNewUsersLanguageIsTheOneTheAdministratorChose() {
        String otp = users.create(ADMIN, user("alice", "en"));
        assertEquals("en", users.signIn("alice", otp.toCharArray()).locale());

        String none = users.create(ADMIN, user("bob", null));
        assertNull(users.signIn("bob", none.toCharArray()).locale(), "none: the browser's language decides");
    }

    @Test
    void anUnknownLanguageIsRefusedNamingFieldAndValue() {
        ValidationException e = assertThrows(ValidationException.class, () -> users.create(ADMIN, user("carol", "fr")));
        assertEquals("locale", e.errors().get(0).field());
        assertEquals("Language \"fr\" is not valid: it must be zh_CN (中文) or en (English)",
                e.errors().get(0).message(Locale.ENGLISH));
    }

    private static UserAccount user(String name, String locale) {
        UserAccount u = new UserAccount();
        u.setUsername(name);
        u.setDisplayName(name);
        u.setRoles(Set.of("CLERK"));
        u.setLocale(locale);
        return u;
    }
}
