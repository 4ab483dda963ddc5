package org.tongguan.core.declaration;

/** What a document field holds, which decides how it is checked, shown and entered. */
public enum FieldKind {
    /** Free text up to the field's length. */
    TEXT,
    /** A code of a customs code table or of the field's own options; stored as the code. */
    CODE,
    /** A decimal number with at most the field's scale of decimals, not negative. */
    DECIMAL,
    /** A whole number, not negative. */
    INTEGER,
    /** A date, stored as yyyyMMdd as the customs messages carry it. */
    DATE,
    /** The 10-character 海关编码 of an enterprise; entering it fills its 社会信用代码 and name. */
    ENTERPRISE,
    /** An 18-character 统一社会信用代码, checked by GB 32100. */
    CREDIT_CODE,
    /** A 10-digit HS 商品编码; choosing it fills the commodity name and legal unit where known. */
    HS_CODE
}
