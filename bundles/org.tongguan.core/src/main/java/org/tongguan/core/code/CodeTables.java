package org.tongguan.core.code;

import java.util.List;
import java.util.Optional;

/**
 * The customs code tables and the HS code table, loaded from the data files shipped in the core bundle; the HS table
 * is the one last imported with {@code tongguan:hs-import}, if any.
 */
public interface CodeTables {

    CodeTable table(CodeTableId id);

    /** HS codes starting with {@code prefix} (at least 4 digits), ascending; empty for shorter prefixes. */
    List<HsCode> searchHs(String prefix, int limit);

    /** HS codes whose name holds every word of {@code words} (e.g. 集成电路), ascending; empty for blank words. */
    List<HsCode> searchHsNames(String words, int limit);

    Optional<HsCode> findHs(String code);

    int hsCount();

    /** The edition of the HS table in use (e.g. {@code 2020}), or null when its file names none. */
    String hsEdition();
}
