package org.tongguan.core.internal.declaration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.tongguan.core.Messages;
import org.tongguan.core.Validator;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.code.HsCode;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.enterprise.CreditCodes;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.enterprise.EnterpriseRules;

/**
 * Checks and normalizes the values of a header or an item row against its fields: trims, upper-cases codes, writes
 * decimals plainly and dates as yyyyMMdd, fills what a 海关编码 or an HS code implies and computes products. Errors
 * name the field by its label in the area's texts; the field key of an error is {@code prefix + key}.
 */
final class FieldRules {
    static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern HS = Pattern.compile("[0-9]{10}");
    // compiled once: these run for every cell of a 50,000-row import
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]*\\.?[0-9]+|[+-]?[0-9]+\\.");
    private static final Pattern DATE = Pattern.compile("[0-9]{8}|[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final int MAX_DIGITS = 19;

    private final CodeTables codes;
    private final Function<String, Optional<Enterprise>> enterprises;

    FieldRules(CodeTables codes, Function<String, Optional<Enterprise>> enterprises) {
        this.codes = codes;
        this.enterprises = enterprises;
    }

    /**
     * The normalized values of {@code fields} from {@code input}; read-only fields keep {@code system}'s value (what
     * the service filled), every other key of the input is dropped. Errors go to {@code v}.
     */
    Map<String, String> normalize(List<FieldSpec> fields, Map<String, String> input, Map<String, String> system,
            Messages labels, String prefix, Validator v) {
        Map<String, String> out = new LinkedHashMap<>();
        // a header often names one enterprise as 经营, 收货 and 申报 enterprise: looked up once
        Map<String, Optional<Enterprise>> enterprisesSeen = new HashMap<>(4);
        for (FieldSpec f : fields) {
            String raw = f.readOnly() ? system.get(f.key()) : input.get(f.key());
            String value = raw == null ? "" : raw.strip();
            if (!value.isEmpty()) {
                out.put(f.key(), value);
            }
        }
        for (FieldSpec f : fields) {
            if (f.readOnly()) {
                continue; // the system's value, or computed below
            }
            Object label = new Messages.Text(labels, f.labelKey());
            String field = prefix + f.key();
            String value = out.getOrDefault(f.key(), "");
            if (value.isEmpty()) {
                if (f.required()) {
                    v.error(field, "field.required", label);
                }
                continue;
            }
            Optional<String> normalized = check(f, value, label, field, v, out, enterprisesSeen);
            normalized.ifPresentOrElse(n -> out.put(f.key(), n), () -> out.remove(f.key()));
        }
        compute(fields, out);
        // an HS code fills the customs fields by name; a list without one of them keeps nothing of it
        out.keySet().removeIf(k -> fields.stream().noneMatch(f -> f.key().equals(k)));
        return out;
    }

    /** The computed fields of the row (申报总价 = 单价 × 数量), from its values as they are now. */
    static void compute(List<FieldSpec> fields, Map<String, String> out) {
        for (FieldSpec f : fields) {
            if (f.computed()) {
                BigDecimal a = decimal(out.get(f.productOf().get(0)));
                BigDecimal b = decimal(out.get(f.productOf().get(1)));
                if (a != null && b != null) {
                    out.put(f.key(), a.multiply(b).setScale(f.scale(), RoundingMode.HALF_UP).toPlainString());
                } else {
                    out.remove(f.key());
                }
            }
        }
    }

    /** The value as stored, or empty when it is wrong (then an error was added); may fill other keys of out. */
    private Optional<String> check(FieldSpec f, String value, Object label, String field, Validator v,
            Map<String, String> out, Map<String, Optional<Enterprise>> enterprisesSeen) {
        switch (f.kind()) {
            case TEXT -> {
                if (value.length() > f.maxLength()) {
                    v.error(field, "field.tooLong", label, f.maxLength());
                    return Optional.empty();
                }
                return Optional.of(value);
            }
            case DECIMAL -> {
                BigDecimal d = decimal(value);
                int integerDigits = MAX_DIGITS - f.scale();
                if (d == null || d.signum() < 0 || d.stripTrailingZeros().scale() > f.scale()
                        || d.precision() - d.scale() > integerDigits) {
                    v.error(field, "field.decimal", label, integerDigits, f.scale());
                    return Optional.empty();
                }
                BigDecimal plain = d.stripTrailingZeros();
                return Optional.of((plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString());
            }
            case INTEGER -> {
                if (value.length() > f.maxLength() || !DIGITS.matcher(value).matches()) {
                    v.error(field, "field.integer", label, f.maxLength());
                    return Optional.empty();
                }
                return Optional.of(new BigDecimal(value).toPlainString());
            }
            case DATE -> {
                Optional<LocalDate> d = date(value);
                if (d.isEmpty()) {
                    v.error(field, "field.date", label);
                    return Optional.empty();
                }
                return Optional.of(BASIC.format(d.get()));
            }
            case ENTERPRISE -> {
                String code = value.toUpperCase(Locale.ROOT);
                if (!EnterpriseRules.CUSTOMS_CODE.matcher(code).matches()) {
                    v.error(field, "field.enterpriseCode", label);
                    return Optional.empty();
                }
                enterprisesSeen.computeIfAbsent(code, enterprises).ifPresent(e -> {
                    fill(out, f.fill(0), e.getCreditCode());
                    fill(out, f.fill(1), e.getName());
                });
                return Optional.of(code);
            }
            case CREDIT_CODE -> {
                String code = value.toUpperCase(Locale.ROOT);
                if (!CreditCodes.isValid(code)) {
                    v.error(field, "field.creditCode", label);
                    return Optional.empty();
                }
                return Optional.of(code);
            }
            case HS_CODE -> {
                if (!HS.matcher(value).matches()) {
                    v.error(field, "field.hsCode.format", label);
                    return Optional.empty();
                }
                Optional<HsCode> hs = codes.findHs(value);
                if (hs.isEmpty()) {
                    v.error(field, "field.hsCode.unknown", label, value);
                    return Optional.empty();
                }
                fillIfBlank(out, f.fill(FieldSpec.FILL_NAME), hs.get().nameZh());
                fillIfBlank(out, f.fill(FieldSpec.FILL_UNIT1), hs.get().legalUnit1());
                fillIfBlank(out, f.fill(FieldSpec.FILL_UNIT2), hs.get().legalUnit2());
                return Optional.of(value);
            }
            case CODE -> {
                String code = value.toUpperCase(Locale.ROOT);
                boolean known = f.codeTable() != null ? codes.table(f.codeTable()).find(code).isPresent()
                        : f.options().containsKey(code);
                if (!known) {
                    v.error(field, "field.code.unknown", label, value);
                    return Optional.empty();
                }
                return Optional.of(code);
            }
            default -> throw new IllegalStateException("unknown field kind " + f.kind());
        }
    }

    private static void fill(Map<String, String> out, String key, String value) {
        if (key != null && value != null && !value.isBlank()) {
            out.put(key, value);
        }
    }

    private static void fillIfBlank(Map<String, String> out, String key, String value) {
        if (key != null && !out.containsKey(key)) {
            fill(out, key, value);
        }
    }

    static BigDecimal decimal(String value) {
        if (value == null || value.isEmpty() || !DECIMAL.matcher(value).matches()) {
            return null;
        }
        return new BigDecimal(value);
    }

    static Optional<LocalDate> date(String value) {
        if (!DATE.matcher(value).matches()) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {BASIC, ISO}) {
            try {
                return Optional.of(LocalDate.parse(value, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
