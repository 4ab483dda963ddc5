package org.tongguan.core.internal.code;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.Validator;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.code.CodeTable;
import org.tongguan.core.code.CodeTableId;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.code.HsCode;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.UserContext;

/**
 * All tables are read once at activation (a few megabytes) and answered from memory. The HS table is the one last
 * imported ({@code TG_HS_CODE}), or the bundle's while none has been.
 */
@Component(service = {CodeTables.class, HsTableImport.class})
public class CodeTablesImpl implements CodeTables, HsTableImport {
    static final String RECORD = "hsTable";
    private final Map<CodeTableId, CodeTable> tables = new EnumMap<>(CodeTableId.class);
    private final JpaTemplate jpa;
    private final AuditLog audit;
    private volatile HsCodeIndex hs;

    /** The shipped tables only, without a database (unit tests): nothing can be imported. */
    public CodeTablesImpl() {
        this(null, null);
    }

    @Activate
    public CodeTablesImpl(@Reference(target = "(osgi.unit.name=tongguan-core)") JpaTemplate jpa,
            @Reference AuditLog audit, @Reference(target = "(schema.bundle=org.tongguan.core)") SchemaReady schema) {
        this(jpa, audit);
    }

    private CodeTablesImpl(JpaTemplate jpa, AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
        for (CodeTableId id : CodeTableId.values()) {
            tables.put(id, CodeTableLoader.load(id));
        }
        HsCodeIndex imported = jpa == null ? null : Transactions.read(jpa, em -> {
            List<HsCodeEntity> rows = em.createQuery("SELECT h FROM HsCodeEntity h", HsCodeEntity.class)
                    .getResultList();
            return rows.isEmpty() ? null : new HsCodeIndex(rows.stream().map(HsCodeEntity::toHsCode).toList(),
                    rows.get(0).edition);
        });
        hs = imported != null ? imported : CodeTableLoader.loadHsCodes(tables.get(CodeTableId.UNIT));
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
    public List<HsCode> searchHsNames(String words, int limit) {
        return hs.searchNames(words, limit);
    }

    @Override
    public Optional<HsCode> findHs(String code) {
        return hs.find(code);
    }

    @Override
    public int hsCount() {
        return hs.size();
    }

    @Override
    public String hsEdition() {
        return hs.edition();
    }

    @Override
    public Report importHs(UserContext who, Path file) {
        if (!who.system()) {
            throw new RuleViolation("hs.import.consoleOnly");
        }
        if (jpa == null) {
            throw new IllegalStateException("no database: the HS table cannot be replaced");
        }
        List<String[]> records;
        try {
            if (!Files.isRegularFile(file)) {
                throw new RuleViolation("hs.import.noFile", file);
            }
            records = CodeTableLoader.readRecords(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new RuleViolation("hs.import.unreadable", file, e.getMessage());
        }
        Validator v = Validator.core();
        HsCodeIndex next = HsTableFile.read(records, tables.get(CodeTableId.UNIT), v);
        v.throwIfAny();
        HsCodeIndex before = hs;
        HsTableFile.Diff diff = HsTableFile.Diff.of(before, next);
        synchronized (this) {
            Transactions.write(jpa, "hs-import", em -> {
                em.createQuery("DELETE FROM HsCodeEntity h").executeUpdate();
                int n = 0;
                for (HsCode h : next.all()) {
                    em.persist(HsCodeEntity.of(h, next.edition()));
                    if (++n % 1000 == 0) {
                        em.flush();
                        em.clear();
                    }
                }
                audit.record(who, AuditAction.CHANGE, RECORD, next.edition(), summary(before, null),
                        summary(next, diff));
                return null;
            });
            hs = next;
        }
        return new Report(next.edition(), next.size(), diff.added(), diff.removed(), diff.changed());
    }

    private static String summary(HsCodeIndex index, HsTableFile.Diff diff) {
        String s = "edition " + index.edition() + ", " + index.size() + " codes";
        return diff == null ? s : s + " (+" + diff.added().size() + " -" + diff.removed().size() + " ~"
                + diff.changed().size() + ")";
    }
}
