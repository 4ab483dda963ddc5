package org.tongguan.core.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.transaction.TransactionManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.ConcurrentEditException;
import org.tongguan.core.RuleViolation;

/**
 * Runs work in a JTA transaction (joining the caller's, if any) and turns what the database says into rule
 * violations a clerk can read: a lost optimistic lock becomes {@link ConcurrentEditException}. Every state change of
 * every area goes through here, so it is all-or-nothing.
 *
 * <p>A {@link RuleViolation} is an expected refusal (bad input, a missing permission, a state that does not allow
 * the step), not a failure of the server. Thrown through Aries' template it would be logged twice with its stack
 * trace, and the transaction marked rollback-only; the transaction manager then ends each branch with TMFAIL, which
 * Derby answers with XA_RBROLLBACK, logged as an XAException stack trace. So a refusal never leaves the template as
 * an exception: the transaction that began here is rolled back while still active ({@link JtaState#undo}), one line
 * is logged, and the refusal is thrown to the caller after the template has returned. Inside a caller's transaction
 * it is only marked rollback-only, as the template would: the caller decides, and may not commit work half done.
 */
public final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    /** The platform's transaction manager while the core runs; null outside Karaf (unit tests roll back themselves). */
    private static volatile JtaState jta;
    /** How many calls of this class are under way on this thread: 0 outside any transaction of theirs. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    /** What is to run once this thread's outermost transaction has ended ({@link #outside}). */
    private static final ThreadLocal<List<Runnable>> AFTER = ThreadLocal.withInitial(ArrayList::new);
    /** What is to run once this thread's outermost transaction has committed ({@link #afterCommit}). */
    private static final ThreadLocal<List<Runnable>> COMMITTED = ThreadLocal.withInitial(ArrayList::new);

    private Transactions() {
    }

    public static <R> R write(JpaTemplate jpa, String what, Function<EntityManager, R> work) {
        return run(jpa, TransactionType.Required, what, work);
    }

    public static <R> R read(JpaTemplate jpa, Function<EntityManager, R> work) {
        return run(jpa, TransactionType.Supports, "", work);
    }

    /**
     * Runs {@code work} outside this thread's transaction: at once when there is none, else as soon as the outermost
     * has ended, committed or rolled back. What it writes (in a transaction of its own) is kept whatever becomes of
     * that transaction, e.g. the record of a refused operation, which the refusal itself rolls back. Not a
     * REQUIRES_NEW transaction: Aries gives every transaction of a thread the one EntityManager of the outermost, so
     * a nested transaction would commit the caller's unflushed changes with its own. A failing {@code work} is logged,
     * and does not replace what the caller's work threw.
     */
    public static void outside(Runnable work) {
        if (DEPTH.get()[0] == 0) {
            runLogged(work);
        } else {
            AFTER.get().add(work);
        }
    }

    /**
     * Runs {@code work} once this thread's outermost transaction has committed (at once when there is none); never
     * when it is rolled back. E.g. telling listeners of what the transaction did: they must not hear of work undone.
     * A failing {@code work} is logged and does not stop the others.
     */
    public static void afterCommit(Runnable work) {
        if (DEPTH.get()[0] == 0) {
            runLogged(work);
        } else {
            COMMITTED.get().add(work);
        }
    }

    /**
     * Hands the transaction manager over while the core runs (its binding component calls this; nothing else
     * should).
     */
    public static void useTransactionManager(TransactionManager tm) {
        jta = tm == null ? null : new JtaState(tm);
    }

    private static <R> R run(JpaTemplate jpa, TransactionType type, String what, Function<EntityManager, R> work) {
        int[] depth = DEPTH.get();
        depth[0]++;
        boolean committed = false;
        try {
            R result = runIn(jpa, type, what, work);
            committed = true;
            return result;
        } finally {
            if (--depth[0] == 0) {
                runAfter(committed);
            }
        }
    }

    /** What was to run outside the transaction that has just ended, and after its commit if it committed. */
    private static void runAfter(boolean committed) {
        List<Runnable> done = COMMITTED.get();
        List<Runnable> now = committed ? new ArrayList<>(done) : List.of();
        done.clear();
        List<Runnable> after = AFTER.get();
        while (!after.isEmpty()) {
            runLogged(after.remove(0));
        }
        now.forEach(Transactions::runLogged);
    }

    private static void runLogged(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("Work outside a transaction failed: {}", e.toString());
        }
    }

    private static <R> R runIn(JpaTemplate jpa, TransactionType type, String what, Function<EntityManager, R> work) {
        JtaState tm = jta;
        boolean owner = tm != null && tm.none();
        RuleViolation[] refused = new RuleViolation[1];
        R result;
        try {
            result = jpa.txExpr(type, em -> {
                try {
                    return work.apply(em);
                } catch (RuleViolation refusal) {
                    if (tm == null) {
                        throw refusal;
                    }
                    refused[0] = refusal;
                    tm.undo(owner);
                    return null;
                }
            });
        } catch (RuntimeException e) {
            throw translate(e, what);
        }
        if (refused[0] != null) {
            if (owner) {
                LOG.info("Refused, nothing written: {}", refused[0].getMessage());
            }
            throw refused[0];
        }
        return result;
    }

    static RuntimeException translate(RuntimeException e, String what) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation r) {
                return r;
            }
            if (t instanceof OptimisticLockException) {
                return new ConcurrentEditException(what);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e;
    }
}
