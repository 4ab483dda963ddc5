package org.tongguan.core.declaration;

import java.util.List;
import java.util.Objects;

/**
 * How the system reached the figures of a row it computed (a 报核 row: the lists and BOM rows behind it), as a table a
 * clerk can read, in the clerk's language.
 *
 * @param title what is explained, e.g. 料件 3 M-3 的计算来源
 * @param headings the table's column headings
 * @param rows the table's rows, each as many cells as there are headings
 * @param note the sums and how they combine, e.g. 应剩余 = 期初 + 进口 − 成品耗用 − 其他 = …; may be empty
 */
public record RowExplanation(String title, List<String> headings, List<List<String>> rows, String note) {
    public RowExplanation {
        Objects.requireNonNull(title, "title");
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
        note = note == null ? "" : note;
        for (List<String> r : rows) {
            if (r.size() != headings.size()) {
                throw new IllegalArgumentException("a row of " + r.size() + " cells under " + headings.size()
                        + " headings");
            }
        }
    }
}
