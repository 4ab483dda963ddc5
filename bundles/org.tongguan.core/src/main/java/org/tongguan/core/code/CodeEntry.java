package org.tongguan.core.code;

import java.util.Locale;
import java.util.Objects;

/**
 * One row of a customs code table. {@code code} is the code used in customs messages (for countries and currencies
 * the old 3-digit customs code, e.g. 142 中国, 502 美元); {@code isoCode} is the ISO alpha-3 code where the table has
 * one. {@code nameEn} and {@code isoCode} may be null.
 */
public record CodeEntry(String code, String nameZh, String nameEn, String isoCode) {
    public CodeEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        if (code.isBlank()) {
            throw new IllegalArgumentException("blank code");
        }
    }

    /** "code 名称", e.g. "0110 一般贸易". */
    public String label() {
        return code + " " + nameZh;
    }

    /**
     * "code name" in {@code locale}: "116 Japan" in English where the table has an English name, else "116 日本". One
     * way for dropdowns, grids, prints and exports.
     */
    public String label(Locale locale) {
        boolean english = "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank();
        return english ? code + " " + nameEn : label();
    }
}
