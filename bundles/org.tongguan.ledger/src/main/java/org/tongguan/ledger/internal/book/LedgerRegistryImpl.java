package org.tongguan.ledger.internal.book;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongguan.ledger.LedgerRegistry;
import org.tongguan.ledger.MovementBook;

/**
 * The whiteboard of {@link MovementBook}s: each names the kinds of ledger number it keeps ({@value MovementBook#KINDS});
 * a number belongs to the book of its first letter (the first registered one, should two claim a kind).
 */
@Component(service = LedgerRegistry.class)
public class LedgerRegistryImpl implements LedgerRegistry {
    private record Entry(MovementBook book, List<String> kinds) {
    }

    private final List<Entry> books = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void add(MovementBook book, Map<String, Object> properties) {
        books.add(new Entry(book, kinds(properties.get(MovementBook.KINDS))));
    }

    public void remove(MovementBook book) {
        books.removeIf(e -> e.book() == book);
    }

    @Override
    public Optional<MovementBook> book(String emsNo) {
        if (emsNo == null || emsNo.isBlank()) {
            return Optional.empty();
        }
        String kind = emsNo.strip().substring(0, 1).toUpperCase(java.util.Locale.ROOT);
        return books.stream().filter(e -> e.kinds().contains(kind)).map(Entry::book).findFirst();
    }

    private static List<String> kinds(Object property) {
        if (property instanceof String[] many) {
            return List.of(many);
        }
        if (property instanceof java.util.Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return property == null ? List.of() : List.of(String.valueOf(property));
    }
}
