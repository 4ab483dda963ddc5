package org.tongguan.core.declaration;

import java.util.Objects;
import java.util.Set;

/**
 * A step of a document type beyond the lifecycle (e.g. 核销结果确认 of an approved 报核): a button of the document
 * editor, run by {@link DocumentService#perform} in one transaction through {@link DocumentType#perform}.
 *
 * @param key the action's key, unique in the type
 * @param labelKey the button's label in the type's texts
 * @param states the data states in which it can be done
 */
public record DocumentAction(String key, String labelKey, Set<DocumentState> states) {
    public DocumentAction {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
        states = Set.copyOf(states);
    }
}
