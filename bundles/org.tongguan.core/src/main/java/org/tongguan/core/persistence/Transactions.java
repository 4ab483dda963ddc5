package org.tongguan.core.persistence;

import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.tongguan.core.ConcurrentEditException;
import org.tongguan.core.RuleViolation;

/**
 * Runs work in a JTA transaction (joining the caller's, if any) and turns what the database says into rule
 * violations a clerk can read: a lost optimistic lock becomes {@link ConcurrentEditException}. Every state change of
 * every area goes through here, so it is all-or-nothing.
 */
public final class Transactions {
    private Transactions() {
    }

    public static <R> R write(JpaTemplate jpa, String what, Function<EntityManager, R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work::apply);
        } catch (RuntimeException e) {
            throw translate(e, what);
        }
    }

    public static <R> R read(JpaTemplate jpa, Function<EntityManager, R> work) {
        try {
            return jpa.txExpr(TransactionType.Supports, work::apply);
        } catch (RuntimeException e) {
            throw translate(e, "");
        }
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
