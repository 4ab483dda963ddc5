package org.tongguan.core.declaration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One 表体 tab of a document type (料件, 成品, 单损耗 …): its columns and rules.
 *
 * @param key the tab's key, unique in the document type; also the element name of its list in the message
 * @param labelKey the tab title's key in the document type's texts
 * @param itemElement the element name of one row in the message, e.g. {@code Item}
 * @param columns the fields of a row, in display order
 * @param seqKey the column numbered by the system (序号) when left blank: the next free number; null for none
 * @param uniqueKeys columns whose values must be unique within the tab (序号, 料号)
 */
public record ItemTab(String key, String labelKey, String itemElement, List<FieldSpec> columns, String seqKey,
        List<String> uniqueKeys) {
    public ItemTab {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(itemElement, "itemElement");
        columns = List.copyOf(columns);
        uniqueKeys = List.copyOf(uniqueKeys);
    }

    public Optional<FieldSpec> column(String columnKey) {
        return columns.stream().filter(c -> c.key().equals(columnKey)).findFirst();
    }

    /** The columns a clerk enters (not read-only, not computed), in order: the import template's columns. */
    public List<FieldSpec> enteredColumns() {
        return columns.stream().filter(c -> !c.readOnly()).toList();
    }
}
