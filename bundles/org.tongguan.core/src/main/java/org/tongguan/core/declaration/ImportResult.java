package org.tongguan.core.declaration;

import java.util.List;

/**
 * The outcome of an item import: either every row was written ({@code errors} empty) or none was.
 *
 * @param rows the data rows read (without the heading row)
 * @param errors every problem, by row and column; nothing was written when there is one
 * @param document the document after the import (unchanged when nothing was written)
 */
public record ImportResult(int rows, List<RowError> errors, Document document) {
    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /**
     * One bad cell or row.
     *
     * @param row the row number as the spreadsheet shows it (the heading is row 1)
     * @param column the column's label, or "" for a problem of the whole row or file
     * @param message what is wrong, in the user's language
     */
    public record RowError(int row, String column, String message) {
        @Override
        public String toString() {
            return "第 " + row + " 行" + (column.isEmpty() ? "" : "「" + column + "」") + "：" + message;
        }
    }
}
