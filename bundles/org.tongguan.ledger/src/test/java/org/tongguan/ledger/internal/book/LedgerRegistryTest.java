package org.tongguan.ledger.internal.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongguan.core.security.UserContext;
import org.tongguan.ledger.Balance;
import org.tongguan.ledger.Ledger;
import org.tongguan.ledger.LedgerItem;
import org.tongguan.ledger.ListMovements;
import org.tongguan.ledger.Mark;
import org.tongguan.ledger.MovementBook;
import org.tongguan.ledger.MovementKind;
import org.tongguan.ledger.Shortfall;

class LedgerRegistryTest {
    /** A book that keeps one ledger, of whatever number it is given. */
    private record OneLedger(String emsNo) implements MovementBook {
        @Override
        public Optional<Ledger> ledger(String no) {
            return emsNo.equals(no) ? Optional.of(new Ledger(emsNo, "6101940123", null, "9000", 0, null, 1))
                    : Optional.empty();
        }

        @Override
        public List<Ledger> ledgers(String enterpriseCode) {
            return ledger(emsNo).stream().filter(l -> l.enterpriseCode().equals(enterpriseCode)).toList();
        }

        @Override
        public Optional<LedgerItem> item(String no, Mark mark, long seqNo) {
            return Optional.empty();
        }

        @Override
        public Optional<MovementKind> movement(String supvModecd, String impexpMarkcd, Mark mark) {
            return Optional.empty();
        }

        @Override
        public List<Shortfall> shortfalls(ListMovements list) {
            return List.of();
        }

        @Override
        public List<Balance> balances(UserContext who, String no, Mark mark) {
            return List.of();
        }

        @Override
        public void declare(ListMovements list) {
        }

        @Override
        public void approve(long listId, String listNo) {
        }

        @Override
        public void release(long listId) {
        }

        @Override
        public void withdraw(long listId) {
        }
    }

    @Test
    void theOwnerIsTheBookOfTheNumbersKind() {
        LedgerRegistryImpl registry = new LedgerRegistryImpl();
        OneLedger processing = new OneLedger("E90000000001");
        OneLedger logistics = new OneLedger("T9000W000001");
        registry.add(processing, Map.of(MovementBook.KINDS, "E"));
        registry.add(logistics, Map.of(MovementBook.KINDS, new String[] {"T", "L"}));

        assertSame(processing, registry.book("E90000000001").orElseThrow());
        assertSame(logistics, registry.book("T9000W000001").orElseThrow());
        assertSame(logistics, registry.book(" l90000000001").orElseThrow(), "kinds are letters, in any case");
        assertTrue(registry.book("H90000000001").isEmpty(), "no book keeps H");
        assertTrue(registry.book("").isEmpty());
        assertTrue(registry.book(null).isEmpty());
        assertEquals("T9000W000001", registry.ledger("T9000W000001").orElseThrow().emsNo());
        assertTrue(registry.ledger("E90000000002").isEmpty(), "the owner is asked, and it has no such ledger");

        registry.remove(logistics);
        assertTrue(registry.book("T9000W000001").isEmpty(), "a removed book owns nothing any more");
        assertSame(processing, registry.book("E90000000001").orElseThrow());
    }
}
