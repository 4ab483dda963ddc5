package org.tongguan.core.internal.declaration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentRows;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.ItemTab;

/** How a document is read from and its rows written to the database: the one place that knows the entities. */
final class Store {
    private Store() {
    }

    static DocumentEntity find(EntityManager em, long id) {
        DocumentEntity d = em.find(DocumentEntity.class, id);
        if (d == null) {
            throw new RuleViolation("document.notFound", id);
        }
        return d;
    }

    /** The highest row number of the document's rows of any tab, 0 without rows. */
    static int lastRowNo(EntityManager em, long documentId) {
        Integer max = em.createQuery("SELECT MAX(i.rowNo) FROM ItemEntity i WHERE i.documentId = :d", Integer.class)
                .setParameter("d", documentId).getSingleResult();
        return max == null ? 0 : max;
    }

    static List<ItemEntity> items(EntityManager em, long documentId, String tab) {
        return em.createQuery("SELECT i FROM ItemEntity i WHERE i.documentId = :d AND i.tabKey = :t ORDER BY i.rowNo",
                ItemEntity.class).setParameter("d", documentId).setParameter("t", tab).getResultList();
    }

    /**
     * A document's rows by tab in row order, read as values (the three columns a row needs), not as entities: nothing
     * to clone now and compare at the next flush.
     */
    static Map<String, List<Document.Item>> rows(EntityManager em, long documentId) {
        Map<String, List<Document.Item>> rows = new LinkedHashMap<>();
        for (Object[] i : em.createQuery("SELECT i.id, i.tabKey, i.values FROM ItemEntity i WHERE i.documentId = :d"
                + " ORDER BY i.rowNo", Object[].class).setParameter("d", documentId).getResultList()) {
            rows.computeIfAbsent((String) i[1], k -> new ArrayList<>()).add(new Document.Item((Long) i[0],
                    FieldValues.decode((String) i[2])));
        }
        return rows;
    }

    static Document load(EntityManager em, DocumentType type, DocumentEntity d) {
        Map<String, List<Document.Item>> items = new LinkedHashMap<>();
        for (ItemTab t : type.tabs()) {
            items.put(t.key(), new ArrayList<>());
        }
        rows(em, d.id).forEach((tab, rows) -> items.computeIfAbsent(tab, k -> new ArrayList<>()).addAll(rows));
        List<Document.Attachment> attachments = em.createQuery(
                "SELECT a FROM AttachmentEntity a WHERE a.documentId = :d ORDER BY a.id", AttachmentEntity.class)
                .setParameter("d", d.id).getResultList().stream()
                .map(a -> new Document.Attachment(a.id, a.kind, a.number, a.fileName, a.size, a.sha256, a.status,
                        a.addedAt))
                .toList();
        Map<String, List<Document.Item>> frozen = new LinkedHashMap<>();
        items.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return document(d, frozen, attachments);
    }

    /** The document stored as {@code d}, with these rows and attachments (read or known already). */
    static Document document(DocumentEntity d, Map<String, List<Document.Item>> items,
            List<Document.Attachment> attachments) {
        return new Document(d.id, d.typeId, d.enterpriseCode, d.etpsPreentNo, d.seqNo, d.state, d.version,
                d.changeCount, FieldValues.decode(d.headerValues), items, attachments, d.receiptCount, d.createdAt,
                d.updatedAt);
    }

    /** The stored rows of the document's tabs, each read once, rows marked 删除 left out. */
    static DocumentRows storedRows(EntityManager em, DocumentType type, DocumentEntity d) {
        Map<String, List<Map<String, String>>> read = new HashMap<>();
        return tab -> read.computeIfAbsent(tab, k -> {
            ItemTab t = type.tab(k).orElse(null);
            List<Map<String, String>> rows = new ArrayList<>();
            for (ItemEntity i : items(em, d.id, k)) {
                Map<String, String> values = Collections.unmodifiableMap(FieldValues.decode(i.values));
                if (t == null || !t.deleted(values)) {
                    rows.add(values);
                }
            }
            return Collections.unmodifiableList(rows);
        });
    }

    /** A document's rows for a row check, rows marked 删除 left out. */
    static DocumentRows liveRows(DocumentType type, Document doc) {
        return tab -> {
            ItemTab t = type.tab(tab).orElse(null);
            return doc.items(tab).stream().map(Document.Item::values).filter(v -> t == null || !t.deleted(v))
                    .toList();
        };
    }

    /** Customs approved a change: the rows it marked 删除 go. */
    static void removeDeletedRows(EntityManager em, DocumentType type, DocumentEntity d) {
        List<Long> gone = new ArrayList<>();
        rows(em, d.id).forEach((tab, rows) -> type.tab(tab).ifPresent(t -> rows.stream()
                .filter(r -> t.deleted(r.values())).forEach(r -> gone.add(r.id()))));
        for (int from = 0; from < gone.size(); from += 500) {
            em.createQuery("DELETE FROM ItemEntity i WHERE i.id IN :ids")
                    .setParameter("ids", gone.subList(from, Math.min(gone.size(), from + 500))).executeUpdate();
        }
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keeps the document's query keys ({@link DocumentType#queryKeys}) as its header says now; nothing is written
     * when they are as in {@code before} (the header before the change, or null for a new document).
     */
    static void index(EntityManager em, DocumentType type, DocumentEntity d, Map<String, String> before) {
        if (type.queryKeys().isEmpty()) {
            return;
        }
        Map<String, String> now = keys(type, FieldValues.decode(d.headerValues));
        if (before != null && now.equals(keys(type, before))) {
            return;
        }
        if (before != null) {
            em.createQuery("DELETE FROM DocumentKeyEntity k WHERE k.documentId = :d").setParameter("d", d.id)
                    .executeUpdate();
        }
        now.forEach((name, value) -> {
            DocumentKeyEntity k = new DocumentKeyEntity();
            k.documentId = d.id;
            k.keyName = name;
            k.keyValue = value;
            em.persist(k);
        });
    }

    /** The query keys of a header that have a value (cut to the column's length). */
    private static Map<String, String> keys(DocumentType type, Map<String, String> header) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String key : type.queryKeys()) {
            String value = header.get(key);
            if (value != null && !value.isBlank()) {
                keys.put(key, value.length() > 255 ? value.substring(0, 255) : value);
            }
        }
        return keys;
    }

    /**
     * Indexes the documents of the type stored before their type had query keys (or before keys were kept): those
     * without any key row, a batch at a time (those with ids above {@code afterId}); the last id looked at, or -1 when
     * none was left.
     */
    static long indexMissing(EntityManager em, DocumentType type, long afterId, int batch) {
        List<DocumentEntity> found = em.createQuery("SELECT d FROM DocumentEntity d WHERE d.typeId = :t AND d.id > :a"
                + " AND NOT EXISTS (SELECT k.id FROM DocumentKeyEntity k WHERE k.documentId = d.id) ORDER BY d.id",
                DocumentEntity.class).setParameter("t", type.id()).setParameter("a", afterId).setMaxResults(batch)
                .getResultList();
        for (DocumentEntity d : found) {
            index(em, type, d, null);
        }
        return found.isEmpty() ? -1 : found.get(found.size() - 1).id;
    }
}
