package org.tongguan.itest;

import static org.junit.Assert.fail;

import java.util.function.BooleanSupplier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.tongguan.core.enterprise.CreditCodes;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.security.Role;
import org.tongguan.core.security.UserAccount;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.security.UserService;

/** What the Karaf suites share: waiting without sleeping blindly, test enterprises with valid codes, clerks. */
final class Fixtures {
    private Fixtures() {
    }

    static void waitFor(String what, BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out waiting for: " + what);
            }
            Thread.sleep(100);
        }
    }

    /**
     * Start-up is over before the tests: the DataSource, the core unit's EntityManagerFactory and its JpaTemplate are
     * registered and have stayed the same services for three seconds. (They are built once: the transaction manager
     * waits for its configuration, see etc/custom.properties; a rebuild would leave this suite's injected services
     * on a closed unit and fail it.)
     */
    static void awaitSettled(BundleContext context) throws InterruptedException {
        String[] seen = {"", ""};
        long[] since = {System.currentTimeMillis()};
        waitFor("the persistence unit to settle", () -> {
            String ids = serviceId(context, "javax.sql.DataSource", "(osgi.jndi.service.name=tongguan)") + "/"
                    + serviceId(context, "javax.persistence.EntityManagerFactory", "(osgi.unit.name=tongguan-core)")
                    + "/" + serviceId(context, "org.apache.aries.jpa.template.JpaTemplate",
                            "(osgi.unit.name=tongguan-core)");
            long now = System.currentTimeMillis();
            if (!ids.equals(seen[0])) {
                seen[0] = ids;
                since[0] = now;
            }
            return !ids.contains("-1") && now - since[0] >= 3_000;
        }, 120_000);
    }

    private static long serviceId(BundleContext context, String type, String filter) {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences(type, filter);
            return refs == null ? -1L : (Long) refs[0].getProperty(org.osgi.framework.Constants.SERVICE_ID);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A 关务人员 acting for one enterprise, holding the card media named, created by the console's user and signed in
     * (with its one-time password).
     */
    static UserContext signedInClerk(UserService users, String username, String enterprise, String... cards) {
        UserAccount clerk = new UserAccount();
        clerk.setUsername(username);
        clerk.setDisplayName("关务员");
        clerk.setRoles(java.util.Set.of(Role.CLERK));
        clerk.setEnterprises(java.util.Set.of(enterprise));
        clerk.setCards(java.util.Set.of(cards));
        String otp = users.create(UserContext.system("itest"), clerk);
        return users.signIn(username, otp.toCharArray()).user();
    }

    static Enterprise enterprise(String customs, String credit, String name) {
        Enterprise e = new Enterprise();
        e.setCustomsCode(customs);
        e.setCreditCode(credit);
        e.setName(name);
        e.setAddress("西安市高新区");
        e.setPhone("029-12345678");
        return e;
    }

    /** The header of a 加工贸易账册 of the enterprise (经营, 加工 and 申报单位 the same, 主管海关 9000 西安关区). */
    static java.util.Map<String, String> ledgerHeader(String enterprise) {
        java.util.Map<String, String> h = new java.util.HashMap<>();
        for (String unit : new String[] {"bizop", "rcvgd", "dcl"}) {
            h.put(unit + "Etpsno", enterprise);
        }
        h.putAll(java.util.Map.of("masterCuscd", "9000", "dclEtpsTypecd", "1", "usageTypecd", "1", "finishValidDate",
                "2031-12-31", "ucnsDclSegcd", "1", "vclrPridVal", "365"));
        return h;
    }

    static String uniqueCustomsCode() {
        return "61" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    }

    /** A valid credit code derived from the customs code, so each test enterprise has its own. */
    static String creditCodeFor(String customs) {
        String first17 = "91610000" + customs.substring(1);
        return first17 + CreditCodes.checkCharacter(first17);
    }

    /** Runs a console command as an administrator at the Karaf console does; its output, or "failed: " and why. */
    static String console(org.apache.karaf.shell.api.console.SessionFactory sessions, String command) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        org.apache.karaf.shell.api.console.Session session = sessions.create(
                new java.io.ByteArrayInputStream(new byte[0]), out, out);
        try {
            Object result = session.execute(command);
            if (result != null) {
                out.println(result);
            }
        } catch (Exception failed) {
            out.println("failed: " + failed.getMessage());
        } finally {
            session.close();
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
