package org.tongguan.core.declaration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tongguan.core.code.CodeTableId;

/**
 * One field of a document header or item row: its key (the element name of the customs message, e.g.
 * {@code bizopEtpsno}), its label (a key of the area's texts), its kind and its rules. Immutable; made with the
 * factories and refined with the {@code with…} methods:
 *
 * <pre>{@code
 * FieldSpec.enterprise("bizopEtpsno", "qyzz.bizopEtpsno").asRequired().fills("bizopEtpsSccd", "bizopEtpsNm")
 * FieldSpec.decimal("dclQty", "item.dclQty", 5).asRequired()
 * FieldSpec.decimal("dclTotalAmt", "item.dclTotalAmt", 2).product("dclUprcAmt", "dclQty")
 * }</pre>
 *
 * @param key the element name and storage key, unique in its header or tab
 * @param labelKey the label's key in the document type's texts
 * @param kind what it holds
 * @param maxLength the longest value, in characters
 * @param scale the decimals a {@link FieldKind#DECIMAL} may have
 * @param required shown with the red star; refused when blank at 暂存
 * @param readOnly filled by the system (grey): the clerk's value is ignored
 * @param codeTable for {@link FieldKind#CODE}: the customs table its codes come from, or null when {@code options}
 *        lists them
 * @param options for {@link FieldKind#CODE} without a table: code → label key, in display order
 * @param fills for {@link FieldKind#ENTERPRISE}: the keys filled with the 社会信用代码 and the name; for
 *        {@link FieldKind#HS_CODE}: the keys filled with the commodity name and the legal unit (either may be null)
 * @param productOf for a computed field: the two fields whose product it is (申报总价 = 单价 × 数量), else empty
 * @param defaultValue the value of a new document or row, or null
 */
public record FieldSpec(String key, String labelKey, FieldKind kind, int maxLength, int scale, boolean required,
        boolean readOnly, CodeTableId codeTable, Map<String, String> options, List<String> fills,
        List<String> productOf, String defaultValue) {

    public FieldSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(kind, "kind");
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        fills = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(fills));
        productOf = List.copyOf(productOf);
        if (!productOf.isEmpty() && productOf.size() != 2) {
            throw new IllegalArgumentException("a product has two factors: " + key);
        }
    }

    private static FieldSpec of(String key, String labelKey, FieldKind kind, int maxLength, int scale) {
        return new FieldSpec(key, labelKey, kind, maxLength, scale, false, false, null, Map.of(), List.of(), List.of(),
                null);
    }

    public static FieldSpec text(String key, String labelKey, int maxLength) {
        return of(key, labelKey, FieldKind.TEXT, maxLength, 0);
    }

    /** A code of a customs code table (币制, 计量单位, 国别 …). */
    public static FieldSpec code(String key, String labelKey, CodeTableId table) {
        return new FieldSpec(key, labelKey, FieldKind.CODE, 10, 0, false, false, table, Map.of(), List.of(), List.of(),
                null);
    }

    /** A code of the field's own list, e.g. 申报类型 1 备案申请: code → label key, in display order. */
    public static FieldSpec options(String key, String labelKey, Map<String, String> options) {
        int max = options.keySet().stream().mapToInt(String::length).max().orElse(1);
        return new FieldSpec(key, labelKey, FieldKind.CODE, max, 0, false, false, null, options, List.of(), List.of(),
                null);
    }

    /** Options whose labels are {@code keyPrefix + code} in the type's texts, in the order given. */
    public static Map<String, String> optionKeys(String keyPrefix, String... codes) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : codes) {
            m.put(c, keyPrefix + c);
        }
        return m;
    }

    /** A decimal of at most 19 digits with {@code scale} decimals. */
    public static FieldSpec decimal(String key, String labelKey, int scale) {
        return of(key, labelKey, FieldKind.DECIMAL, 20, scale);
    }

    public static FieldSpec integer(String key, String labelKey, int maxDigits) {
        return of(key, labelKey, FieldKind.INTEGER, maxDigits, 0);
    }

    public static FieldSpec date(String key, String labelKey) {
        return of(key, labelKey, FieldKind.DATE, 8, 0);
    }

    public static FieldSpec enterprise(String key, String labelKey) {
        return of(key, labelKey, FieldKind.ENTERPRISE, 10, 0);
    }

    public static FieldSpec creditCode(String key, String labelKey) {
        return of(key, labelKey, FieldKind.CREDIT_CODE, 18, 0);
    }

    public static FieldSpec hsCode(String key, String labelKey) {
        return of(key, labelKey, FieldKind.HS_CODE, 10, 0);
    }

    /** The same element under the label a document type gives it (a key of the type's texts). */
    public FieldSpec label(String labelKey) {
        return new FieldSpec(key, labelKey, kind, maxLength, scale, required, readOnly, codeTable, options, fills,
                productOf, defaultValue);
    }

    public FieldSpec asRequired() {
        return new FieldSpec(key, labelKey, kind, maxLength, scale, true, readOnly, codeTable, options, fills,
                productOf, defaultValue);
    }

    /** Filled by the system: shown grey, never taken from the clerk. */
    public FieldSpec asReadOnly() {
        return new FieldSpec(key, labelKey, kind, maxLength, scale, required, true, codeTable, options, fills,
                productOf, defaultValue);
    }

    /** The keys this field fills (see {@link #fills()}); a null key fills nothing. */
    public FieldSpec fills(String first, String second) {
        return new FieldSpec(key, labelKey, kind, maxLength, scale, required, readOnly, codeTable, options,
                java.util.Arrays.asList(first, second), productOf, defaultValue);
    }

    /** Computed as {@code a × b} rounded HALF_UP to this field's scale; read-only. */
    public FieldSpec product(String a, String b) {
        return new FieldSpec(key, labelKey, kind, maxLength, scale, required, true, codeTable, options, fills,
                List.of(a, b), defaultValue);
    }

    public FieldSpec defaultValue(String value) {
        return new FieldSpec(key, labelKey, kind, maxLength, scale, required, readOnly, codeTable, options, fills,
                productOf, value);
    }

    public FieldSpec maxLength(int max) {
        return new FieldSpec(key, labelKey, kind, max, scale, required, readOnly, codeTable, options, fills, productOf,
                defaultValue);
    }

    /** Whether the system computes the value from other fields. */
    public boolean computed() {
        return !productOf.isEmpty();
    }

    /** The key this field fills in position {@code i} of {@link #fills()}, or null. */
    public String fill(int i) {
        return i < fills.size() ? fills.get(i) : null;
    }
}
