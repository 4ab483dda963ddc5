package org.tongguan.core.declaration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The criteria of a 数据查询: the enterprise (选择可查询企业, mandatory) and optional narrowing.
 *
 * @param enterpriseCode the 海关编码 of an enterprise the user may see; required
 * @param state only documents in this state, or null for all
 * @param number matches the 企业内部编号, 预录入统一编号 or 业务编号 (part of it), or blank
 * @param from updated on or after this day, or null
 * @param to updated on or before this day, or null
 * @param header header values the documents must have: key → the value, or → a beginning of it when it ends with
 *        {@code *} (e.g. {@code impexpMarkcd → I}, {@code putrecNo → T*} for the lists of 物流账册); blank values are
 *        ignored
 */
public record DocumentQuery(String typeId, String enterpriseCode, DocumentState state, String number, LocalDate from,
        LocalDate to, int offset, int limit, Map<String, String> header) {
    public DocumentQuery {
        Objects.requireNonNull(typeId, "typeId");
        if (limit <= 0 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1 to 1000: " + limit);
        }
        Map<String, String> h = new LinkedHashMap<>();
        if (header != null) {
            header.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank() && !v.strip().equals("*")) {
                    h.put(k, v.strip());
                }
            });
        }
        header = java.util.Collections.unmodifiableMap(h);
    }

    public DocumentQuery(String typeId, String enterpriseCode, DocumentState state, String number, LocalDate from,
            LocalDate to, int offset, int limit) {
        this(typeId, enterpriseCode, state, number, from, to, offset, limit, Map.of());
    }
}
