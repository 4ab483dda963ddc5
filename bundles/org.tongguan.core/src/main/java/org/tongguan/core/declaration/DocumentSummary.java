package org.tongguan.core.declaration;

import java.time.Instant;

/** One row of a query result; {@code version} is what a change of the document from this row must name. */
public record DocumentSummary(long id, String typeId, String enterpriseCode, String etpsPreentNo, String seqNo,
        String businessNo, DocumentState state, int changeCount, Instant updatedAt, boolean hasReceipt, long version) {
}
