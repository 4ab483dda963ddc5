package org.tongguan.core.declaration;

import java.time.Instant;

/**
 * What happened to a document, as a {@link DocumentListener} is told of it after the commit.
 *
 * @param from the state before the event
 * @param to the state after it (the same for events that move nothing, e.g. 申请回执补发, a release receipt)
 * @param by who caused it: a user's name, or {@code customs} / {@code e-port} for receipts and the e-port side
 * @param receipt the customs receipt that caused the event, as kept (预录入统一编号, 备注, 检查信息), or null for a
 *        clerk's step and for what the e-port side did without a receipt (a message in its FailBox)
 */
public record DocumentChange(long documentId, String typeId, String enterpriseCode, String etpsPreentNo,
        DocumentEvent event, DocumentState from, DocumentState to, String by, Instant at, Receipt receipt) {

    /** A change no receipt caused. */
    public DocumentChange(long documentId, String typeId, String enterpriseCode, String etpsPreentNo,
            DocumentEvent event, DocumentState from, DocumentState to, String by, Instant at) {
        this(documentId, typeId, enterpriseCode, etpsPreentNo, event, from, to, by, at, null);
    }
}
