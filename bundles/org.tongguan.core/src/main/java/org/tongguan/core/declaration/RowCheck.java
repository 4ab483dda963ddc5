package org.tongguan.core.declaration;

import java.util.Map;
import org.tongguan.core.Validator;

/**
 * Completes and checks item rows of one tab beyond their fields' own rules (a document type's
 * {@link DocumentType#rowCheck}): it may fill values (what a ledger says of a 备案序号, a 单耗 computed from 净耗 and
 * 损耗率) and reports errors under the bare column keys. Made once per operation, so it can look things up once and
 * check many rows (an import of 50,000 rows).
 */
@FunctionalInterface
public interface RowCheck {
    /** Checks nothing. */
    RowCheck NONE = (row, v) -> { };

    /**
     * @param row the row's normalized values, to be completed in place
     * @param v where errors go, under the column keys
     */
    void check(Map<String, String> row, Validator v);
}
