package org.tongguan.core.declaration;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The criteria of a 数据查询: the enterprise (选择可查询企业, mandatory) and optional narrowing.
 *
 * @param enterpriseCode the 海关编码 of an enterprise the user may see; required
 * @param state only documents in this state, or null for all
 * @param number matches the 企业内部编号, 预录入统一编号 or 业务编号 (part of it), or blank
 * @param from updated on or after this day, or null
 * @param to updated on or before this day, or null
 */
public record DocumentQuery(String typeId, String enterpriseCode, DocumentState state, String number, LocalDate from,
        LocalDate to, int offset, int limit) {
    public DocumentQuery {
        Objects.requireNonNull(typeId, "typeId");
        if (limit <= 0 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1 to 1000: " + limit);
        }
    }
}
