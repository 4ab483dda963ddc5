package org.tongguan.core.internal.code;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.tongguan.core.code.CodeTable;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.code.HsCode;

/** All tables are read once at activation (a few hundred kilobytes) and answered from memory. */
@Component(service = CodeTables.class)
public class CodeTablesImpl implements CodeTables {
    private final Map<CodeTableId, CodeTable> tables = new EnumMap<>(CodeTableId.class);
    private final HsCodeIndex hs;

    public CodeTablesImpl() {
        for (CodeTableId id : CodeTableId.values()) {
            tables.put(id, CodeTableLoader.load(id));
        }
        hs = CodeTableLoader.loadHsCodes();
    }

    @Override
    public CodeTable table(CodeTableId id) {
        return tables.get(id);
    }

    @Override
    public List<HsCode> searchHs(String prefix, int limit) {
        return hs.search(prefix, limit);
    }

    @Override
    public Optional<HsCode> findHs(String code) {
        return hs.find(code);
    }

    @Override
    public int hsCount() {
        return hs.size();
    }
}
