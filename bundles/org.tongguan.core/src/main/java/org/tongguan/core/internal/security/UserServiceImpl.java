package org.tongguan.core.internal.security;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.ConcurrentEditException;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.Validator;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.Role;
import org.tongguan.core.security.SignIn;
import org.tongguan.core.security.SignIn.Outcome;
import org.tongguan.core.security.UserAccount;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.security.UserService;

@Component(service = UserService.class, immediate = true)
public class UserServiceImpl implements UserService {
    static final String FIRST_ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(UserServiceImpl.class);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,40}");
    /** A card medium's number, as the signer issues it (the admin binds cards of the e-port too). */
    private static final Pattern CARD_NO = Pattern.compile("[0-9A-Za-z]{8,32}");
    /** The languages a user may have ({@code UserAccount.locale}); none means the browser's. */
    private static final java.util.Set<String> LOCALES = java.util.Set.of("zh_CN", "en");
    private static final String RECORD = "user";

    private final JpaTemplate jpa;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(Pbkdf2PasswordHasher.DEFAULT_ITERATIONS);
    private final Clock clock = Clock.systemUTC();
    /** Verified against for unknown users, so a wrong user name costs as long as a wrong password. */
    private volatile String decoyHash;

    @Activate
    public UserServiceImpl(@Reference(target = "(osgi.unit.name=tongguan-core)") JpaTemplate jpa,
            @Reference AccessPolicy policy, @Reference AuditLog audit,
            @Reference(target = "(schema.bundle=org.tongguan.core)") SchemaReady schema) {
        this(jpa, policy, audit, System.out);
    }

    /** @param console where the first administrator's one-time password is shown: Karaf's console */
    UserServiceImpl(JpaTemplate jpa, AccessPolicy policy, AuditLog audit, PrintStream console) {
        this.jpa = jpa;
        this.policy = policy;
        this.audit = audit;
        ensureFirstAdministrator(console);
    }

    /**
     * At first start (no users at all) creates 'admin' with a one-time password shown on the console only: the log
     * keeps no password (it is read and copied more widely than the console); it says where the password went.
     */
    private void ensureFirstAdministrator(PrintStream console) {
        String otp = PasswordRules.oneTimePassword();
        boolean created = Transactions.write(jpa, "", em -> {
            long users = em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
            if (users > 0) {
                return false;
            }
            UserAccount admin = new UserAccount();
            admin.setUsername(FIRST_ADMIN);
            admin.setDisplayName("系统管理员");
            admin.setRoles(new HashSet<>(List.of(Role.ADMIN)));
            newPassword(admin, otp, true);
            admin.setCreatedAt(clock.instant());
            em.persist(admin);
            em.flush();
            audit.record(UserContext.system("startup"), AuditAction.CREATE, RECORD, FIRST_ADMIN, null, describe(admin));
            return true;
        });
        if (created) {
            console.println("通关 Tongguan 首位管理员 / first administrator: 用户名 user name = " + FIRST_ADMIN
                    + " , 一次性密码 one-time password = " + otp + " （首次登录须修改 / must be changed at first sign-in）");
            LOG.warn("First administrator '{}' created; its one-time password is shown on the console only"
                    + " (a lost one: tongguan:user-reset-password {})", FIRST_ADMIN, FIRST_ADMIN);
        }
    }

    @Override
    public SignIn signIn(String username, char[] password) {
        Instant now = clock.instant();
        return Transactions.write(jpa, "", em -> {
            UserAccount u = byName(em, username).orElse(null);
            if (u == null) {
                hasher.verify(password, decoy());
                return SignIn.failed(Outcome.BAD_CREDENTIALS, null);
            }
            boolean locked = u.getLockedUntil() != null && now.isBefore(u.getLockedUntil());
            boolean matches = !locked && hasher.verify(password, u.getPasswordHash());
            Outcome outcome = SignInRules.apply(u, matches, now);
            UserContext who = UserContext.user(u.getId(), u.getUsername());
            if (outcome == Outcome.OK) {
                audit.record(who, AuditAction.SIGN_IN, RECORD, u.getUsername(), null, null);
                return new SignIn(Outcome.OK, who, u.isMustChangePassword(), u.getLocale(), null);
            }
            if (outcome == Outcome.LOCKED && !locked) {
                audit.record(who, AuditAction.LOCK, RECORD, u.getUsername(), null, "lockedUntil=" + u.getLockedUntil());
            }
            return SignIn.failed(outcome, outcome == Outcome.LOCKED ? u.getLockedUntil() : null);
        });
    }

    private String decoy() {
        if (decoyHash == null) {
            decoyHash = hasher.hash(PasswordRules.oneTimePassword().toCharArray());
        }
        return decoyHash;
    }

    @Override
    public void changePassword(UserContext who, char[] oldPassword, char[] newPassword) {
        Transactions.write(jpa, "", em -> {
            UserAccount u = em.find(UserAccount.class, who.userId());
            if (u == null || !hasher.verify(oldPassword, u.getPasswordHash())) {
                throw new RuleViolation("password.wrongOld");
            }
            PasswordRules.problem(newPassword, oldPassword).ifPresent(k -> {
                throw new RuleViolation(k);
            });
            newPassword(u, new String(newPassword), false);
            audit.record(who, AuditAction.CHANGE, RECORD, u.getUsername(), null, "audit.passwordChanged");
            return null;
        });
    }

    @Override
    public Optional<UserAccount> find(UserContext who, long userId) {
        if (who.userId() == null || who.userId() != userId) {
            policy.check(who, Permissions.ADMIN_USERS);
        }
        return Transactions.read(jpa, em -> Optional.ofNullable(em.find(UserAccount.class, userId)));
    }

    @Override
    public List<UserAccount> list(UserContext who) {
        policy.check(who, Permissions.ADMIN_USERS);
        return Transactions.read(jpa, em -> em.createQuery(
                "SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class).getResultList());
    }

    @Override
    public String create(UserContext who, UserAccount user) {
        policy.check(who, Permissions.ADMIN_USERS);
        String otp = PasswordRules.oneTimePassword();
        Transactions.write(jpa, "", em -> {
            validate(em, user, true);
            UserAccount u = new UserAccount();
            u.setUsername(user.getUsername().trim());
            copyEditable(user, u);
            newPassword(u, otp, true);
            u.setCreatedAt(clock.instant());
            em.persist(u);
            em.flush();
            audit.record(who, AuditAction.CREATE, RECORD, u.getUsername(), null, describe(u));
            return null;
        });
        return otp;
    }

    @Override
    public UserAccount update(UserContext who, UserAccount user) {
        policy.check(who, Permissions.ADMIN_USERS);
        return Transactions.write(jpa, user.getUsername(), em -> {
            UserAccount u = em.find(UserAccount.class, user.getId());
            if (u == null) {
                throw new RuleViolation("user.notFound", user.getUsername());
            }
            if (u.getVersion() != user.getVersion()) {
                throw new ConcurrentEditException(u.getUsername());
            }
            validate(em, user, false);
            String before = describe(u);
            copyEditable(user, u);
            em.flush();
            requireAnAdministrator(em);
            audit.record(who, AuditAction.CHANGE, RECORD, u.getUsername(), before, describe(u));
            return u;
        });
    }

    @Override
    public String resetPassword(UserContext who, String username) {
        policy.check(who, Permissions.ADMIN_USERS);
        String otp = PasswordRules.oneTimePassword();
        Transactions.write(jpa, username, em -> {
            UserAccount u = byName(em, username).orElseThrow(() -> new RuleViolation("user.notFound", username));
            newPassword(u, otp, true);
            u.setFailedAttempts(0);
            u.setLockedUntil(null);
            audit.record(who, AuditAction.CHANGE, RECORD, username, null, "audit.passwordReset");
            return null;
        });
        return otp;
    }

    @Override
    public void unlock(UserContext who, String username) {
        policy.check(who, Permissions.ADMIN_USERS);
        Transactions.write(jpa, username, em -> {
            UserAccount u = byName(em, username).orElseThrow(() -> new RuleViolation("user.notFound", username));
            String before = "failedAttempts=" + u.getFailedAttempts() + ", lockedUntil=" + u.getLockedUntil();
            u.setFailedAttempts(0);
            u.setLockedUntil(null);
            audit.record(who, AuditAction.CHANGE, RECORD, username, before, "audit.unlocked");
            return null;
        });
    }

    @Override
    public void setLocale(UserContext who, String locale) {
        Transactions.write(jpa, "", em -> {
            UserAccount u = em.find(UserAccount.class, who.userId());
            if (u != null) {
                u.setLocale("en".equals(locale) ? "en" : "zh_CN");
            }
            return null;
        });
    }

    private void newPassword(UserAccount u, String password, boolean oneTime) {
        u.setPasswordHash(hasher.hash(password.toCharArray()));
        u.setMustChangePassword(oneTime);
    }

    private static void copyEditable(UserAccount from, UserAccount to) {
        to.setDisplayName(from.getDisplayName().trim());
        to.setRoles(new HashSet<>(from.getRoles()));
        to.setEnterprises(new HashSet<>(from.getEnterprises()));
        to.setCards(new HashSet<>(from.getCards().stream().map(String::trim).toList()));
        to.setEnabled(from.isEnabled());
        if (from.getLocale() != null) {
            to.setLocale(from.getLocale());
        }
    }

    private void validate(EntityManager em, UserAccount user, boolean isNew) {
        Validator v = Validator.core();
        if (isNew && v.text("username", new Messages.Key("user.field.username"), user.getUsername(), true, 40)) {
            if (!USERNAME.matcher(user.getUsername().trim()).matches()) {
                v.error("username", "user.username.format");
            } else if (byName(em, user.getUsername().trim()).isPresent()) {
                v.error("username", "user.username.taken", user.getUsername().trim());
            }
        }
        v.text("displayName", new Messages.Key("user.field.displayName"), user.getDisplayName(), true, 60);
        if (user.getLocale() != null && !LOCALES.contains(user.getLocale())) {
            v.error("locale", "user.locale.invalid", user.getLocale());
        }
        for (String card : user.getCards()) {
            if (card == null || !CARD_NO.matcher(card.trim()).matches()) {
                v.error("cards", "signing.cardNo.format");
            }
        }
        for (String role : user.getRoles()) {
            if (em.find(Role.class, role) == null) {
                v.error("roles", "role.notFound", role);
            }
        }
        v.throwIfAny();
    }

    private static void requireAnAdministrator(EntityManager em) {
        long admins = em.createQuery("SELECT COUNT(u) FROM UserAccount u JOIN u.roles r WHERE r = :admin "
                + "AND u.enabled = TRUE", Long.class).setParameter("admin", Role.ADMIN).getSingleResult();
        if (admins == 0) {
            throw new RuleViolation("user.lastAdmin");
        }
    }

    private static Optional<UserAccount> byName(EntityManager em, String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :n", UserAccount.class)
                .setParameter("n", username.trim()).getResultList().stream().findFirst();
    }

    private static String describe(UserAccount u) {
        return "displayName=" + u.getDisplayName() + ", roles=" + new java.util.TreeSet<>(u.getRoles())
                + ", enterprises=" + new java.util.TreeSet<>(u.getEnterprises())
                + (u.getCards().isEmpty() ? "" : ", cards=" + new java.util.TreeSet<>(u.getCards()))
                + ", enabled=" + u.isEnabled()
                + (u.getLocale() == null ? "" : ", locale=" + u.getLocale());
    }

    @Override
    public Optional<byte[]> stamp(UserContext who) {
        if (who.userId() == null) {
            return Optional.empty();
        }
        return Transactions.read(jpa, em -> Optional.ofNullable(em.find(UserStamp.class, who.userId()))
                .map(UserStamp::image));
    }

    @Override
    public void setStamp(UserContext who, byte[] image) {
        if (who.userId() == null) {
            throw new RuleViolation("stamp.noUser");
        }
        if (image != null) {
            if (image.length > UserStamp.MAX_BYTES) {
                throw new RuleViolation("stamp.tooLarge", UserStamp.MAX_BYTES / 1024);
            }
            if (!UserStamp.isImage(image)) {
                throw new RuleViolation("stamp.format");
            }
        }
        Transactions.write(jpa, "", em -> {
            UserStamp s = em.find(UserStamp.class, who.userId());
            if (image == null) {
                if (s != null) {
                    em.remove(s);
                }
            } else if (s == null) {
                em.persist(new UserStamp(who.userId(), image));
            } else {
                s.replace(image);
            }
            audit.record(who, AuditAction.CHANGE, RECORD, who.username(), null,
                    image == null ? "audit.stampRemoved" : "audit.stampSet");
            return null;
        });
    }
}
