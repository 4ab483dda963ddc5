package org.tongguan.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.AccessDeniedException;
import org.tongguan.core.Messages;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditEntry;
import org.tongguan.core.audit.AuditQuery;
import org.tongguan.core.declaration.AbstractDocumentType;
import org.tongguan.core.declaration.AttachmentRules;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.enterprise.CreditCodes;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.internal.audit.AuditLogImpl;
import org.tongguan.core.internal.enterprise.EnterpriseRegistryImpl;
import org.tongguan.core.internal.time.TimeDisplayImpl;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.security.Permissions;
import org.tongguan.core.security.Refusal;
import org.tongguan.core.security.Role;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.testing.TestDatabase;

/**
 * The platform's access policy on a real database: a refusal is recorded (who, which permission, which enterprise,
 * why) in a transaction of its own, so it stays when the refused work is rolled back, and the refusal's text names
 * the permission in the reader's language, never by its key.
 */
class AccessPolicyImplTest {
    private static final UserContext SYSTEM = UserContext.system("test");
    private static final String MINE = "6101940123";
    private static final String OTHER = "3111940001";

    private TestDatabase db;
    private AccessPolicyImpl policy;
    private AuditLogImpl audit;
    private EnterpriseRegistryImpl registry;
    private UserContext clerk;
    private UserContext admin;

    /** A document type as an area registers it: its two permissions are named from its title. */
    private static final class Qualification extends AbstractDocumentType {
        Qualification() {
            super(new Description("qual", Messages.CORE, "document.record", "test.qual", ImportLayout.EMS101, "QUAL",
                    "etps", List.of(FieldSpec.text("etps", "document.record", 10)), List.of(), null, null, null,
                    AttachmentRules.NONE, List.of()));
        }
    }

    @BeforeEach
    void setUp() {
        db = new TestDatabase("org/tongguan/core/db/changelog.xml");
        policy = new AccessPolicyImpl(db.jpa(), () -> 0);
        policy.addNames(new PlatformPermissionNames());
        policy.addType(objects(new Qualification()));
        audit = new AuditLogImpl(db.jpa(), policy, new TimeDisplayImpl(ZoneId.of("Asia/Shanghai")), () -> 0);
        registry = new EnterpriseRegistryImpl(db.jpa(), policy, audit, () -> 0);
        UserServiceImpl users = new UserServiceImpl(db.jpa(), policy, audit, () -> 0);
        registry.save(SYSTEM, enterprise(MINE, "本企业"));
        registry.save(SYSTEM, enterprise(OTHER, "他企业"));
        clerk = TestUsers.signedIn(users, "clerka", Role.CLERK, MINE);
        admin = TestUsers.signedIn(users, "auditor", Role.ADMIN);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aClerksRefusedSaveForAnotherEnterpriseIsRecordedWithWhoWhatWhichAndWhy() {
        Enterprise theirs = registry.list(SYSTEM, OTHER).get(0);
        theirs.setPhone("029-12345678");

        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> registry.save(clerk, theirs));

        assertEquals(Refusal.ENTERPRISE, e.refusal());
        AuditEntry refusal = refusals().get(0);
        assertEquals("clerka", refusal.getActor());
        assertEquals(AccessPolicyImpl.REFUSAL_RECORD, refusal.getRecordType());
        assertEquals(Permissions.ENTERPRISE_EDIT, refusal.getRecordId());
        assertEquals(OTHER, refusal.getEnterpriseCode());
        assertEquals("audit.refused.ENTERPRISE", refusal.getNewValue());
        assertNull(registry.lookup(OTHER).orElseThrow().getPhone(), "nothing saved");
    }

    /**
     * An area's {@link org.tongguan.core.security.AccessExtension} widens the enterprises a user acts for, per
     * permission, and never gives a permission the roles lack; refusals once it stops granting are audited as any.
     */
    @Test
    void anExtensionLetsAUserActForAnotherEnterpriseOnlyWithinItsRolesPermissions() {
        java.util.Set<String> granted = new java.util.concurrent.CopyOnWriteArraySet<>();
        org.tongguan.core.security.AccessExtension byGrant = (actor, permission) ->
                actor.enterprises().contains(MINE) && permission.equals(Permissions.ENTERPRISE_VIEW)
                        ? java.util.Set.copyOf(granted) : java.util.Set.of();
        policy.addExtension(byGrant);
        assertFalse(policy.permits(clerk, Permissions.ENTERPRISE_VIEW, OTHER), "nothing granted yet");

        granted.add(OTHER);
        assertTrue(policy.permits(clerk, Permissions.ENTERPRISE_VIEW, OTHER));
        assertEquals(java.util.Set.of(MINE, OTHER), policy.enterprises(clerk, Permissions.ENTERPRISE_VIEW));
        assertEquals(java.util.Set.of(MINE), policy.enterprises(clerk, Permissions.ENTERPRISE_EDIT),
                "per permission");
        assertFalse(policy.permits(clerk, Permissions.ADMIN_USERS, OTHER), "not a permission of the clerk's roles");
        assertFalse(policy.permits(clerk, Permissions.ENTERPRISE_EDIT, OTHER), "not granted by the extension");

        granted.clear();
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> policy.check(clerk, Permissions.ENTERPRISE_VIEW, OTHER));
        assertEquals(Refusal.ENTERPRISE, e.refusal());
        assertEquals(OTHER, refusals().get(0).getEnterpriseCode());

        granted.add(OTHER);
        policy.removeExtension(byGrant);
        assertFalse(policy.permits(clerk, Permissions.ENTERPRISE_VIEW, OTHER), "gone with the extension");
    }

    @Test
    void aRefusalInsideATransactionOutlivesItsRollback() {
        Enterprise added = enterprise("6101940999", "回滚企业");
        added.setUpdatedAt(java.time.Instant.now());

        assertThrows(AccessDeniedException.class, () -> Transactions.write(db.jpa(), "", em -> {
            em.persist(added); // work done before the refusal: rolled back with the transaction
            em.flush();
            policy.check(clerk, Permissions.ADMIN_USERS);
            return null;
        }));

        assertTrue(registry.lookup("6101940999").isEmpty(), "the refused work was rolled back");
        List<AuditEntry> refused = refusals();
        assertEquals(1, refused.size(), "the refusal was recorded all the same");
        assertEquals(Permissions.ADMIN_USERS, refused.get(0).getRecordId());
        assertNull(refused.get(0).getEnterpriseCode());
        assertEquals("audit.refused.PERMISSION", refused.get(0).getNewValue());
    }

    @Test
    void addingToTheRegistryIsRefusedToThoseNotActingForEveryEnterprise() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> registry.save(clerk, enterprise("6101940777", "新企业")));

        assertEquals(Refusal.ALL_ENTERPRISES, e.refusal());
        assertEquals("audit.refused.ALL_ENTERPRISES", refusals().get(0).getNewValue());
        assertEquals("6101940777", refusals().get(0).getEnterpriseCode());
    }

    @Test
    void refusalTextsNameThePermissionInTheReadersLanguageNeverByItsKey() {
        AccessDeniedException platform = assertThrows(AccessDeniedException.class,
                () -> policy.check(clerk, Permissions.ADMIN_USERS));
        AccessDeniedException document = assertThrows(AccessDeniedException.class,
                () -> policy.check(clerk, "test.qual.edit", MINE));

        String zh = platform.getMessage(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("“用户管理”") && zh.contains("clerka"), zh);
        assertFalse(zh.contains(Permissions.ADMIN_USERS), zh);
        String en = platform.getMessage(Locale.ENGLISH);
        assertTrue(en.contains("\"Users\""), en);
        String doc = document.getMessage(Locale.SIMPLIFIED_CHINESE);
        assertTrue(doc.contains("录入、申报单证"), doc);
        assertFalse(doc.contains("test.qual"), doc);
        assertEquals(doc, document.getMessage(), "the plain message is the Chinese one");
    }

    @Test
    void namesEveryPermissionOfThePlatformAndOfTheDocumentTypes() {
        var zh = policy.permissionNames(Locale.SIMPLIFIED_CHINESE);
        assertEquals("修改企业信息", zh.get(Permissions.ENTERPRISE_EDIT));
        assertEquals("查看通知", zh.get(Permissions.NOTICE_VIEW));
        assertEquals("查看单证", zh.get("test.qual.view"));
        assertEquals("录入、申报单证", zh.get("test.qual.edit"));
        assertEquals("Enter and declare Document", policy.permissionNames(Locale.ENGLISH).get("test.qual.edit"));
    }

    @Test
    void whatIsPermittedIsNotRecorded() {
        policy.check(clerk, Permissions.ENTERPRISE_EDIT, MINE);
        policy.check(SYSTEM, Permissions.ADMIN_USERS);

        assertTrue(refusals().isEmpty());
    }

    private List<AuditEntry> refusals() {
        return audit.find(admin, new AuditQuery(null, null, AuditAction.REFUSED, null, null, null), 0, 100);
    }

    /** An enterprise with a valid credit code made from its customs code. */
    private static Enterprise enterprise(String customsCode, String name) {
        String first17 = "91610131" + customsCode.substring(0, 9);
        Enterprise e = new Enterprise();
        e.setCustomsCode(customsCode);
        e.setCreditCode(first17 + CreditCodes.checkCharacter(first17));
        e.setName(name);
        return e;
    }

    /** A service as DS hands one to a component that takes it only when it uses it. */
    static <T> org.osgi.service.component.ComponentServiceObjects<T> objects(T service) {
        return new org.osgi.service.component.ComponentServiceObjects<>() {
            @Override
            public T getService() {
                return service;
            }

            @Override
            public void ungetService(T s) {
                // nothing to give back
            }

            @Override
            public org.osgi.framework.ServiceReference<T> getServiceReference() {
                throw new IllegalStateException("outside OSGi");
            }
        };
    }
}
