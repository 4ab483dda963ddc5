package org.tongguan.core.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One 表体 tab of a document type (料件, 成品, 单损耗 …): its columns and rules.
 *
 * @param key the tab's key, unique in the document type
 * @param labelKey the tab title's key in the document type's texts
 * @param rowElement the element of one row in the type's message, a row of its
 *        {@link org.tongguan.core.customs.wire.ImportLayout}, e.g. {@code InvtListType}
 * @param columns the fields of a row, in display order
 * @param seqKey the column numbered by the system (序号) when left blank: the next free number; null for none
 * @param uniqueKeys columns whose values must be unique within the tab (序号, 料号); an entry {@code a+b+c} is a
 *        combination of columns that must be unique together (成品序号 + 料件序号 + 单耗版本号)
 * @param markKey the 修改标志 column the service keeps ({@link #MARK_UNCHANGED} …) when rows change after approval,
 *        or null for a tab without one (see {@link #withMarks})
 * @param derived whether the system makes the rows ({@link DocumentType#deriveItems}): the clerk cannot add, copy,
 *        import or delete them, only change the columns that are not read-only
 */
public record ItemTab(String key, String labelKey, String rowElement, List<FieldSpec> columns, String seqKey,
        List<String> uniqueKeys, String markKey, boolean derived, Map<String, String> rowFields) {
    /** 修改标志 0 未修改: the row as approved. */
    public static final String MARK_UNCHANGED = "0";
    /** 修改标志 1 修改: changed in this 变更. */
    public static final String MARK_CHANGED = "1";
    /** 修改标志 2 删除: to be deleted by this 变更 (kept until customs approves it). */
    public static final String MARK_DELETED = "2";
    /** 修改标志 3 增加: added (in the 备案 or in this 变更). */
    public static final String MARK_ADDED = "3";

    public ItemTab {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(rowElement, "rowElement");
        columns = List.copyOf(columns);
        rowFields = Map.copyOf(rowFields);
        uniqueKeys = List.copyOf(uniqueKeys);
        if (markKey != null && columns.stream().noneMatch(c -> c.key().equals(markKey) && c.readOnly())) {
            throw new IllegalArgumentException("the mark column " + markKey + " must be a read-only column of " + key);
        }
    }

    public ItemTab(String key, String labelKey, String rowElement, List<FieldSpec> columns, String seqKey,
            List<String> uniqueKeys) {
        this(key, labelKey, rowElement, columns, seqKey, uniqueKeys, null, false, Map.of());
    }

    /**
     * The tab with a 修改标志 column the service keeps: rows added get {@link #MARK_ADDED}; a 变更 sets every row to
     * {@link #MARK_UNCHANGED}; a row changed after that becomes {@link #MARK_CHANGED}; 删除 of a row customs approved
     * marks it {@link #MARK_DELETED} (it goes when the change is approved); 删除 of an added row removes it.
     */
    public ItemTab withMarks(String markColumn) {
        return new ItemTab(key, labelKey, rowElement, columns, seqKey, uniqueKeys, markColumn, derived, rowFields);
    }

    /** The tab with rows the system makes ({@link DocumentType#deriveItems}). */
    public ItemTab asDerived() {
        return new ItemTab(key, labelKey, rowElement, columns, seqKey, uniqueKeys, markKey, true, rowFields);
    }

    /** The tab with a field written with every row in the message ({@link #rowFields()}). */
    public ItemTab withRowField(String field, String value) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(rowFields);
        fields.put(field, value);
        return new ItemTab(key, labelKey, rowElement, columns, seqKey, uniqueKeys, markKey, derived, fields);
    }

    public Optional<FieldSpec> column(String columnKey) {
        return columns.stream().filter(c -> c.key().equals(columnKey)).findFirst();
    }

    /** The columns a clerk enters (not read-only, not computed), in order: the import template's columns. */
    public List<FieldSpec> enteredColumns() {
        return columns.stream().filter(c -> !c.readOnly()).toList();
    }

    /** Whether the row is marked 删除 (it no longer counts, but is kept until the change is approved). */
    public boolean deleted(Map<String, String> row) {
        return markKey != null && MARK_DELETED.equals(row.get(markKey));
    }

    /** The columns of one {@link #uniqueKeys()} entry: one column, or those of a combination {@code a+b}. */
    public static List<String> uniqueColumns(String uniqueKey) {
        return List.of(uniqueKey.split("\\+"));
    }

    /**
     * The value of a {@link #uniqueKeys()} entry in a row: the column's value, or the values of a combination joined
     * by {@code /}; null when a column of it is blank (a blank value is never a duplicate).
     */
    public static String uniqueValue(Map<String, String> row, String uniqueKey) {
        List<String> parts = new ArrayList<>();
        for (String c : uniqueColumns(uniqueKey)) {
            String v = row.get(c);
            if (v == null || v.isBlank()) {
                return null;
            }
            parts.add(v);
        }
        return String.join("/", parts);
    }
}
