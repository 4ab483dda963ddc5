package org.tongguan.core.internal.code;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongguan.core.code.HsCode;

/**
 * An immutable, sorted index of one edition of the HS table: exact lookup and prefix search by binary search, and a
 * search by words of the name through an index of the names' character pairs (bigrams): a word of two characters or
 * more is looked for only in the names holding its rarest pair, a single character in every name.
 */
public final class HsCodeIndex {
    /** Shortest prefix {@link #search} accepts: a 4-digit heading (品目). */
    public static final int MIN_PREFIX = 4;

    private final String[] codes;
    private final HsCode[] entries;
    private final String edition;
    /** Character pair (high char << 16 | low char) → ascending positions in {@code entries} of the names holding it. */
    private final Map<Integer, int[]> pairs;

    /** An index of no named edition. */
    public HsCodeIndex(Collection<HsCode> hsCodes) {
        this(hsCodes, null);
    }

    /**
     * @param edition the table's edition as its file names it (e.g. {@code 2020}), or null
     * @throws IllegalArgumentException when two entries have the same code
     */
    public HsCodeIndex(Collection<HsCode> hsCodes, String edition) {
        this.edition = edition;
        entries = hsCodes.toArray(HsCode[]::new);
        Arrays.sort(entries, Comparator.comparing(HsCode::code));
        codes = new String[entries.length];
        for (int i = 0; i < entries.length; i++) {
            codes[i] = entries[i].code();
            if (i > 0 && codes[i].equals(codes[i - 1])) {
                throw new IllegalArgumentException("duplicate HS code " + codes[i]);
            }
        }
        pairs = pairIndex(entries);
    }

    private static Map<Integer, int[]> pairIndex(HsCode[] entries) {
        Map<Integer, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < entries.length; i++) {
            String name = entries[i].nameZh();
            if (name == null) {
                continue;
            }
            for (int c = 0; c + 1 < name.length(); c++) {
                List<Integer> list = lists.computeIfAbsent(pair(name, c), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
            }
        }
        Map<Integer, int[]> index = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> index.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return index;
    }

    private static int pair(String s, int at) {
        return s.charAt(at) << 16 | s.charAt(at + 1);
    }

    /** The entry with exactly this 10-digit code. */
    public Optional<HsCode> find(String code10) {
        if (code10 == null) {
            return Optional.empty();
        }
        int i = Arrays.binarySearch(codes, code10);
        return i >= 0 ? Optional.of(entries[i]) : Optional.empty();
    }

    /**
     * Up to {@code limit} codes starting with {@code prefix}, in ascending order. The prefix must be at least
     * {@value #MIN_PREFIX} digits and digits only; otherwise the result is empty.
     */
    public List<HsCode> search(String prefix, int limit) {
        if (limit <= 0 || !isDigitPrefix(prefix)) {
            return List.of();
        }
        int i = Arrays.binarySearch(codes, prefix);
        if (i < 0) {
            i = -i - 1;
        }
        List<HsCode> found = new ArrayList<>(Math.min(limit, 64));
        while (i < codes.length && found.size() < limit && codes[i].startsWith(prefix)) {
            found.add(entries[i++]);
        }
        return List.copyOf(found);
    }

    /**
     * Up to {@code limit} codes, ascending, whose name holds every word of {@code words} (split at white space,
     * e.g. {@code 集成电路} or {@code 处理器 集成电路}); empty for blank words.
     */
    public List<HsCode> searchNames(String words, int limit) {
        String[] needles = words == null ? new String[0] : words.strip().split("\\s+");
        if (limit <= 0 || needles.length == 0 || needles[0].isEmpty()) {
            return List.of();
        }
        int[] candidates = candidates(needles);
        List<HsCode> found = new ArrayList<>(Math.min(limit, 64));
        int n = candidates == null ? entries.length : candidates.length;
        for (int k = 0; k < n && found.size() < limit; k++) {
            HsCode h = entries[candidates == null ? k : candidates[k]];
            if (h.nameZh() != null && containsAll(h.nameZh(), needles)) {
                found.add(h);
            }
        }
        return List.copyOf(found);
    }

    /** The positions of the names holding the rarest pair of any word, ascending; null to look at every name. */
    private int[] candidates(String[] needles) {
        int[] best = null;
        for (String word : needles) {
            for (int c = 0; c + 1 < word.length(); c++) {
                int[] list = pairs.getOrDefault(pair(word, c), new int[0]);
                if (best == null || list.length < best.length) {
                    best = list;
                }
            }
        }
        return best;
    }

    private static boolean containsAll(String name, String[] needles) {
        for (String n : needles) {
            if (!name.contains(n)) {
                return false;
            }
        }
        return true;
    }

    /** Every entry, ascending. */
    public List<HsCode> all() {
        return List.of(entries);
    }

    /** The edition of the table, or null. */
    public String edition() {
        return edition;
    }

    /** Number of codes in the index. */
    public int size() {
        return codes.length;
    }

    private static boolean isDigitPrefix(String prefix) {
        if (prefix == null || prefix.length() < MIN_PREFIX) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
