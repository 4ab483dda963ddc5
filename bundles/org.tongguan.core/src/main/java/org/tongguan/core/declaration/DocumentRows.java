package org.tongguan.core.declaration;

import java.util.List;
import java.util.Map;

/** The stored rows of a document's tabs, as a {@link RowCheck} sees them: rows marked 删除 are left out. */
@FunctionalInterface
public interface DocumentRows {
    /** The rows of the tab, in row order (read once and kept for the operation). */
    List<Map<String, String>> rows(String tab);
}
