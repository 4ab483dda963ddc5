package org.tongguan.core.internal.declaration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.Validator;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.ImportResult;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.io.Xlsx;
import org.tongguan.core.security.UserContext;

/** The rows of a document's tabs: 暂存 of one row, 删除 of some, 导入 of many from the tab's xlsx template. */
final class Rows {
    /** Rows of an import are written every so many, while the file is still being read. */
    static final int IMPORT_FLUSH_ROWS = 2_000;

    private final Engine engine;

    Rows(Engine engine) {
        this.engine = engine;
    }

    /** The tab's row pipeline over the document as stored, the rows of {@code others} taken. */
    RowPipeline pipeline(DocumentType type, ItemTab t, Map<String, String> header,
            org.tongguan.core.declaration.DocumentRows rows, List<Map<String, String>> others) {
        return new RowPipeline(engine.rules, type, t, header, rows, others);
    }

    Document saveItem(UserContext who, long id, long version, String tab, Long itemId, Map<String, String> values) {
        return engine.change(who, id, version, DocumentEvent.EDIT, (em, type, d) -> {
            ItemTab t = Engine.requireTab(type, tab);
            if (t.derived() && itemId == null) {
                throw derived(type, t);
            }
            List<ItemEntity> rows = Store.items(em, d.id, t.key());
            ItemEntity row = itemId == null ? null : rows.stream().filter(r -> r.id.equals(itemId)).findFirst()
                    .orElseThrow(() -> new RuleViolation("document.item.notFound", itemId));
            Map<String, String> stored = row == null ? Map.of() : FieldValues.decode(row.values);
            List<Map<String, String>> others = new ArrayList<>();
            for (ItemEntity r : rows) {
                if (r != row) {
                    others.add(FieldValues.decode(r.values));
                }
            }
            RowPipeline pipeline = pipeline(type, t, FieldValues.decode(d.headerValues), Store.storedRows(em, type, d),
                    others);
            Validator v = new Validator(Engine.CORE);
            Map<String, String> checked = pipeline.check(values, stored, v, -1);
            v.throwIfAny();
            pipeline.mark(checked, stored, row == null);
            if (row == null) {
                int rowNo = rows.stream().mapToInt(r -> r.rowNo).max().orElse(0) + 1;
                em.persist(ItemEntity.of(d.id, t.key(), rowNo, checked));
            } else {
                row.values = FieldValues.encode(checked);
            }
        });
    }

    Document deleteItems(UserContext who, long id, long version, String tab, List<Long> itemIds) {
        return engine.change(who, id, version, DocumentEvent.EDIT, (em, type, d) -> {
            ItemTab t = Engine.requireTab(type, tab);
            if (t.derived()) {
                throw derived(type, t);
            }
            Set<Long> wanted = new HashSet<>(itemIds);
            for (ItemEntity r : Store.items(em, d.id, t.key())) {
                if (wanted.remove(r.id)) {
                    Map<String, String> values = FieldValues.decode(r.values);
                    String mark = t.markKey() == null ? null : values.get(t.markKey());
                    if (mark == null || ItemTab.MARK_ADDED.equals(mark)) {
                        em.remove(r);
                    } else {
                        // approved by customs: marked, it goes when customs approves the change
                        values.put(t.markKey(), ItemTab.MARK_DELETED);
                        r.values = FieldValues.encode(values);
                    }
                }
            }
            if (!wanted.isEmpty()) {
                throw new RuleViolation("document.item.notFound", wanted.iterator().next());
            }
        });
    }

    byte[] template(String typeId, String tab, Locale locale) {
        DocumentType type = engine.requireType(typeId);
        ItemTab t = Engine.requireTab(type, tab);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Xlsx.write(out, type.messages().get(t.labelKey(), locale),
                    t.enteredColumns().stream().map(c -> type.messages().get(c.labelKey(), locale)).toList(),
                    List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    ImportResult importItems(UserContext who, Document before, long version, String tab, InputStream xlsx,
            Locale locale) {
        DocumentType type = engine.requireType(before.typeId());
        ItemTab t = Engine.requireTab(type, tab);
        if (t.derived()) {
            throw derived(type, t);
        }
        engine.policy.check(who, type.editPermission(), before.enterpriseCode());
        // the rows are checked against the document as stored when the import starts
        ItemImport reading = new ItemImport(type, t, pipeline(type, t, before.header(), Store.liveRows(type, before),
                before.items(t.key()).stream().map(Document.Item::values).toList()), locale, xlsx);
        List<Document.Item> added = new ArrayList<>();
        try {
            Document after = engine.change(who, before.id(), version, DocumentEvent.EDIT, (em, ty, d) -> {
                // rows are written while the file is still being read and checked (another thread): the transaction
                // is rolled back when any row is refused, so all rows or none are imported
                int rowNo = Store.lastRowNo(em, d.id);
                List<ItemEntity> unflushed = new ArrayList<>();
                for (ItemImport.Row r; (r = reading.next()) != null; ) {
                    if (reading.refused()) {
                        continue; // keep reading, to report every bad row
                    }
                    ItemEntity row = ItemEntity.of(d.id, t.key(), ++rowNo, r.values());
                    em.persist(row);
                    unflushed.add(row);
                    if (unflushed.size() == IMPORT_FLUSH_ROWS) {
                        written(em, unflushed, added);
                    }
                }
                if (reading.refused()) {
                    throw new ItemImport.Refused();
                }
                written(em, unflushed, added);
            }, (em, ty, d) -> imported(before, d, t.key(), added));
            return new ImportResult(reading.rows(), List.of(), after);
        } catch (ItemImport.Refused refused) {
            return new ImportResult(reading.rows(), reading.errors(), before);
        } finally {
            reading.close();
        }
    }

    private static RuleViolation derived(DocumentType type, ItemTab t) {
        return new RuleViolation("document.tab.derived", new Messages.Text(type.messages(), t.labelKey()));
    }

    /** Writes the rows and lets go of them (the persistence context stays small): they are kept as plain rows. */
    private static void written(EntityManager em, List<ItemEntity> rows, List<Document.Item> added) {
        em.flush();
        for (ItemEntity r : rows) {
            added.add(new Document.Item(r.id, FieldValues.decode(r.values)));
            em.detach(r);
        }
        rows.clear();
    }

    /** The document after an import: as it was, with the new rows (not read back from the database). */
    private static Document imported(Document before, DocumentEntity d, String tab, List<Document.Item> added) {
        Map<String, List<Document.Item>> items = new LinkedHashMap<>(before.items());
        List<Document.Item> rows = new ArrayList<>(before.items(tab));
        rows.addAll(added);
        items.put(tab, rows);
        return Store.document(d, items, before.attachments());
    }
}
