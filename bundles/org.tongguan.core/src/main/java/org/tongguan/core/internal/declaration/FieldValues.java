package org.tongguan.core.internal.declaration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stored form of a document's header or row values: one {@code key=value} line per non-blank value, with
 * {@code \\}, {@code \n}, {@code \r} and {@code =} in keys escaped. Plain text, so the database shows what is stored and
 * any database stores it.
 */
final class FieldValues {
    private FieldValues() {
    }

    static String encode(Map<String, String> values) {
        return encode(values, false);
    }

    /** With {@code keepEmpty}, empty and blank values are stored too (lists whose entries may have no text). */
    static String encode(Map<String, String> values, boolean keepEmpty) {
        StringBuilder b = new StringBuilder(values.size() * 24);
        values.forEach((k, v) -> {
            if (v != null && (keepEmpty || !v.isBlank())) {
                escape(b, k, true);
                b.append('=');
                escape(b, v, false);
                b.append('\n');
            }
        });
        return b.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        StringBuilder key = new StringBuilder();
        StringBuilder value = new StringBuilder();
        StringBuilder current = key;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                current.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else if (c == '=' && current == key) {
                current = value;
            } else if (c == '\n') {
                values.put(key.toString(), value.toString());
                key.setLength(0);
                value.setLength(0);
                current = key;
            } else {
                current.append(c);
            }
        }
        if (!key.isEmpty()) {
            values.put(key.toString(), value.toString());
        }
        return values;
    }

    private static void escape(StringBuilder b, String s, boolean isKey) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '=' -> b.append(isKey ? "\\=" : "=");
                default -> b.append(c);
            }
        }
    }
}
