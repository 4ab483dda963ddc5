package org.tongguan.delegation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.AccessDeniedException;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.ValidationException;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditEntry;
import org.tongguan.core.audit.AuditQuery;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.CardType;
import org.tongguan.core.enterprise.CreditCodes;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.internal.audit.AuditLogImpl;
import org.tongguan.core.internal.enterprise.EnterpriseRegistryImpl;
import org.tongguan.core.internal.security.AccessPolicyImpl;
import org.tongguan.core.internal.security.UserServiceImpl;
import org.tongguan.core.internal.time.TimeDisplayImpl;
import org.tongguan.core.security.Refusal;
import org.tongguan.core.security.Role;
import org.tongguan.core.security.UserAccount;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.testing.MutableClock;
import org.tongguan.core.testing.TestDatabase;
import org.tongguan.delegation.Grant;
import org.tongguan.delegation.GrantKind;
import org.tongguan.delegation.OperatorGrant;
import org.tongguan.delegation.OperatorRight;
import org.tongguan.delegation.Subsystem;
import org.tongguan.signing.sm2.internal.SoftwareCardSigner;

/**
 * 委托授权 on a real database with the platform's own access policy, users, audit and an SM2 card registry: the rules
 * of entering grants (法人卡 only, the manual's message, each field's rule named) and what the grants let the agent's
 * operators do through the one policy — a valid grant of the subsystem, for the operator named or all of them, and
 * nothing once it is expired, of another subsystem, for another operator, or deleted.
 */
class DelegationTest {
    private static final UserContext SYSTEM = UserContext.system("test");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** The manufacturer that grants (A) and the customs broker that declares for it (B). */
    private static final String A = "6101940123";
    private static final String B = "3111940001";
    private static final String A_LEGAL = "LPA6101940123";
    private static final String A_OPERATOR = "OPA6101940123";
    private static final String B_LEGAL = "LPB3111940001";
    private static final String B_OP1 = "OPB3111940001";
    private static final String B_OP2 = "OPB3111940002";
    /** 2026-12-05 noon, Beijing time. */
    private static final Instant NOW = Instant.parse("2026-12-05T04:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @TempDir
    Path cards;
    private TestDatabase db;
    private AccessPolicyImpl policy;
    private AuditLogImpl audit;
    private MutableClock clock;
    private DelegationServiceImpl service;
    private SoftwareCardSigner signer;
    private UserServiceImpl users;
    private UserContext managerA;
    private UserContext clerkA;
    private UserContext managerB;
    private UserContext clerkB1;
    private UserContext clerkB2;
    private UserContext admin;

    @BeforeEach
    void setUp() {
        db = new TestDatabase("org/tongguan/core/db/changelog.xml", "org/tongguan/delegation/db/changelog.xml");
        clock = new MutableClock(NOW);
        policy = new AccessPolicyImpl(db.jpa(), () -> 0);
        policy.addExtension(new DelegationAccess(db.jpa(), clock, BEIJING));
        audit = new AuditLogImpl(db.jpa(), policy, new TimeDisplayImpl(BEIJING), () -> 0);
        EnterpriseRegistryImpl registry = new EnterpriseRegistryImpl(db.jpa(), policy, audit, () -> 0);
        registry.save(SYSTEM, enterprise(A, "西安高新加工贸易有限公司"));
        registry.save(SYSTEM, enterprise(B, "上海报关行有限公司"));
        // 关务人员 hold what the area gives them by default, and the document types' permissions
        org.tongguan.core.persistence.Transactions.write(db.jpa(), "", em -> {
            Set<String> clerks = em.find(Role.class, Role.CLERK).getPermissions();
            clerks.addAll(DelegationPages.grants().get(Role.CLERK));
            for (String type : List.of("ledger.qyzz", "ledger.ems", "ledger.dcr", "logistics.bws", "invt.list")) {
                clerks.addAll(Set.of(type + ".view", type + ".edit"));
            }
            return null;
        });
        signer = new SoftwareCardSigner(cards);
        issue(A_LEGAL, CardType.LEGAL_PERSON, A);
        issue(A_OPERATOR, CardType.OPERATOR, A);
        issue(B_LEGAL, CardType.LEGAL_PERSON, B);
        issue(B_OP1, CardType.OPERATOR, B);
        issue(B_OP2, CardType.OPERATOR, B);
        users = new UserServiceImpl(db.jpa(), policy, audit, () -> 0);
        managerA = user(users, "managera", A, A_LEGAL);
        clerkA = user(users, "clerka", A, A_OPERATOR);
        managerB = user(users, "managerb", B, B_LEGAL);
        clerkB1 = user(users, "clerkb1", B, B_OP1);
        clerkB2 = user(users, "clerkb2", B, B_OP2);
        admin = signedIn(users, "auditor", Role.ADMIN, Set.of(), Set.of());
        service = new DelegationServiceImpl(db.jpa(), policy, audit, registry, signer, clock, BEIJING);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void onlyALegalPersonCardOfTheGrantingEnterpriseGrants() {
        RuleViolation operator = assertThrows(RuleViolation.class, () -> service.save(clerkA, A_OPERATOR, nems()));
        assertEquals("非法人卡，不允许操作!", operator.getMessage(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Not a legal-person card: not allowed", operator.getMessage(Locale.ENGLISH));
        assertRefused("clerka", "audit.refused.CARD", A);
        assertThrows(RuleViolation.class, () -> service.given(clerkA, A_OPERATOR), "nor lists them");

        RuleViolation notHeld = assertThrows(RuleViolation.class, () -> service.save(clerkA, A_LEGAL, nems()));
        assertTrue(notHeld.getMessage(Locale.SIMPLIFIED_CHINESE).contains(A_LEGAL + " 不是您持有的卡"));
        assertRefused("clerka", "audit.refused.CARD", null);

        // a 法人卡 held by a user who does not act for its enterprise
        UserContext stray = signedIn(users, "stray", Role.CLERK, Set.of(B), Set.of(A_LEGAL));
        AccessDeniedException otherEnterprise = assertThrows(AccessDeniedException.class,
                () -> service.save(stray, A_LEGAL, nems()));
        assertEquals(Refusal.ENTERPRISE, otherEnterprise.refusal());
        assertRefused("stray", "audit.refused.ENTERPRISE", A);
        assertTrue(service.given(managerA, A_LEGAL).isEmpty(), "nothing saved");
    }

    @Test
    void aGrantIsOfTheCardsEnterpriseToARegisteredAgentForAValidPeriod() {
        Grant saved = service.save(managerA, A_LEGAL, nems());
        assertEquals(A, saved.grantorCode());
        assertEquals("西安高新加工贸易有限公司", saved.grantorName());
        assertEquals(B, saved.agentCode());
        assertEquals(creditCode(B), saved.agentCreditCode(), "filled from the registry");
        assertEquals("上海报关行有限公司", saved.agentName());
        assertEquals(GrantKind.OPERATE, saved.kind(), "操作权 by default");
        assertEquals(TODAY, saved.grantedOn());
        assertEquals(A_LEGAL, saved.grantorCard());
        AuditEntry created = audit.find(admin, new AuditQuery(null, A, AuditAction.CREATE, null, null, "grant"), 0, 10)
                .get(0);
        assertTrue(created.getNewValue().contains("agent=" + B), created.getNewValue());

        ValidationException bad = assertThrows(ValidationException.class, () -> service.save(managerA, A_LEGAL,
                Grant.input(null, 0, "61019", null, null, TODAY.plusDays(3), TODAY.plusDays(1))));
        assertEquals(Set.of("agentCode", "subsystem", "validTo"),
                Set.copyOf(bad.errors().stream().map(e -> e.field()).toList()));
        String text = bad.getMessage(Locale.SIMPLIFIED_CHINESE);
        assertTrue(text.contains("代理企业编号须为10位海关编码"), text);
        assertTrue(text.contains("授权子系统为必填项"), text);
        assertTrue(text.contains("权限有效期止（2026-12-06）不得早于权限有效期起（2026-12-08）"), text);
        assertTrue(bad.getMessage(Locale.ENGLISH).contains("Valid to (2026-12-06) must not be before valid from"),
                bad.getMessage(Locale.ENGLISH));

        assertField("validTo", "已过期", Grant.input(null, 0, B, Subsystem.INV, null, TODAY.minusDays(9),
                TODAY.minusDays(1)));
        assertField("agentCode", "是授权企业自身", Grant.input(null, 0, A, Subsystem.INV, null, TODAY, TODAY));
        assertField("agentCode", "“6101949999”不在企业信息中", Grant.input(null, 0, "6101949999", Subsystem.INV, null,
                TODAY, TODAY));
        assertField("subsystem", "同一代理企业、同一授权子系统只能有一条授权", nems());

        // a change of what another saved meanwhile is refused
        Grant changed = service.save(managerA, A_LEGAL, Grant.input(saved.id(), saved.version(), B, Subsystem.NEMS,
                GrantKind.QUERY, TODAY, TODAY.plusDays(60)));
        assertEquals(GrantKind.QUERY, changed.kind());
        RuleViolation stale = assertThrows(RuleViolation.class, () -> service.save(managerA, A_LEGAL,
                Grant.input(saved.id(), saved.version(), B, Subsystem.NEMS, GrantKind.OPERATE, TODAY, TODAY)));
        assertTrue(stale.getMessage(Locale.SIMPLIFIED_CHINESE).contains("已被他人修改"));
    }

    @Test
    void theNamedOperatorOfTheAgentMayActForTheGrantorInTheSubsystemWhileTheGrantIsValid() {
        Grant g = service.save(managerA, A_LEGAL, nems());
        assertFalse(policy.permits(clerkB1, "ledger.qyzz.edit", A), "no operator granted yet");
        service.addOperators(managerB, B_LEGAL, g.id(), List.of(OperatorGrant.input(g.id(), false, B_OP1)));

        for (String permission : List.of("ledger.qyzz.view", "ledger.qyzz.edit", "ledger.ems.edit", "ledger.dcr.view")) {
            assertTrue(policy.permits(clerkB1, permission, A), permission);
        }
        assertEquals(Set.of(A, B), policy.enterprises(clerkB1, "ledger.qyzz.view"), "选择可查询企业");
        assertFalse(policy.permits(clerkB1, "invt.list.edit", A), "another subsystem");
        assertFalse(policy.permits(clerkB1, "logistics.bws.view", A), "another subsystem");
        assertFalse(policy.permits(clerkB2, "ledger.qyzz.edit", A), "another operator of the agent");
        assertFalse(policy.permits(managerB, "ledger.qyzz.edit", A), "the agent's 法人卡 is not named either");
        assertTrue(policy.permits(clerkB1, "ledger.qyzz.edit", B), "its own enterprise as before");

        // the card that signs the 申报: the named operator's, not another of the agent's
        assertTrue(policy.permitsCard(clerkB1, "ledger.qyzz.edit", A, card(B_OP1)));
        assertFalse(policy.permitsCard(clerkB1, "ledger.qyzz.edit", A, card(B_OP2)));
        assertFalse(policy.permitsCard(clerkB1, "invt.list.edit", A, card(B_OP1)));
        assertTrue(policy.permitsCard(clerkA, "ledger.qyzz.edit", A, card(A_OPERATOR)), "its own card");

        List<OperatorRight> rights = service.rights(managerB, B_LEGAL, Subsystem.NEMS);
        assertEquals(1, rights.size());
        assertEquals(B_OP1, rights.get(0).cardNo());
        assertEquals(A, rights.get(0).grantorCode());
        assertTrue(service.rights(managerB, B_LEGAL, Subsystem.INV).isEmpty());

        // on the last day of the period still, the day after no more: refused and audited
        clock.set(TODAY.plusDays(30).atTime(23, 0).atZone(BEIJING).toInstant());
        assertTrue(policy.permits(clerkB1, "ledger.qyzz.edit", A));
        clock.advance(Duration.ofHours(2));
        AccessDeniedException expired = assertThrows(AccessDeniedException.class,
                () -> policy.check(clerkB1, "ledger.qyzz.edit", A));
        assertEquals(Refusal.ENTERPRISE, expired.refusal());
        assertRefused("clerkb1", "audit.refused.ENTERPRISE", A);
    }

    @Test
    void aGrantToAllOperatorsIsOneRowAndTheQueryRightOnlyQueries() {
        Grant g = service.save(managerA, A_LEGAL, Grant.input(null, 0, B, Subsystem.INV, GrantKind.QUERY, TODAY,
                TODAY.plusDays(1)));
        service.addOperators(managerB, B_LEGAL, g.id(), List.of(OperatorGrant.input(g.id(), true, null)));

        assertTrue(policy.permits(clerkB1, "invt.list.view", A));
        assertTrue(policy.permits(clerkB2, "invt.list.view", A), "every operator of the agent");
        assertFalse(policy.permits(clerkB2, "invt.list.edit", A), "查询权 does not 暂存 or 申报");
        List<OperatorRight> rights = service.rights(managerB, B_LEGAL, Subsystem.INV);
        assertEquals(1, rights.size());
        assertNull(rights.get(0).cardNo(), "all operators: one row, no IC card number");

        ValidationException named = assertThrows(ValidationException.class, () -> service.addOperators(managerB,
                B_LEGAL, g.id(), List.of(OperatorGrant.input(g.id(), false, B_OP1))));
        assertTrue(named.getMessage(Locale.SIMPLIFIED_CHINESE).contains("授予全部操作员时不再录入操作员IC卡号"));
        ValidationException notOperator = assertThrows(ValidationException.class, () -> service.addOperators(
                managerB, B_LEGAL, g.id(), List.of(OperatorGrant.input(g.id(), false, A_OPERATOR))));
        assertTrue(notOperator.getMessage(Locale.SIMPLIFIED_CHINESE).contains("不是代理企业 " + B + " 的操作员卡"));
        RuleViolation byOperatorCard = assertThrows(RuleViolation.class, () -> service.received(clerkB1, B_OP1));
        assertEquals("非法人卡，不允许操作!", byOperatorCard.getMessage(Locale.SIMPLIFIED_CHINESE));
        assertThrows(RuleViolation.class, () -> service.operators(managerA, A_LEGAL, g.id()),
                "the grantor does not enter the agent's operators");
    }

    @Test
    void deletingAGrantDeletesTheGrantsToOperatorsAndStopsThemAtOnce() {
        Grant g = service.save(managerA, A_LEGAL, nems());
        List<OperatorGrant> rows = service.addOperators(managerB, B_LEGAL, g.id(),
                List.of(OperatorGrant.input(g.id(), false, B_OP1), OperatorGrant.input(g.id(), false, B_OP2)));
        assertEquals(2, rows.size());
        assertTrue(policy.permits(clerkB2, "ledger.ems.edit", A));

        service.deleteOperator(managerB, B_LEGAL, rows.get(1).id(), rows.get(1).version());
        assertFalse(policy.permits(clerkB2, "ledger.ems.edit", A), "its operator grant deleted");
        assertTrue(policy.permits(clerkB1, "ledger.ems.edit", A));

        service.delete(managerA, A_LEGAL, g.id(), g.version());
        assertFalse(policy.permits(clerkB1, "ledger.ems.edit", A), "the grant deleted");
        assertTrue(service.received(managerB, B_LEGAL).isEmpty());
        assertTrue(service.rights(managerB, B_LEGAL, null).isEmpty(), "its operators' rows went with it");
        assertEquals(3, audit.find(admin, new AuditQuery(null, null, AuditAction.DELETE, null, null, null), 0, 10)
                .size(), "the operator row deleted, then the grant and the row under it: each audited");
    }

    private Grant nems() {
        return Grant.input(null, 0, B, Subsystem.NEMS, null, TODAY, TODAY.plusDays(30));
    }

    private void assertField(String field, String text, Grant input) {
        ValidationException e = assertThrows(ValidationException.class, () -> service.save(managerA, A_LEGAL, input));
        assertEquals(field, e.errors().get(0).field());
        assertTrue(e.getMessage(Locale.SIMPLIFIED_CHINESE).contains(text), e.getMessage(Locale.SIMPLIFIED_CHINESE));
    }

    private void assertRefused(String who, String why, String enterprise) {
        AuditEntry r = refusals().get(0);
        assertEquals(who, r.getActor());
        assertEquals(why, r.getNewValue());
        assertEquals(enterprise, r.getEnterpriseCode());
    }

    private List<AuditEntry> refusals() {
        return audit.find(admin, new AuditQuery(null, null, AuditAction.REFUSED, null, null, null), 0, 100);
    }

    private CardMedium card(String no) {
        return signer.card(no).orElseThrow();
    }

    private void issue(String no, CardType type, String enterprise) {
        signer.issuer().issue(no, type, enterprise, "持卡人", "135790".toCharArray());
    }

    private static UserContext user(UserServiceImpl users, String name, String enterprise, String cardNo) {
        return signedIn(users, name, Role.CLERK, Set.of(enterprise), Set.of(cardNo));
    }

    private static UserContext signedIn(UserServiceImpl users, String name, String role, Set<String> enterprises,
            Set<String> cards) {
        UserAccount u = new UserAccount();
        u.setUsername(name);
        u.setDisplayName(name);
        u.setRoles(Set.of(role));
        u.setEnterprises(enterprises);
        u.setCards(cards);
        String otp = users.create(SYSTEM, u);
        return users.signIn(name, otp.toCharArray()).user();
    }

    private static Enterprise enterprise(String code, String name) {
        Enterprise e = new Enterprise();
        e.setCustomsCode(code);
        e.setCreditCode(creditCode(code));
        e.setName(name);
        return e;
    }

    private static String creditCode(String code) {
        String first17 = "91610000" + code.substring(1);
        return first17 + CreditCodes.checkCharacter(first17);
    }
}
