package org.tongguan.ledger.internal.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LedgerPermissionNamesTest {

    @Test
    void namesBothBalancePermissionsInChineseAndEnglish() {
        LedgerPermissionNames names = new LedgerPermissionNames();
        assertEquals(Set.of(LedgerBookImpl.BALANCE_VIEW, LedgerBookImpl.BALANCE_EDIT), names.keys().keySet());
        names.keys().values().forEach(key -> {
            assertNotNull(names.messages().find(key, Locale.SIMPLIFIED_CHINESE), key);
            assertNotNull(names.messages().find(key, Locale.ENGLISH), key);
        });
        assertEquals("查看账册余量", names.messages().get(names.keys().get(LedgerBookImpl.BALANCE_VIEW),
                Locale.SIMPLIFIED_CHINESE));
        assertEquals("View ledger balances", names.messages().get(names.keys().get(LedgerBookImpl.BALANCE_VIEW),
                Locale.ENGLISH));
    }
}
