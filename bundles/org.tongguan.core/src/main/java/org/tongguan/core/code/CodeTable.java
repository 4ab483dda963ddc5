package org.tongguan.core.code;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/** An immutable customs code table: entries in file order, codes unique, lookup by code in constant time. */
public record CodeTable(CodeTableId id, List<CodeEntry> entries) {
    public CodeTable {
        Objects.requireNonNull(id, "id");
        entries = new IndexedEntries(entries);
    }

    /** The entry with exactly this code. */
    public Optional<CodeEntry> find(String code) {
        return Optional.ofNullable(((IndexedEntries) entries).byCode.get(code));
    }

    /** "code 名称" when the code is in the table, else the code itself (empty text for null). */
    public String label(String code) {
        if (code == null) {
            return "";
        }
        return find(code).map(CodeEntry::label).orElse(code);
    }

    /** "code name" in {@code locale} ({@link CodeEntry#label(Locale)}) when the code is in the table, else the code. */
    public String label(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return find(code).map(e -> e.label(locale)).orElse(code);
    }

    /**
     * Up to {@code limit} entries, in file order, whose code or ISO code starts with {@code text} (ignoring case) or
     * whose Chinese or English name contains it. Blank text matches every entry.
     */
    public List<CodeEntry> search(String text, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        String needle = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return entries.stream().filter(e -> matches(e, needle)).limit(limit).toList();
    }

    private static boolean matches(CodeEntry e, String needle) {
        return e.code().toUpperCase(Locale.ROOT).startsWith(needle)
                || e.isoCode() != null && e.isoCode().toUpperCase(Locale.ROOT).startsWith(needle)
                || e.nameZh().toUpperCase(Locale.ROOT).contains(needle)
                || e.nameEn() != null && e.nameEn().toUpperCase(Locale.ROOT).contains(needle);
    }

    /** An unmodifiable list that also indexes its entries by code; it rejects duplicate codes. */
    private static final class IndexedEntries extends AbstractList<CodeEntry> implements RandomAccess {
        private final CodeEntry[] items;
        private final Map<String, CodeEntry> byCode;

        IndexedEntries(List<CodeEntry> entries) {
            items = entries.toArray(CodeEntry[]::new);
            byCode = new HashMap<>(items.length * 2);
            for (CodeEntry e : items) {
                Objects.requireNonNull(e, "entry");
                if (byCode.putIfAbsent(e.code(), e) != null) {
                    throw new IllegalArgumentException("duplicate code " + e.code());
                }
            }
        }

        @Override
        public CodeEntry get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }
    }
}
