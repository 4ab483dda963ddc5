package org.tongguan.ledger.book;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.tongguan.ledger.Mark;

/**
 * A book's three entities and how its ledgers come from their documents.
 *
 * @param tabs the item tabs of the ledger's document and the mark their rows get, e.g. {@code mtpck → I, endprd → E}
 */
public record BookTables<L extends BookLedger, I extends BookItem, M extends BookMove>(Class<L> ledger,
        Supplier<L> newLedger, Class<I> item, Supplier<I> newItem, Class<M> move, Supplier<M> newMove,
        Map<String, Mark> tabs) {
    public BookTables {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(move, "move");
        tabs = Map.copyOf(tabs);
    }

    /** The JPQL names of the entities (their simple class names, as JPA names them). */
    String ledgerName() {
        return ledger.getSimpleName();
    }

    String itemName() {
        return item.getSimpleName();
    }

    String moveName() {
        return move.getSimpleName();
    }
}
