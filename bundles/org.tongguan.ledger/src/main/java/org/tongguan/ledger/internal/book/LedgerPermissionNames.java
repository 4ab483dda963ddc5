package org.tongguan.ledger.internal.book;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.tongguan.core.Messages;
import org.tongguan.ledger.LedgerTexts;
import org.tongguan.core.security.PermissionNames;

/**
 * The names of the ledger area's permissions besides its document types' (which the platform names from the types):
 * those of 账册余量.
 */
@Component(service = PermissionNames.class)
public class LedgerPermissionNames implements PermissionNames {
    private static final Map<String, String> KEYS = Map.of(
            LedgerBookImpl.BALANCE_VIEW, "permission.ledger.balance.view",
            LedgerBookImpl.BALANCE_EDIT, "permission.ledger.balance.edit");

    @Override
    public Messages messages() {
        return LedgerTexts.MESSAGES;
    }

    @Override
    public Map<String, String> keys() {
        return KEYS;
    }
}
