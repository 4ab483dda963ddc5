package org.tongguan.core.internal.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.tongguan.core.FieldError;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.ValidationException;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentQuery;
import org.tongguan.core.declaration.DocumentSummary;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.Receipt;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.security.UserContext;

/** What a clerk reads: a document, its version, the 查询 of a type's documents, its receipts and its message. */
final class Queries {
    private final Engine engine;

    Queries(Engine engine) {
        this.engine = engine;
    }

    Document get(UserContext who, long id) {
        return Transactions.read(engine.jpa, em -> {
            DocumentEntity d = Store.find(em, id);
            DocumentType type = engine.requireType(d.typeId);
            engine.policy.check(who, type.viewPermission(), d.enterpriseCode);
            return Store.load(em, type, d);
        });
    }

    long version(UserContext who, long id) {
        return Transactions.read(engine.jpa, em -> {
            List<Object[]> found = em.createQuery("SELECT d.version, d.typeId, d.enterpriseCode FROM DocumentEntity d"
                    + " WHERE d.id = :id", Object[].class).setParameter("id", id).getResultList();
            if (found.isEmpty()) {
                throw new RuleViolation("document.notFound", id);
            }
            engine.policy.check(who, engine.requireType((String) found.get(0)[1]).viewPermission(), (String) found.get(0)[2]);
            return ((Number) found.get(0)[0]).longValue();
        });
    }

    List<DocumentSummary> query(UserContext who, DocumentQuery q) {
        checkQuery(who, q);
        List<String> keys = engine.requireType(q.typeId()).queryKeys();
        return Transactions.read(engine.jpa, em -> {
            TypedQuery<DocumentEntity> tq = criteria(em, q, "SELECT d FROM DocumentEntity d", " ORDER BY d.updatedAt DESC",
                    DocumentEntity.class);
            return tq.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList().stream()
                    .map(d -> new DocumentSummary(d.id, d.typeId, d.enterpriseCode, d.etpsPreentNo, d.seqNo,
                            d.businessNo, d.state, d.changeCount, d.updatedAt, d.receiptCount > 0, d.version,
                            keyValues(keys, d)))
                    .toList();
        });
    }

    /** The document's values of the query keys it has (the header's, as the query page shows them). */
    private static Map<String, String> keyValues(List<String> keys, DocumentEntity d) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, String> header = FieldValues.decode(d.headerValues);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String k : keys) {
            String v = header.get(k);
            if (v != null && !v.isBlank()) {
                values.put(k, v);
            }
        }
        return values;
    }

    long count(UserContext who, DocumentQuery q) {
        checkQuery(who, q);
        return Transactions.read(engine.jpa, em -> criteria(em, q, "SELECT COUNT(d) FROM DocumentEntity d", "", Long.class)
                .getSingleResult());
    }

    private void checkQuery(UserContext who, DocumentQuery q) {
        DocumentType type = engine.requireType(q.typeId());
        if (q.enterpriseCode() == null || q.enterpriseCode().isBlank()) {
            throw new ValidationException(List.of(new FieldError("enterpriseCode", Engine.CORE,
                    "document.enterprise.required", new Object[0])));
        }
        engine.policy.check(who, type.viewPermission(), q.enterpriseCode());
        for (String key : q.header().keySet()) {
            if (!type.queryKeys().contains(key)) {
                throw new RuleViolation("document.query.key", key);
            }
        }
    }

    private <T> TypedQuery<T> criteria(EntityManager em, DocumentQuery q, String select, String order,
            Class<T> result) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE d.typeId = :t AND d.enterpriseCode = :e");
        boolean number = q.number() != null && !q.number().isBlank();
        if (q.state() != null) {
            jpql.append(" AND d.state = :s");
        }
        if (number) {
            jpql.append(" AND (d.etpsPreentNo LIKE :n OR d.seqNo LIKE :n OR d.businessNo LIKE :n)");
        }
        if (q.from() != null) {
            jpql.append(" AND d.updatedAt >= :from");
        }
        if (q.to() != null) {
            jpql.append(" AND d.updatedAt < :to");
        }
        // a header value is one of the type's query keys, indexed: matched whole, or by its beginning
        int n = 0;
        for (Map.Entry<String, String> h : q.header().entrySet()) {
            jpql.append(" AND EXISTS (SELECT k.id FROM DocumentKeyEntity k WHERE k.documentId = d.id AND k.keyName = :k")
                    .append(n).append(h.getValue().endsWith("*") ? " AND k.keyValue LIKE :v" + n + " ESCAPE '!')"
                            : " AND k.keyValue = :v" + n + ")");
            n++;
        }
        TypedQuery<T> tq = em.createQuery(jpql.append(order).toString(), result)
                .setParameter("t", q.typeId()).setParameter("e", q.enterpriseCode().trim());
        if (q.state() != null) {
            tq.setParameter("s", q.state());
        }
        if (number) {
            tq.setParameter("n", "%" + q.number().trim() + "%");
        }
        if (q.from() != null) {
            tq.setParameter("from", engine.time.startOf(q.from()));
        }
        if (q.to() != null) {
            tq.setParameter("to", engine.time.startOf(q.to().plusDays(1)));
        }
        int i = 0;
        for (Map.Entry<String, String> h : q.header().entrySet()) {
            String value = h.getValue();
            tq.setParameter("k" + i, h.getKey());
            tq.setParameter("v" + i, value.endsWith("*") ? likeLiteral(value.substring(0, value.length() - 1)) + "%"
                    : value);
            i++;
        }
        return tq;
    }

    /** The text as a LIKE pattern that matches it literally (escape character {@code !}). */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    List<Receipt> receipts(UserContext who, long id) {
        return Transactions.read(engine.jpa, em -> {
            DocumentEntity d = Store.find(em, id);
            engine.policy.check(who, engine.requireType(d.typeId).viewPermission(), d.enterpriseCode);
            return em.createQuery("SELECT r FROM ReceiptEntity r WHERE r.documentId = :d ORDER BY r.id DESC",
                    ReceiptEntity.class).setParameter("d", d.id).getResultList().stream()
                    .map(Queries::receipt).toList();
        });
    }

    byte[] message(UserContext who, long id) {
        Document doc = get(who, id);
        return MessageBuilder.build(engine.requireType(doc.typeId()), doc);
    }

    /** The receipt as kept, as callers read it. */
    static Receipt receipt(ReceiptEntity r) {
        List<Receipt.Check> checks = new ArrayList<>();
        FieldValues.decode(r.checks).forEach((k, text) -> checks.add(new Receipt.Check(k.substring(k.indexOf(':') + 1),
                text)));
        return new Receipt(r.id, r.kind, r.receivedAt, r.seqNo, r.businessNo, r.state, r.approvedAt, r.remark, checks,
                FieldValues.decode(r.numbers));
    }
}
