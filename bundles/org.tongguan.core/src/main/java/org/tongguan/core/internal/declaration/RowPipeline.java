package org.tongguan.core.internal.declaration;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongguan.core.FieldError;
import org.tongguan.core.Messages;
import org.tongguan.core.Validator;
import org.tongguan.core.declaration.DocumentRows;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.declaration.RowCheck;

/**
 * The one way a row of a tab is checked, whether it is saved (暂存), imported (导入) or declared (申报): its fields
 * normalised by their specs, then the type's row rule (when the fields hold), then its unique columns against the
 * other rows; and the 修改标志 it gets. Errors name the tab's column ({@code tab.field}) and, for one row of many, the
 * row number.
 */
final class RowPipeline {
    private static final Messages CORE = Messages.CORE;

    private final FieldRules rules;
    private final DocumentType type;
    private final ItemTab tab;
    private final RowCheck check;
    private final Map<String, Set<String>> taken = new HashMap<>();
    /** The highest 序号 of the other rows and of the rows checked so far. */
    private long maxSeq;

    /**
     * @param header the document's header, as the row rule sees it
     * @param rows the document's other rows, as the row rule sees them
     * @param others the rows whose unique values this one must not repeat
     */
    RowPipeline(FieldRules rules, DocumentType type, ItemTab tab, Map<String, String> header, DocumentRows rows,
            List<Map<String, String>> others) {
        this.rules = rules;
        this.type = type;
        this.tab = tab;
        RowCheck c = type.rowCheck(tab.key(), Collections.unmodifiableMap(header), rows);
        this.check = c == null ? RowCheck.NONE : c;
        for (String key : tab.uniqueKeys()) {
            Set<String> values = new HashSet<>();
            for (Map<String, String> o : others) {
                String value = ItemTab.uniqueValue(o, key);
                if (value != null) {
                    values.add(value);
                }
            }
            taken.put(key, values);
        }
        maxSeq = maxSeq(tab, others);
    }

    /**
     * The row as it will be stored, its errors added to {@code v}; its unique values are taken for the rows checked
     * after it.
     *
     * @param stored the row as stored before (system-held fields keep these values); empty for a new row
     * @param rowNumber the row's number for the texts (第 n 行), or -1 for the one row being saved
     */
    Map<String, String> check(Map<String, String> input, Map<String, String> stored, Validator v, int rowNumber) {
        Validator own = new Validator(CORE);
        Map<String, String> row = rules.normalize(tab.columns(), input, stored, type.messages(), tab.key() + ".", own);
        numbered(row);
        if (own.errors().isEmpty()) {
            Validator rule = new Validator(CORE);
            check.check(row, rule);
            for (FieldError e : rule.errors()) {
                if (rowNumber < 0) {
                    own.error(tab.key() + "." + e.field(), e.messages(), e.key(), e.args());
                } else {
                    own.error(tab.key() + "." + e.field(), "field.inRow",
                            new Messages.Text(type.messages(), tab.labelKey()), Integer.toString(rowNumber),
                            Messages.Of.error(e));
                }
            }
        }
        for (String key : tab.uniqueKeys()) {
            String value = ItemTab.uniqueValue(row, key);
            if (value != null && !taken.get(key).add(value)) {
                duplicate(own, tab.key() + "." + ItemTab.uniqueColumns(key).get(0), type, tab, key, value);
            }
        }
        own.errors().forEach(e -> v.error(e.field(), e.messages(), e.key(), e.args()));
        return row;
    }

    /** A row without 序号 takes the next after the highest so far (of the other rows and those checked before). */
    private void numbered(Map<String, String> row) {
        String seqKey = tab.seqKey();
        if (seqKey == null) {
            return;
        }
        String seq = row.get(seqKey);
        if (seq == null) {
            row.put(seqKey, Long.toString(++maxSeq));
        } else if (seq.matches("[0-9]{1,18}")) {
            maxSeq = Math.max(maxSeq, Long.parseLong(seq));
        }
    }

    /** The 修改标志 of a row saved by the clerk: 3 增加 when new (or added before), else 1 修改. */
    void mark(Map<String, String> row, Map<String, String> stored, boolean added) {
        if (tab.markKey() != null) {
            String mark = stored.get(tab.markKey());
            row.put(tab.markKey(), added || mark == null || ItemTab.MARK_ADDED.equals(mark) ? ItemTab.MARK_ADDED
                    : ItemTab.MARK_CHANGED);
        }
    }

    /** The highest 序号 among the rows, 0 without any. */
    private static long maxSeq(ItemTab t, List<Map<String, String>> rows) {
        long max = 0;
        if (t.seqKey() != null) {
            for (Map<String, String> o : rows) {
                String s = o.get(t.seqKey());
                if (s != null && s.matches("[0-9]{1,18}")) {
                    max = Math.max(max, Long.parseLong(s));
                }
            }
        }
        return max;
    }

    /** The one text of a repeated unique value: 料号“M-1”在料件中已存在 (of a combination: 成品序号+料件序号“1/2”…). */
    static void duplicate(Validator v, String field, DocumentType type, ItemTab t, String key, String value) {
        v.error(field, "field.unique", label(type, t, key), value, new Messages.Text(type.messages(), t.labelKey()));
    }

    private static Object label(DocumentType type, ItemTab t, String key) {
        List<String> columns = ItemTab.uniqueColumns(key);
        if (columns.size() == 1) {
            return new Messages.Text(type.messages(), t.column(key).map(FieldSpec::labelKey).orElse(key));
        }
        Object[] labels = columns.stream().map(c -> new Messages.Text(type.messages(),
                t.column(c).map(FieldSpec::labelKey).orElse(c))).toArray();
        return new Messages.Of(CORE, "field.join" + Math.min(columns.size(), 3), labels);
    }
}
