package org.tongguan.core.internal.declaration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.Validator;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentAction;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.declaration.Lifecycle;
import org.tongguan.core.declaration.RowExplanation;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.security.UserContext;

/** A document as the clerk writes it: 新增, 复制, 暂存 of the header, 删除, 变更 and the type's own actions. */
final class Drafts {
    private final Engine engine;
    private final DocumentNumbers numbers;

    Drafts(Engine engine) {
        this.engine = engine;
        this.numbers = new DocumentNumbers(engine.jpa);
    }

    Document create(UserContext who, String typeId, Map<String, String> header) {
        DocumentType type = engine.requireType(typeId);
        engine.policy.check(who, type.editPermission());
        Map<String, String> system = new HashMap<>();
        Engine.put(system, type.inputDateKey(),
                FieldRules.BASIC.format(LocalDate.now(engine.clock.withZone(Engine.CUSTOMS_ZONE))));
        Engine.put(system, type.changeCountKey(), "0");
        for (FieldSpec f : type.header()) {
            if (f.readOnly() && f.defaultValue() != null) {
                system.put(f.key(), f.defaultValue());
            }
        }
        Map<String, String> values = checkedHeader(type, header, system);
        String enterprise = values.get(type.enterpriseKey());
        engine.policy.check(who, type.editPermission(), enterprise);
        numbers.prepare(type.id(), enterprise);
        return Transactions.write(engine.jpa, Engine.label(type), em -> {
            DocumentEntity d = new DocumentEntity();
            d.typeId = type.id();
            d.enterpriseCode = enterprise;
            d.state = DocumentState.DRAFT;
            d.headerValues = FieldValues.encode(values);
            d.createdBy = who.username();
            d.createdAt = engine.clock.instant();
            d.updatedAt = d.createdAt;
            d.etpsPreentNo = numbers.next(em, type.id(), enterprise);
            em.persist(d);
            em.flush();
            Store.index(em, type, d, null);
            derive(em, type, d);
            engine.audit.record(who, AuditAction.CREATE, Engine.RECORD, d.etpsPreentNo, d.enterpriseCode, null, d);
            return checkedDraft(type, Store.load(em, type, d));
        });
    }

    Document copy(UserContext who, Document source) {
        DocumentType type = engine.requireType(source.typeId());
        Map<String, String> header = new LinkedHashMap<>(source.header());
        for (FieldSpec f : type.header()) {
            if (f.readOnly()) {
                header.remove(f.key());
            }
        }
        systemKeys(type).forEach(header::remove);
        return Transactions.write(engine.jpa, Engine.label(type), em -> {
            Document created = create(who, type.id(), header); // joins this transaction
            DocumentEntity d = Store.find(em, created.id());
            int rowNo = 0;
            for (ItemTab t : type.tabs()) {
                if (t.derived()) {
                    continue; // made again from the header by create
                }
                for (Document.Item i : source.items(t.key())) {
                    if (t.deleted(i.values())) {
                        continue;
                    }
                    Map<String, String> values = new LinkedHashMap<>(i.values());
                    Engine.put(values, t.markKey(), ItemTab.MARK_ADDED);
                    em.persist(ItemEntity.of(d.id, t.key(), ++rowNo, values));
                }
            }
            d.updatedAt = engine.clock.instant();
            em.flush();
            return checkedDraft(type, Store.load(em, type, d));
        });
    }

    Document saveHeader(UserContext who, long id, long version, Map<String, String> header) {
        return engine.change(who, id, version, DocumentEvent.EDIT, (em, type, d) -> {
            Map<String, String> values = checkedHeader(type, header, FieldValues.decode(d.headerValues));
            String enterprise = values.get(type.enterpriseKey());
            if (!enterprise.equals(d.enterpriseCode)) {
                engine.policy.check(who, type.editPermission(), enterprise);
                d.enterpriseCode = enterprise;
            }
            d.headerValues = FieldValues.encode(values);
            em.flush();
            derive(em, type, d);
        });
    }

    /**
     * Replaces the rows of the derived tabs with what the type makes of the document as stored now (header new, rows
     * old).
     */
    private static void derive(EntityManager em, DocumentType type, DocumentEntity d) {
        if (type.tabs().stream().noneMatch(ItemTab::derived)) {
            return;
        }
        Map<String, List<Map<String, String>>> made = type.deriveItems(Store.load(em, type, d));
        int rowNo = Store.lastRowNo(em, d.id);
        for (ItemTab t : type.tabs()) {
            List<Map<String, String>> rows = made.get(t.key());
            if (!t.derived() || rows == null) {
                continue;
            }
            em.createQuery("DELETE FROM ItemEntity i WHERE i.documentId = :d AND i.tabKey = :t")
                    .setParameter("d", d.id).setParameter("t", t.key()).executeUpdate();
            for (Map<String, String> values : rows) {
                em.persist(ItemEntity.of(d.id, t.key(), ++rowNo, values));
            }
        }
        em.flush();
    }

    /** The document as it will be stored, if the type's rules of a draft hold; else nothing is written. */
    static Document checkedDraft(DocumentType type, Document doc) {
        Validator v = new Validator(Engine.CORE);
        type.validateDraft(doc, v);
        v.throwIfAny();
        return doc;
    }

    /** The header as it will be stored; system-held fields keep {@code system}'s values. */
    private Map<String, String> checkedHeader(DocumentType type, Map<String, String> input,
            Map<String, String> system) {
        Validator v = new Validator(Engine.CORE);
        Map<String, String> values = engine.rules.normalize(type.header(), input, system, type.messages(), "", v);
        for (String key : systemKeys(type)) {
            Engine.put(values, key, system.get(key));
        }
        type.validateHeader(values, v);
        if (!values.containsKey(type.enterpriseKey()) && v.errors().isEmpty()) {
            v.error(type.enterpriseKey(), "field.required", new Messages.Text(type.messages(),
                    type.headerField(type.enterpriseKey()).map(FieldSpec::labelKey).orElse(type.enterpriseKey())));
        }
        v.throwIfAny();
        return values;
    }

    private static List<String> systemKeys(DocumentType type) {
        List<String> keys = new ArrayList<>();
        for (String k : new String[] {type.seqNoKey(), type.inputDateKey(), type.changeCountKey(),
                type.businessNoKey()}) {
            if (k != null) {
                keys.add(k);
            }
        }
        return keys;
    }

    void delete(UserContext who, long id, long version) {
        Transactions.write(engine.jpa, "", em -> {
            DocumentEntity d = engine.editable(em, who, id, version);
            Lifecycle.apply(d.state, DocumentEvent.DELETE);
            if (d.changeCount > 0 || d.businessNo != null) {
                throw new RuleViolation("document.delete.approved", d.etpsPreentNo);
            }
            Declaring.discard(em, d.id);
            em.createQuery("DELETE FROM AttachmentFileEntity f WHERE f.attachmentId IN "
                    + "(SELECT a.id FROM AttachmentEntity a WHERE a.documentId = :d)").setParameter("d", d.id)
                    .executeUpdate();
            for (String entity : new String[] {"AttachmentEntity", "ItemEntity", "ReceiptEntity",
                    "DocumentKeyEntity"}) {
                em.createQuery("DELETE FROM " + entity + " x WHERE x.documentId = :d").setParameter("d", d.id)
                        .executeUpdate();
            }
            engine.audit.record(who, AuditAction.DELETE, Engine.RECORD, d.etpsPreentNo, d.enterpriseCode, d, null);
            engine.happened(em, engine.requireType(d.typeId), d, null, DocumentEvent.DELETE, d.state,
                    who.username());
            em.remove(d);
            return null;
        });
    }

    Document change(UserContext who, long id, long version) {
        return engine.change(who, id, version, DocumentEvent.CHANGE, (em, type, d) -> {
            if (type.changeCountKey() == null) {
                throw new RuleViolation("lifecycle.refused", new Messages.Key(d.state.messageKey()),
                        new Messages.Key("event.CHANGE"));
            }
            d.changeCount++;
            Map<String, String> header = new LinkedHashMap<>(FieldValues.decode(d.headerValues));
            header.put(type.changeCountKey(), Integer.toString(d.changeCount));
            type.onChange(header);
            d.headerValues = FieldValues.encode(header);
            // the rows as approved are the starting point of the change: 修改标志 0 未修改
            for (ItemTab t : type.tabs()) {
                if (t.markKey() != null) {
                    for (ItemEntity r : Store.items(em, d.id, t.key())) {
                        Map<String, String> values = FieldValues.decode(r.values);
                        values.put(t.markKey(), ItemTab.MARK_UNCHANGED);
                        r.values = FieldValues.encode(values);
                    }
                }
            }
        });
    }

    Document perform(UserContext who, long id, long version, String action) {
        return engine.change(who, id, version, null, (em, type, d) -> {
            DocumentAction a = type.actions().stream().filter(x -> x.key().equals(action)).findFirst()
                    .orElseThrow(() -> new RuleViolation("document.action.unknown", action));
            if (!a.states().contains(d.state)) {
                throw new RuleViolation("lifecycle.refused", new Messages.Key(d.state.messageKey()),
                        new Messages.Text(type.messages(), a.labelKey()));
            }
            Map<String, String> header = new LinkedHashMap<>(FieldValues.decode(d.headerValues));
            Validator v = new Validator(Engine.CORE);
            type.perform(a.key(), Store.load(em, type, d), header, v);
            v.throwIfAny();
            d.headerValues = FieldValues.encode(header);
        });
    }

    Optional<RowExplanation> explain(Document doc, String tab, long itemId, Locale locale) {
        DocumentType type = engine.requireType(doc.typeId());
        ItemTab t = Engine.requireTab(type, tab);
        Document.Item row = doc.items(t.key()).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new RuleViolation("document.item.notFound", itemId));
        return type.explain(doc, t.key(), row, locale);
    }
}
