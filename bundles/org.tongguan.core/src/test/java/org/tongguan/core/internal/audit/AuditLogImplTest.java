package org.tongguan.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongguan.core.AccessDeniedException;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditEntry;
import org.tongguan.core.audit.AuditQuery;
import org.tongguan.core.internal.security.AccessPolicyImpl;
import org.tongguan.core.internal.security.TestUsers;
import org.tongguan.core.internal.security.UserServiceImpl;
import org.tongguan.core.internal.time.TimeDisplayImpl;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.security.Role;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.testing.TestDatabase;

/**
 * The audit page's filters are the database's: user, enterprise, kind and period (days of the product's time zone),
 * each alone and together, counted as they are listed.
 */
class AuditLogImplTest {
    /** 2026-03-02 00:30 in Beijing, still 2026-03-01 in UTC. */
    private static final Instant AFTER_MIDNIGHT_IN_BEIJING = Instant.parse("2026-03-01T16:30:00Z");
    /** 2026-03-01 23:30 in Beijing. */
    private static final Instant BEFORE_MIDNIGHT_IN_BEIJING = Instant.parse("2026-03-01T15:30:00Z");
    private static final Instant TWO_DAYS_LATER = Instant.parse("2026-03-03T02:00:00Z");

    private TestDatabase db;
    private AccessPolicyImpl policy;
    private AuditLogImpl beijing;
    private UserContext auditor;
    private UserContext clerk;

    @BeforeEach
    void setUp() {
        db = new TestDatabase("org/tongguan/core/db/changelog.xml");
        policy = new AccessPolicyImpl(db.jpa(), () -> 0);
        beijing = log(ZoneId.of("Asia/Shanghai"));
        UserServiceImpl users = new UserServiceImpl(db.jpa(), policy, beijing, () -> 0);
        auditor = TestUsers.signedIn(users, "auditor", Role.ADMIN);
        clerk = TestUsers.signedIn(users, "clerkz", Role.CLERK);
        Transactions.write(db.jpa(), "", em -> {
            em.persist(new AuditEntry(AFTER_MIDNIGHT_IN_BEIJING, "clerka", AuditAction.REFUSED,
                    AccessPolicyImpl.REFUSAL_RECORD, "enterprise.edit", "3111940001", null, "audit.refused.ENTERPRISE"));
            em.persist(new AuditEntry(BEFORE_MIDNIGHT_IN_BEIJING, "clerka", AuditAction.CHANGE, "enterprise",
                    "6101940123", "6101940123", "old", "new"));
            em.persist(new AuditEntry(TWO_DAYS_LATER, "admin2", AuditAction.CREATE, "user", "clerkb", null, null,
                    "displayName=b"));
            return null;
        });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void filtersByUser() {
        assertEquals(List.of(AFTER_MIDNIGHT_IN_BEIJING, BEFORE_MIDNIGHT_IN_BEIJING),
                times(beijing, new AuditQuery("clerka", null, null, null, null, null)));
    }

    @Test
    void filtersByEnterprise() {
        assertEquals(List.of(AFTER_MIDNIGHT_IN_BEIJING),
                times(beijing, new AuditQuery(null, "3111940001", null, null, null, null)));
    }

    @Test
    void filtersByKindIncludingRefusals() {
        assertEquals(List.of(AFTER_MIDNIGHT_IN_BEIJING),
                times(beijing, new AuditQuery(null, null, AuditAction.REFUSED, null, null, null)));
        assertEquals(List.of(BEFORE_MIDNIGHT_IN_BEIJING),
                times(beijing, new AuditQuery("clerka", null, AuditAction.CHANGE, null, null, null)));
    }

    @Test
    void aPeriodIsDaysOfTheProductsTimeZone() {
        LocalDate march2 = LocalDate.of(2026, 3, 2);
        assertEquals(List.of(AFTER_MIDNIGHT_IN_BEIJING),
                times(beijing, new AuditQuery(null, null, null, march2, march2, null)));
        assertEquals(List.of(TWO_DAYS_LATER, AFTER_MIDNIGHT_IN_BEIJING),
                times(beijing, new AuditQuery(null, null, null, march2, LocalDate.of(2026, 3, 31), null)));

        AuditLogImpl utc = log(ZoneOffset.UTC);
        LocalDate march1 = LocalDate.of(2026, 3, 1);
        assertEquals(List.of(AFTER_MIDNIGHT_IN_BEIJING, BEFORE_MIDNIGHT_IN_BEIJING),
                times(utc, new AuditQuery(null, null, null, march1, march1, null)));
    }

    @Test
    void countsWhatItListsAndPagesThroughIt() {
        AuditQuery march = new AuditQuery(null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null);
        assertEquals(3, beijing.count(auditor, march));
        assertEquals(List.of(BEFORE_MIDNIGHT_IN_BEIJING),
                beijing.find(auditor, march, 2, 10).stream().map(AuditEntry::getAt).toList());
        assertEquals(1, beijing.count(auditor, new AuditQuery("clerka", "6101940123", null, null, null, null)));
    }

    @Test
    void onlyAuditorsReadIt() {
        assertThrows(AccessDeniedException.class, () -> beijing.find(clerk, AuditQuery.ALL, 0, 10));
    }

    private AuditLogImpl log(ZoneId zone) {
        return new AuditLogImpl(db.jpa(), policy, new TimeDisplayImpl(zone), () -> 0);
    }

    private List<Instant> times(AuditLogImpl log, AuditQuery q) {
        return log.find(auditor, q, 0, 100).stream().map(AuditEntry::getAt).toList();
    }
}
