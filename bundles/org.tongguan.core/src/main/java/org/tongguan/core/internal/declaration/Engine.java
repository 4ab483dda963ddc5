package org.tongguan.core.internal.declaration;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.ConcurrentEditException;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.customs.CustomsTransport;
import org.tongguan.core.customs.Envelopes;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentChange;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentListener;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.declaration.Lifecycle;
import org.tongguan.core.declaration.Receipt;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.time.TimeDisplay;

/**
 * What every part of the document engine shares: the database, the access policy, the audit, the installed types, the
 * customs side and the clock; the one template of a change to a stored document (access, version, lifecycle, audit);
 * and the events, told to the type in the transaction and to the {@link DocumentListener}s after its commit.
 */
final class Engine {
    static final String RECORD = "document";
    static final Messages CORE = Messages.CORE;
    static final ZoneId CUSTOMS_ZONE = Envelopes.CUSTOMS_ZONE;
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    final JpaTemplate jpa;
    final AccessPolicy policy;
    final AuditLog audit;
    final FieldRules rules;
    final Clock clock;
    final TimeDisplay time;
    final Map<String, DocumentType> types = new ConcurrentHashMap<>();
    final List<DocumentListener> listeners = new CopyOnWriteArrayList<>();
    /** The changes of this thread's transaction not yet told to the listeners (null outside one or before any). */
    private static final ThreadLocal<List<DocumentChange>> TOLD = new ThreadLocal<>();
    private final Supplier<Signer> signer;
    private final Supplier<CustomsTransport> transport;
    private final Supplier<NoticeService> notices;

    Engine(JpaTemplate jpa, AccessPolicy policy, AuditLog audit, FieldRules rules, Clock clock, TimeDisplay time,
            Supplier<Signer> signer, Supplier<CustomsTransport> transport, Supplier<NoticeService> notices) {
        this.jpa = jpa;
        this.policy = policy;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
        this.time = time;
        this.signer = signer;
        this.transport = transport;
        this.notices = notices;
    }

    /** The signer bound now, or null. */
    Signer signer() {
        return signer.get();
    }

    /** The customs transport bound now, or null. */
    CustomsTransport transport() {
        return transport.get();
    }

    /** Where 预警 go, or null. */
    NoticeService notices() {
        return notices.get();
    }

    Optional<DocumentType> type(String typeId) {
        return Optional.ofNullable(typeId == null ? null : types.get(typeId));
    }

    DocumentType requireType(String typeId) {
        return type(typeId).orElseThrow(() -> new RuleViolation("document.type.unknown", typeId));
    }

    static ItemTab requireTab(DocumentType type, String tab) {
        return type.tab(tab).orElseThrow(() -> new RuleViolation("document.tab.unknown", type.id(), tab));
    }

    /** The stored document, for a user who may change documents of its type and enterprise, at that version. */
    DocumentEntity editable(EntityManager em, UserContext who, long id, long version) {
        DocumentEntity d = Store.find(em, id);
        DocumentType type = requireType(d.typeId);
        policy.check(who, type.editPermission(), d.enterpriseCode);
        requireVersion(type, d, version);
        return d;
    }

    /** Refuses work on a version of the document that someone else has changed since. */
    static void requireVersion(DocumentType type, DocumentEntity d, long version) {
        if (d.version != version) {
            throw new ConcurrentEditException(new Messages.Text(type.messages(), type.titleKey()), d.etpsPreentNo);
        }
    }

    /**
     * Work on a stored document that the lifecycle lets {@code event} happen to (or, for a null event, an action of
     * the type that moves nothing); the document is saved after.
     */
    @FunctionalInterface
    interface Change {
        void apply(EntityManager em, DocumentType type, DocumentEntity d);
    }

    /** What a change returns: the document as it is now. */
    @FunctionalInterface
    interface Loader {
        Document load(EntityManager em, DocumentType type, DocumentEntity d);
    }

    Document change(UserContext who, long id, long version, DocumentEvent event, Change work) {
        return change(who, id, version, event, work, Store::load);
    }

    /**
     * The one template of a clerk's change to a stored document, in one transaction: access and version checked, the
     * lifecycle asked, the work done, the document saved and audited, the event told.
     */
    Document change(UserContext who, long id, long version, DocumentEvent event, Change work, Loader loader) {
        return Transactions.write(jpa, "", em -> {
            DocumentEntity d = editable(em, who, id, version);
            DocumentType type = requireType(d.typeId);
            DocumentState next = event == null ? d.state : Lifecycle.apply(d.state, event);
            DocumentState from = d.state;
            String before = d.toString();
            if (event == DocumentEvent.EDIT && from == DocumentState.DECLARE_FAILED) {
                // the signed message no longer says what the document will: it cannot be sent again
                Declaring.discard(em, d.id);
            }
            // the header as it was, for the query keys; a type without any is not read for them
            Map<String, String> header = type.queryKeys().isEmpty() ? null : FieldValues.decode(d.headerValues);
            work.apply(em, type, d);
            if (header != null) {
                Store.index(em, type, d, header);
            }
            d.state = next;
            d.updatedAt = clock.instant();
            d.businessNo = blankToNull(FieldValues.decode(d.headerValues).get(type.businessNoKey()));
            em.flush();
            audit.record(who, event == DocumentEvent.EDIT ? AuditAction.CHANGE : AuditAction.STATE, RECORD,
                    d.etpsPreentNo, d.enterpriseCode, before, event != null && event != DocumentEvent.EDIT && next == from
                            ? audited(d, event) : d);
            Document now = loader.load(em, type, d);
            if (event == DocumentEvent.EDIT) {
                Drafts.checkedDraft(type, now);
            }
            if (event != null) {
                happened(em, type, d, now, event, from, who.username());
            }
            return now;
        });
    }

    /**
     * An event happened to the stored document {@code d} (already saved): the type is told in this transaction (with
     * the document as it is now, {@code now}, or read when null and the type wants it), the listeners after the
     * commit.
     */
    void happened(EntityManager em, DocumentType type, DocumentEntity d, Document now, DocumentEvent event,
            DocumentState from, String by) {
        happened(em, type, d, now, event, from, by, null);
    }

    /** The same, for an event a customs receipt caused: the listeners are told the receipt too. */
    void happened(EntityManager em, DocumentType type, DocumentEntity d, Document now, DocumentEvent event,
            DocumentState from, String by, Receipt receipt) {
        if (event != DocumentEvent.EDIT && event != DocumentEvent.DELETE && (now != null || type.observesEvents())) {
            type.after(now != null ? now : Store.load(em, type, d), event, from);
        }
        if (!listeners.isEmpty()) {
            DocumentChange change = new DocumentChange(d.id, d.typeId, d.enterpriseCode, d.etpsPreentNo, event, from,
                    event == DocumentEvent.DELETE ? from : d.state, by, clock.instant(), receipt);
            List<DocumentChange> told = TOLD.get();
            if (told != null) {
                told.add(change);
            } else {
                // the transaction's first event: its changes are told together, once, after its commit
                List<DocumentChange> changes = new ArrayList<>(List.of(change));
                TOLD.set(changes);
                Transactions.outside(TOLD::remove);
                Transactions.afterCommit(() -> tell(changes));
            }
        }
    }

    private void tell(List<DocumentChange> changes) {
        for (DocumentListener l : listeners) {
            try {
                l.changedAll(List.copyOf(changes));
            } catch (RuntimeException e) {
                LOG.warn("Document listener {} failed on {} changes from {} {}: {}", l.getClass().getName(),
                        changes.size(), changes.get(0).event(), changes.get(0).etpsPreentNo(), e.toString());
            }
        }
    }

    /**
     * The document as the audit keeps it after a clerk's event, with the event named: 申请回执补发 moves nothing, and
     * 重新发送 may not either, yet who did it and when must show.
     */
    static String audited(DocumentEntity d, DocumentEvent event) {
        return d + ", event=" + event.name(); // the audit page names the event in the reader's language
    }

    static String label(DocumentType type) {
        return type.messages().get(type.titleKey(), Messages.DEFAULT_LOCALE);
    }

    static void put(Map<String, String> map, String key, String value) {
        if (key != null && value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
