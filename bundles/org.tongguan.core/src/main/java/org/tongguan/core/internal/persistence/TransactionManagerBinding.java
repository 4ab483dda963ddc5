package org.tongguan.core.internal.persistence;

import javax.transaction.TransactionManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.persistence.Transactions;

/**
 * Gives {@link Transactions} the platform's transaction manager while the core runs, so that a refused operation's
 * transaction is rolled back as an ordinary outcome rather than as a failure. Transactions is called statically by
 * every area (as it was before it needed the manager); this component keeps the manager's life tied to the service's.
 */
@Component(immediate = true)
public class TransactionManagerBinding {

    @Activate
    public TransactionManagerBinding(@Reference TransactionManager tm) {
        Transactions.useTransactionManager(tm);
    }

    @Deactivate
    void deactivate() {
        Transactions.useTransactionManager(null);
    }
}
