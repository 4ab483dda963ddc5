package org.tongguan.core.persistence;

import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.TransactionManager;

/**
 * The transaction manager, as {@link Transactions} needs it to end a refused operation's transaction quietly. Its own
 * class so that only it names the JTA API: outside Karaf (the areas' unit tests) there is no manager, and no JTA API on
 * the class path either.
 */
final class JtaState {
    private final TransactionManager tm;

    JtaState(TransactionManager tm) {
        this.tm = tm;
    }

    /** Whether no transaction is under way on this thread: a call starting one owns it. */
    boolean none() {
        try {
            return tm.getStatus() == Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new IllegalStateException("the transaction manager does not answer", e);
        }
    }

    /**
     * Undoes the work of a refused operation: rolls back the transaction begun by its owner while it is still active
     * (each branch ended with TMSUCCESS, then rolled back: nothing to report; the template then finds no transaction
     * and neither commits nor rolls back), or dooms the caller's, as the template would.
     */
    void undo(boolean owner) {
        try {
            if (tm.getStatus() == Status.STATUS_NO_TRANSACTION) {
                return; // a read outside any transaction: nothing to undo
            }
            if (owner) {
                tm.rollback();
            } else {
                tm.setRollbackOnly();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            throw new IllegalStateException("the transaction of a refused operation could not be rolled back", e);
        }
    }
}
