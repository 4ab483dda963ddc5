package org.tongguan.core.declaration;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every event of every document once it is committed, never of one rolled back: a whiteboard service, so an
 * area (消息中心, 核放单, 催核 …) reacts to 申报, receipts and 变更 without the core knowing it. Called on the thread
 * that committed, after the commit, all the changes of one transaction together (a batch of receipts applied in one
 * transaction is one call of {@link #changedAll}); a listener that throws is logged and the others are still told.
 * Work that must happen together with the event belongs in {@link DocumentType#after} instead.
 */
@ConsumerType
public interface DocumentListener {
    void changed(DocumentChange change);

    /**
     * The changes one transaction committed, in the order they happened. By default each in turn; a listener that
     * writes for each (e.g. a notice) does better to write them together.
     */
    default void changedAll(List<DocumentChange> changes) {
        changes.forEach(this::changed);
    }
}
