package org.tongguan.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongguan.core.security.Role;
import org.tongguan.core.testing.TestDatabase;

/** Default grants declared by areas: given once to the standard roles, an administrator's change standing after. */
class GrantSeederTest {
    private final TestDatabase db = new TestDatabase("org/tongguan/core/db/changelog.xml");
    private final GrantSeeder seeder = new GrantSeeder(db.jpa(), null);

    @AfterEach
    void close() {
        db.close();
    }

    private Set<String> permissions(String role) {
        return db.jpa().txExpr(em -> Set.copyOf(em.find(Role.class, role).getPermissions()));
    }

    @Test
    void anAreasDefaultGrantsAreGivenOnceAndARevocationStands() {
        Map<String, Set<String>> grants = Map.of(Role.CLERK, Set.of("ledger.qyzz.view", "ledger.qyzz.edit"),
                Role.BUSINESS, Set.of("ledger.qyzz.view"), "NOSUCHROLE", Set.of("ledger.qyzz.view"));
        assertEquals(3, seeder.seed("qyzz", grants));
        assertTrue(permissions(Role.CLERK).containsAll(Set.of("ledger.qyzz.view", "ledger.qyzz.edit")));
        assertTrue(permissions(Role.BUSINESS).contains("ledger.qyzz.view"));

        // an administrator takes 修改 away from 关务人员; the area restarts and declares the same again
        db.jpa().txExpr(em -> em.find(Role.class, Role.CLERK).getPermissions().remove("ledger.qyzz.edit"));
        assertEquals(0, seeder.seed("qyzz", grants));
        assertFalse(permissions(Role.CLERK).contains("ledger.qyzz.edit"), "the administrator's change stands");

        // a permission the area declares later is given
        assertEquals(1, seeder.seed("qyzz", Map.of(Role.BUSINESS, Set.of("ledger.qyzz.print"))));
        assertTrue(permissions(Role.BUSINESS).contains("ledger.qyzz.print"));
    }
}
