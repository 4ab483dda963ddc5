package org.tongguan.core.declaration;

import java.time.Instant;
import java.util.Map;

/**
 * One row of a query result; {@code version} is what a change of the document from this row must name.
 *
 * @param keys the document's values of its type's query keys ({@link DocumentType#queryKeys()}) that it has: the
 *        query page shows them as columns (e.g. a 核放单's 过卡状态)
 */
public record DocumentSummary(long id, String typeId, String enterpriseCode, String etpsPreentNo, String seqNo,
        String businessNo, DocumentState state, int changeCount, Instant updatedAt, boolean hasReceipt, long version,
        Map<String, String> keys) {
    public DocumentSummary {
        keys = Map.copyOf(keys);
    }

    /** A row without query key values. */
    public DocumentSummary(long id, String typeId, String enterpriseCode, String etpsPreentNo, String seqNo,
            String businessNo, DocumentState state, int changeCount, Instant updatedAt, boolean hasReceipt,
            long version) {
        this(id, typeId, enterpriseCode, etpsPreentNo, seqNo, businessNo, state, changeCount, updatedAt, hasReceipt,
                version, Map.of());
    }

    /** The document's value of a query key, "" without one. */
    public String key(String key) {
        return keys.getOrDefault(key, "");
    }
}
