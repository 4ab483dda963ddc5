package org.tongguan.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongguan.core.security.Permissions;

class GrantsTest {
    @Test
    void aClerkActsOnlyForItsEnterprisesWithItsPermissions() {
        Grants g = new Grants(Set.of(Permissions.ENTERPRISE_VIEW, Permissions.ENTERPRISE_EDIT), Set.of("6101940123"), Set.of());
        assertTrue(g.allows(Permissions.ENTERPRISE_EDIT));
        assertFalse(g.allows(Permissions.ADMIN_USERS));
        assertTrue(g.actsFor("6101940123"));
        assertFalse(g.actsFor("6101940124"));
        assertFalse(g.actsFor(null));
        assertFalse(g.allEnterprises());
    }

    @Test
    void theAdministratorHoldsEverything() {
        Grants g = new Grants(Set.of(Permissions.ALL), Set.of(), Set.of());
        assertTrue(g.allows("ledger.declare"));
        assertTrue(g.actsFor("3111000001"));
        assertTrue(g.allEnterprises());
    }

    @Test
    void nobodyHoldsNothing() {
        assertFalse(Grants.NONE.allows(Permissions.ENTERPRISE_VIEW));
        assertFalse(Grants.NONE.actsFor("6101940123"));
    }
}
