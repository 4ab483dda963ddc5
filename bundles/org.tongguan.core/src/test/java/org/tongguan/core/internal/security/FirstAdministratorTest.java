package org.tongguan.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongguan.core.audit.AuditQuery;
import org.tongguan.core.internal.audit.AuditLogImpl;
import org.tongguan.core.internal.time.TimeDisplayImpl;
import org.tongguan.core.security.SignIn;
import org.tongguan.core.testing.TestDatabase;

/**
 * The first administrator's one-time password goes to the console, where the deployer reads it, and nowhere into the
 * database's audit; a second start makes no second administrator. (That the log keeps no password either is checked
 * on the distribution, which has the real log: ShellBrowserIT.)
 */
class FirstAdministratorTest {
    private static final Pattern OTP = Pattern.compile("one-time password = (\\S+)");
    private TestDatabase db;
    private AccessPolicyImpl policy;
    private AuditLogImpl audit;

    @BeforeEach
    void setUp() {
        db = new TestDatabase("org/tongguan/core/db/changelog.xml");
        policy = new AccessPolicyImpl(db.jpa(), () -> 0);
        audit = new AuditLogImpl(db.jpa(), policy, new TimeDisplayImpl(ZoneId.of("Asia/Shanghai")), () -> 0);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theOneTimePasswordShownOnTheConsoleSignsInOnceAndIsKeptNowhereElse() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        UserServiceImpl users = new UserServiceImpl(db.jpa(), policy, audit,
                new PrintStream(console, true, StandardCharsets.UTF_8));
        Matcher m = OTP.matcher(console.toString(StandardCharsets.UTF_8));
        assertTrue(m.find(), console.toString(StandardCharsets.UTF_8));
        String otp = m.group(1);

        SignIn in = users.signIn("admin", otp.toCharArray());
        assertEquals(SignIn.Outcome.OK, in.outcome());
        assertTrue(in.mustChangePassword());
        assertTrue(audit.find(in.user(), AuditQuery.ALL, 0, 100).stream()
                .noneMatch(e -> String.valueOf(e.getNewValue()).contains(otp)
                        || String.valueOf(e.getOldValue()).contains(otp)), "no audit entry holds the password");

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new UserServiceImpl(db.jpa(), policy, audit, new PrintStream(again, true, StandardCharsets.UTF_8));
        assertEquals("", again.toString(StandardCharsets.UTF_8), "one first administrator, shown once");
    }
}
