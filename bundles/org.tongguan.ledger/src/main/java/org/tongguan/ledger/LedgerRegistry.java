package org.tongguan.ledger;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Which book keeps a ledger: the {@link MovementBook} registered for the kind of its number (its first letter). A
 * book installed or removed at run time is found or forgotten at once.
 */
@ProviderType
public interface LedgerRegistry {
    /** The book that keeps ledgers of that number's kind; empty for a blank number or a kind no installed book keeps. */
    Optional<MovementBook> book(String emsNo);

    /** The approved ledger of that number, from the book of its kind. */
    default Optional<Ledger> ledger(String emsNo) {
        return book(emsNo).flatMap(b -> b.ledger(emsNo));
    }
}
