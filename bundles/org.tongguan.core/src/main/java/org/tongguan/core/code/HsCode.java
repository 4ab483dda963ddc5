package org.tongguan.core.code;

import java.util.Objects;

/**
 * A 10-digit Chinese HS commodity code (商品编码). The shipped list has codes only, so {@code nameZh} and the legal
 * units are null until a source for them is added; they are never made up.
 */
public record HsCode(String code, String nameZh, String legalUnit1, String legalUnit2) {
    public HsCode {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("an HS code has 10 digits: " + code);
        }
    }
}
