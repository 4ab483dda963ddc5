package org.tongguan.core.code;

import java.util.List;
import java.util.Objects;

/**
 * A 10-digit Chinese HS commodity code (商品编码) of the table in use, with what the table says of it.
 *
 * @param code the 10 digits
 * @param nameZh the customs 商品名称 of the line, or null when the table has none
 * @param legalUnit1 第一法定计量单位, a code of the unit table, or null
 * @param legalUnit2 第二法定计量单位, a code of the unit table, or null when the line has none
 * @param supervision 监管条件 letters as given (e.g. {@code AFEB}), or null
 * @param elements the 申报要素 of the line, in their order (see {@link DeclarationElements})
 */
public record HsCode(String code, String nameZh, String legalUnit1, String legalUnit2, String supervision,
        DeclarationElements elements) {
    public HsCode {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("an HS code has 10 digits: " + code);
        }
        elements = elements == null ? DeclarationElements.NONE : elements;
    }

    /** A line without 监管条件 and 申报要素. */
    public HsCode(String code, String nameZh, String legalUnit1, String legalUnit2) {
        this(code, nameZh, legalUnit1, legalUnit2, null, DeclarationElements.NONE);
    }

    /** The legal units as codes, the second only when there is one. */
    public List<String> legalUnits() {
        return legalUnit1 == null ? List.of() : legalUnit2 == null ? List.of(legalUnit1) : List.of(legalUnit1, legalUnit2);
    }
}
