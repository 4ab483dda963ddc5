package org.tongguan.core.code;

import java.util.List;
import java.util.Optional;

/** The customs code tables and the HS code table, loaded from the data files shipped in the core bundle. */
public interface CodeTables {

    CodeTable table(CodeTableId id);

    /** HS codes starting with {@code prefix} (at least 4 digits), ascending; empty for shorter prefixes. */
    List<HsCode> searchHs(String prefix, int limit);

    Optional<HsCode> findHs(String code);

    int hsCount();
}
