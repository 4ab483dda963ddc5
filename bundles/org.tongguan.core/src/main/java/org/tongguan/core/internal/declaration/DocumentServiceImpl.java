package org.tongguan.core.internal.declaration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.ConcurrentEditException;
import org.tongguan.core.FieldError;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.ValidationException;
import org.tongguan.core.Validator;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.CustomsTransport;
import org.tongguan.core.customs.EnvelopeInfo;
import org.tongguan.core.customs.Envelopes;
import org.tongguan.core.customs.IncomingMessage;
import org.tongguan.core.customs.OutgoingMessage;
import org.tongguan.core.customs.ReceiptListener;
import org.tongguan.core.customs.ReceiptRefused;
import org.tongguan.core.customs.ReceiptRequest;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.declaration.AttachmentRules;
import org.tongguan.core.declaration.DocumentAction;
import org.tongguan.core.declaration.DocumentRows;
import org.tongguan.core.declaration.RowCheck;
import org.tongguan.core.declaration.RowExplanation;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.Document.AttachmentStatus;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentQuery;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentSummary;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ImportResult;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.declaration.Lifecycle;
import org.tongguan.core.declaration.Receipt;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.io.SafeXml;
import org.tongguan.core.notice.Notice;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.core.io.Xlsx;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.time.TimeDisplay;

/**
 * The document service of every type, and the receipt listener that moves documents when customs answers. Each
 * operation is one transaction: the checks, the change, the audit line and, for 申报, the hand-over to the customs
 * transport (the last step, so a failed send leaves nothing changed).
 */
@Component(service = {DocumentService.class, ReceiptListener.class}, configurationPid = DocumentServiceImpl.PID)
@Designate(ocd = DocumentServiceImpl.ReceiptWait.class)
public class DocumentServiceImpl implements DocumentService, ReceiptListener {
    static final String PID = "org.tongguan.core.receipts";
    static final String RECORD = "document";
    /** The source of a document's 预警 notices: {@code document:<企业内部编号>}. */
    static final String NOTICE_SOURCE = "document:";

    @ObjectClassDefinition(id = PID, name = "Tongguan receipt waits",
            description = "How long a declared document may wait for customs before its clerks are warned and may ask"
                    + " for its receipts again (申请回执补发)")
    @interface ReceiptWait {
        @AttributeDefinition(name = "Receipt overdue after (s)", min = "1",
                description = "A document 已申报 or 入库成功 this long without a receipt is overdue (default 30 minutes)")
        long overdueSeconds() default 1800;

        @AttributeDefinition(name = "转人工 overdue after (s)", min = "1",
                description = "A document 转人工 waits for a customs officer: overdue only after this long (default 3"
                        + " days)")
        long manualOverdueSeconds() default 259200;
    }

    /** A message still in the outbox after this long was not handed over (crash, no transport): it is resent. */
    static final long OUTBOX_GRACE_SECONDS = 10;
    private static final long SWEEP_SECONDS = 5;
    /** The file name of a sent message: {@code <messageType>_<etpsPreentNo>_<send number>.xml}. */
    private static final java.util.regex.Pattern SENT_FILE = java.util.regex.Pattern.compile(
            "[A-Z0-9]+_([A-Z0-9]+)_([0-9]{1,9})\\.xml");
    private static final Logger LOG = LoggerFactory.getLogger(DocumentServiceImpl.class);
    private static final Messages CORE = Messages.CORE;
    private static final ZoneId CUSTOMS_ZONE = Envelopes.CUSTOMS_ZONE;

    private final JpaTemplate jpa;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final FieldRules rules;
    private final Clock clock;
    private final TimeDisplay time;
    private final DocumentNumbers numbers;
    private final Map<String, DocumentType> types = new ConcurrentHashMap<>();
    private java.util.concurrent.ScheduledExecutorService sweeper;
    /** Where the 预警 of overdue receipts go; set once before the service is used. */
    NoticeService notices;
    private volatile java.time.Duration overdue = java.time.Duration.ofSeconds(1800);
    private volatile java.time.Duration manualOverdue = java.time.Duration.ofSeconds(259200);
    // the highest-ranked one, rebound when a better one appears
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Signer signer;
    // the highest-ranked one, rebound when a better one appears
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile CustomsTransport transport;

    @Activate
    public DocumentServiceImpl(@Reference(target = "(osgi.unit.name=tongguan-core)") JpaTemplate jpa,
            @Reference AccessPolicy policy, @Reference AuditLog audit, @Reference CodeTables codes,
            @Reference EnterpriseRegistry registry, @Reference TimeDisplay time, @Reference NoticeService notices,
            @Reference(target = "(schema.bundle=org.tongguan.core)") SchemaReady schema, ReceiptWait config) {
        this(jpa, policy, audit, new FieldRules(codes, registry::lookup), Clock.systemUTC(), time);
        this.notices = notices;
        modified(config);
    }

    /** A new wait applies at once, without restarting the service every area is bound to. */
    @Modified
    void modified(ReceiptWait config) {
        waits(java.time.Duration.ofSeconds(Math.max(1, config.overdueSeconds())),
                java.time.Duration.ofSeconds(Math.max(1, config.manualOverdueSeconds())));
    }

    /** How long a document waits before its receipts are overdue: in 已申报 / 入库成功, and in 转人工. */
    void waits(java.time.Duration receipt, java.time.Duration manual) {
        overdue = receipt;
        manualOverdue = manual;
    }

    /** @param time the days of a query's period are the product's (what the query page shows) */
    DocumentServiceImpl(JpaTemplate jpa, AccessPolicy policy, AuditLog audit, FieldRules rules, Clock clock,
            TimeDisplay time) {
        this.jpa = jpa;
        this.policy = policy;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
        this.time = time;
        this.numbers = new DocumentNumbers(jpa);
    }

    /** Sweeps the outbox and the FailBoxes every few seconds while the service runs. */
    @org.osgi.service.component.annotations.Activate
    void start() {
        sweeper = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tongguan-document-sweeper");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                sweep();
            } catch (RuntimeException e) {
                LOG.warn("Document sweep failed, will retry: {}", e.toString());
            }
        }, SWEEP_SECONDS, SWEEP_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    }

    @org.osgi.service.component.annotations.Deactivate
    void stop() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addType(DocumentType type) {
        types.put(type.id(), type);
    }

    void removeType(DocumentType type) {
        types.remove(type.id(), type);
    }



    // ---------------------------------------------------------------- types

    @Override
    public List<DocumentType> types() {
        return types.values().stream().sorted(java.util.Comparator.comparing(DocumentType::id)).toList();
    }

    @Override
    public Optional<DocumentType> type(String typeId) {
        return Optional.ofNullable(typeId == null ? null : types.get(typeId));
    }

    private DocumentType requireType(String typeId) {
        return type(typeId).orElseThrow(() -> new RuleViolation("document.type.unknown", typeId));
    }

    private static ItemTab requireTab(DocumentType type, String tab) {
        return type.tab(tab).orElseThrow(() -> new RuleViolation("document.tab.unknown", type.id(), tab));
    }

    private static String view(DocumentType t) {
        return t.viewPermission();
    }

    private static String edit(DocumentType t) {
        return t.editPermission();
    }

    // ---------------------------------------------------------------- header

    @Override
    public Document create(UserContext who, String typeId, Map<String, String> header) {
        DocumentType type = requireType(typeId);
        policy.check(who, edit(type));
        Map<String, String> system = new HashMap<>();
        put(system, type.inputDateKey(), FieldRules.BASIC.format(LocalDate.now(clock.withZone(CUSTOMS_ZONE))));
        put(system, type.changeCountKey(), "0");
        for (FieldSpec f : type.header()) {
            if (f.readOnly() && f.defaultValue() != null) {
                system.put(f.key(), f.defaultValue());
            }
        }
        Map<String, String> values = checkedHeader(type, header, system);
        String enterprise = values.get(type.enterpriseKey());
        policy.check(who, edit(type), enterprise);
        numbers.prepare(type.id(), enterprise);
        return Transactions.write(jpa, label(type), em -> {
            DocumentEntity d = new DocumentEntity();
            d.typeId = type.id();
            d.enterpriseCode = enterprise;
            d.state = DocumentState.DRAFT;
            d.headerValues = FieldValues.encode(values);
            d.createdBy = who.username();
            d.createdAt = clock.instant();
            d.updatedAt = d.createdAt;
            d.etpsPreentNo = numbers.next(em, type.id(), enterprise);
            em.persist(d);
            em.flush();
            derive(em, type, d);
            audit.record(who, AuditAction.CREATE, RECORD, d.etpsPreentNo, d.enterpriseCode, null, d);
            return checkedDraft(type, load(em, type, d));
        });
    }

    @Override
    public Document copy(UserContext who, long id) {
        Document source = get(who, id);
        DocumentType type = requireType(source.typeId());
        Map<String, String> header = new LinkedHashMap<>(source.header());
        for (FieldSpec f : type.header()) {
            if (f.readOnly()) {
                header.remove(f.key());
            }
        }
        systemKeys(type).forEach(header::remove);
        return Transactions.write(jpa, label(type), em -> {
            Document created = create(who, type.id(), header); // joins this transaction
            DocumentEntity d = find(em, created.id());
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
                    put(values, t.markKey(), ItemTab.MARK_ADDED);
                    ItemEntity row = ItemEntity.of(d.id, t.key(), ++rowNo, values);
                    em.persist(row);
                }
            }
            d.updatedAt = clock.instant();
            em.flush();
            return checkedDraft(type, load(em, type, d));
        });
    }

    @Override
    public Document saveHeader(UserContext who, long id, long version, Map<String, String> header) {
        return change(who, id, version, DocumentEvent.EDIT, (em, type, d) -> {
            Map<String, String> values = checkedHeader(type, header, FieldValues.decode(d.headerValues));
            String enterprise = values.get(type.enterpriseKey());
            if (!enterprise.equals(d.enterpriseCode)) {
                policy.check(who, edit(type), enterprise);
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
    private void derive(EntityManager em, DocumentType type, DocumentEntity d) {
        if (type.tabs().stream().noneMatch(ItemTab::derived)) {
            return;
        }
        Map<String, List<Map<String, String>>> made = type.deriveItems(load(em, type, d));
        int rowNo = lastRowNo(em, d.id);
        for (ItemTab t : type.tabs()) {
            List<Map<String, String>> rows = made.get(t.key());
            if (!t.derived() || rows == null) {
                continue;
            }
            em.createQuery("DELETE FROM ItemEntity i WHERE i.documentId = :d AND i.tabKey = :t")
                    .setParameter("d", d.id).setParameter("t", t.key()).executeUpdate();
            for (Map<String, String> values : rows) {
                ItemEntity row = ItemEntity.of(d.id, t.key(), ++rowNo, values);
                em.persist(row);
            }
        }
        em.flush();
    }

    /** The document as it will be stored, if the type's rules of a draft hold; else nothing is written. */
    private static Document checkedDraft(DocumentType type, Document doc) {
        Validator v = new Validator(CORE);
        type.validateDraft(doc, v);
        v.throwIfAny();
        return doc;
    }

    /** The header as it will be stored; system-held fields keep {@code system}'s values. */
    private Map<String, String> checkedHeader(DocumentType type, Map<String, String> input,
            Map<String, String> system) {
        Validator v = new Validator(CORE);
        Map<String, String> values = rules.normalize(type.header(), input, system, type.messages(), "", v);
        for (String key : systemKeys(type)) {
            put(values, key, system.get(key));
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

    @Override
    public Document get(UserContext who, long id) {
        return Transactions.read(jpa, em -> {
            DocumentEntity d = find(em, id);
            DocumentType type = requireType(d.typeId);
            policy.check(who, view(type), d.enterpriseCode);
            return load(em, type, d);
        });
    }

    @Override
    public long version(UserContext who, long id) {
        return Transactions.read(jpa, em -> {
            List<Object[]> found = em.createQuery("SELECT d.version, d.typeId, d.enterpriseCode FROM DocumentEntity d"
                    + " WHERE d.id = :id", Object[].class).setParameter("id", id).getResultList();
            if (found.isEmpty()) {
                throw new RuleViolation("document.notFound", id);
            }
            policy.check(who, view(requireType((String) found.get(0)[1])), (String) found.get(0)[2]);
            return ((Number) found.get(0)[0]).longValue();
        });
    }

    @Override
    public List<DocumentSummary> query(UserContext who, DocumentQuery q) {
        checkQuery(who, q);
        return Transactions.read(jpa, em -> {
            TypedQuery<DocumentEntity> tq = criteria(em, q, "SELECT d FROM DocumentEntity d", " ORDER BY d.updatedAt DESC",
                    DocumentEntity.class);
            return tq.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList().stream()
                    .map(d -> new DocumentSummary(d.id, d.typeId, d.enterpriseCode, d.etpsPreentNo, d.seqNo,
                            d.businessNo, d.state, d.changeCount, d.updatedAt, d.receiptCount > 0, d.version))
                    .toList();
        });
    }

    @Override
    public long count(UserContext who, DocumentQuery q) {
        checkQuery(who, q);
        return Transactions.read(jpa, em -> criteria(em, q, "SELECT COUNT(d) FROM DocumentEntity d", "", Long.class)
                .getSingleResult());
    }

    private void checkQuery(UserContext who, DocumentQuery q) {
        DocumentType type = requireType(q.typeId());
        if (q.enterpriseCode() == null || q.enterpriseCode().isBlank()) {
            throw new ValidationException(List.of(new FieldError("enterpriseCode", CORE,
                    "document.enterprise.required", new Object[0])));
        }
        policy.check(who, view(type), q.enterpriseCode());
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
        // a header value is a line "key=value" of the stored header (FieldValues): the first line or one after a newline
        for (int i = 0; i < q.header().size(); i++) {
            jpql.append(" AND (d.headerValues LIKE :hf").append(i).append(" ESCAPE '!' OR d.headerValues LIKE :hn")
                    .append(i).append(" ESCAPE '!')");
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
            tq.setParameter("from", time.startOf(q.from()));
        }
        if (q.to() != null) {
            tq.setParameter("to", time.startOf(q.to().plusDays(1)));
        }
        int i = 0;
        for (Map.Entry<String, String> h : q.header().entrySet()) {
            String value = h.getValue();
            boolean prefix = value.endsWith("*");
            String line = FieldValues.encode(Map.of(h.getKey(), prefix ? value.substring(0, value.length() - 1)
                    : value));
            String pattern = likeLiteral(line.substring(0, line.length() - 1)) + (prefix ? "%" : "\n%");
            tq.setParameter("hf" + i, pattern);
            tq.setParameter("hn" + i, "%\n" + pattern);
            i++;
        }
        return tq;
    }

    /** The text as a LIKE pattern that matches it literally (escape character {@code !}). */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    // ---------------------------------------------------------------- items

    @Override
    public Document saveItem(UserContext who, long id, long version, String tab, Long itemId,
            Map<String, String> values) {
        return change(who, id, version, DocumentEvent.EDIT, (em, type, d) -> {
            ItemTab t = requireTab(type, tab);
            if (t.derived() && itemId == null) {
                throw new RuleViolation("document.tab.derived", new Messages.Text(type.messages(), t.labelKey()));
            }
            List<ItemEntity> rows = items(em, d.id, t.key());
            ItemEntity row = itemId == null ? null : rows.stream().filter(r -> r.id.equals(itemId)).findFirst()
                    .orElseThrow(() -> new RuleViolation("document.item.notFound", itemId));
            Map<String, String> stored = row == null ? Map.of() : FieldValues.decode(row.values);
            Validator v = new Validator(CORE);
            Map<String, String> checked = rules.normalize(t.columns(), values, stored, type.messages(),
                    t.key() + ".", v);
            v.throwIfAny();
            List<Map<String, String>> others = new ArrayList<>();
            for (ItemEntity r : rows) {
                if (r != row) {
                    others.add(FieldValues.decode(r.values));
                }
            }
            assignSeq(t, checked, others);
            rowCheck(type, t, FieldValues.decode(d.headerValues), storedRows(em, type, d)).check(checked, v, -1);
            checkUnique(type, t, checked, others, v, t.key() + ".");
            v.throwIfAny();
            if (t.markKey() != null) {
                String mark = stored.get(t.markKey());
                checked.put(t.markKey(), row == null || mark == null || ItemTab.MARK_ADDED.equals(mark)
                        ? ItemTab.MARK_ADDED : ItemTab.MARK_CHANGED);
            }
            if (row == null) {
                int rowNo = rows.stream().mapToInt(r -> r.rowNo).max().orElse(0) + 1;
                row = ItemEntity.of(d.id, t.key(), rowNo, checked);
                em.persist(row);
            } else {
                row.values = FieldValues.encode(checked);
            }
        });
    }

    /** A tab's {@link RowCheck} whose errors name the tab's column (and, for one row of many, the row number). */
    static final class TabCheck {
        private final DocumentType type;
        private final ItemTab tab;
        private final RowCheck check;

        TabCheck(DocumentType type, ItemTab tab, RowCheck check) {
            this.type = type;
            this.tab = tab;
            this.check = check;
        }

        /**
         * @param rowNumber the row's number for the text (第 n 行), or -1 for the one row being saved
         */
        void check(Map<String, String> row, Validator v, int rowNumber) {
            Validator own = new Validator(CORE);
            check.check(row, own);
            for (FieldError e : own.errors()) {
                if (rowNumber < 0) {
                    v.error(tab.key() + "." + e.field(), e.messages(), e.key(), e.args());
                } else {
                    v.error(tab.key() + "." + e.field(), "field.inRow",
                            new Messages.Text(type.messages(), tab.labelKey()), Integer.toString(rowNumber),
                            Messages.Of.error(e));
                }
            }
        }
    }

    private static TabCheck rowCheck(DocumentType type, ItemTab t, Map<String, String> header, DocumentRows rows) {
        RowCheck c = type.rowCheck(t.key(), java.util.Collections.unmodifiableMap(header), rows);
        return new TabCheck(type, t, c == null ? RowCheck.NONE : c);
    }

    /** The stored rows of the document's tabs, each read once, rows marked 删除 left out. */
    private static DocumentRows storedRows(EntityManager em, DocumentType type, DocumentEntity d) {
        Map<String, List<Map<String, String>>> read = new HashMap<>();
        return tab -> read.computeIfAbsent(tab, k -> {
            ItemTab t = type.tab(k).orElse(null);
            List<Map<String, String>> rows = new ArrayList<>();
            for (ItemEntity i : items(em, d.id, k)) {
                Map<String, String> values = java.util.Collections.unmodifiableMap(FieldValues.decode(i.values));
                if (t == null || !t.deleted(values)) {
                    rows.add(values);
                }
            }
            return java.util.Collections.unmodifiableList(rows);
        });
    }



    @Override
    public Document deleteItems(UserContext who, long id, long version, String tab, List<Long> itemIds) {
        return change(who, id, version, DocumentEvent.EDIT, (em, type, d) -> {
            ItemTab t = requireTab(type, tab);
            if (t.derived()) {
                throw new RuleViolation("document.tab.derived", new Messages.Text(type.messages(), t.labelKey()));
            }
            Set<Long> wanted = new HashSet<>(itemIds);
            for (ItemEntity r : items(em, d.id, t.key())) {
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

    private static void assignSeq(ItemTab t, Map<String, String> row, List<Map<String, String>> others) {
        if (t.seqKey() != null && !row.containsKey(t.seqKey())) {
            row.put(t.seqKey(), Long.toString(maxSeq(t, others) + 1));
        }
    }

    /** The highest 序号 among the rows, 0 without any. */
    private static long maxSeq(ItemTab t, List<Map<String, String>> rows) {
        long max = 0;
        if (t.seqKey() != null) {
            for (Map<String, String> o : rows) {
                String s = o.get(t.seqKey());
                if (s != null && s.matches("[0-9]{1,18}")) {
                    max = Math.max(max, Long.parseLong(s));
                }
            }
        }
        return max;
    }

    private static void checkUnique(DocumentType type, ItemTab t, Map<String, String> row,
            List<Map<String, String>> others, Validator v, String prefix) {
        for (String key : t.uniqueKeys()) {
            String value = ItemTab.uniqueValue(row, key);
            if (value != null && others.stream().anyMatch(o -> value.equals(ItemTab.uniqueValue(o, key)))) {
                duplicate(v, prefix + ItemTab.uniqueColumns(key).get(0), type, t, key, value);
            }
        }
    }

    /** The one text of a repeated unique value: 料号“M-1”在料件中已存在 (of a combination: 成品序号+料件序号“1/2”…). */
    static void duplicate(Validator v, String field, DocumentType type, ItemTab t, String key, String value) {
        v.error(field, "field.unique", label(type, t, key), value, new Messages.Text(type.messages(), t.labelKey()));
    }

    private static Object label(DocumentType type, ItemTab t, String key) {
        List<String> columns = ItemTab.uniqueColumns(key);
        if (columns.size() == 1) {
            return new Messages.Text(type.messages(), t.column(key).map(FieldSpec::labelKey).orElse(key));
        }
        Object[] labels = columns.stream().map(c -> new Messages.Text(type.messages(),
                t.column(c).map(FieldSpec::labelKey).orElse(c))).toArray();
        return new Messages.Of(CORE, "field.join" + Math.min(columns.size(), 3), labels);
    }

    // ---------------------------------------------------------------- import

    @Override
    public byte[] template(String typeId, String tab, Locale locale) {
        DocumentType type = requireType(typeId);
        ItemTab t = requireTab(type, tab);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Xlsx.write(out, type.messages().get(t.labelKey(), locale), headings(type, t, locale), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> headings(DocumentType type, ItemTab t, Locale locale) {
        return t.enteredColumns().stream().map(c -> type.messages().get(c.labelKey(), locale)).toList();
    }

    @Override
    public ImportResult importItems(UserContext who, long id, long version, String tab, InputStream xlsx,
            Locale locale) {
        DocumentType type = requireType(Transactions.read(jpa, em -> find(em, id).typeId));
        ItemTab t = requireTab(type, tab);
        if (t.derived()) {
            throw new RuleViolation("document.tab.derived", new Messages.Text(type.messages(), t.labelKey()));
        }
        // the rows are checked against the document as stored when the import starts
        Document before = get(who, id);
        policy.check(who, edit(type), before.enterpriseCode());
        ItemImport reading = new ItemImport(type, t, before, rules, rowCheck(type, t, before.header(),
                liveRows(type, before)), locale, xlsx);
        List<Document.Item> added = new ArrayList<>();
        try {
            Document after = change(who, id, version, DocumentEvent.EDIT, (em, ty, d) -> {
                // rows are written while the file is still being read and checked (another thread): the transaction
                // is rolled back when any row is refused, so all rows or none are imported
                int rowNo = lastRowNo(em, d.id);
                // a blank 序号 takes the next after the highest stored or read so far
                long next = 1 + maxSeq(t, before.items(t.key()).stream().map(Document.Item::values).toList());
                Set<String> numbered = new HashSet<>();
                List<ItemEntity> unflushed = new ArrayList<>();
                for (ItemImport.Row r; (r = reading.next()) != null; ) {
                    Map<String, String> values = r.values();
                    if (t.seqKey() != null) {
                        String seq = values.get(t.seqKey());
                        if (seq == null) {
                            seq = Long.toString(next++);
                            values.put(t.seqKey(), seq);
                            numbered.add(seq);
                        } else if (numbered.contains(seq)) {
                            reading.refuse(r.rowNumber(), t.seqKey(), duplicateText(type, t, t.seqKey(), seq, locale));
                            continue;
                        } else {
                            next = Math.max(next, Long.parseLong(seq) + 1);
                        }
                    }
                    if (reading.refused()) {
                        continue; // keep reading, to report every bad row
                    }
                    ItemEntity row = ItemEntity.of(d.id, t.key(), ++rowNo, values);
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

    /** Rows of an import are written every so many, while the file is still being read. */
    static final int IMPORT_FLUSH_ROWS = 2_000;

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
        return document(d, items, before.attachments());
    }

    /** The one text of a repeated unique value, for an import row. */
    private static String duplicateText(DocumentType type, ItemTab t, String key, String value, Locale locale) {
        Validator v = new Validator(CORE);
        duplicate(v, key, type, t, key, value);
        return v.errors().get(0).message(locale);
    }

    /** A document's rows for a {@link RowCheck}, rows marked 删除 left out. */
    private static DocumentRows liveRows(DocumentType type, Document doc) {
        return tab -> {
            ItemTab t = type.tab(tab).orElse(null);
            return doc.items(tab).stream().map(Document.Item::values).filter(v -> t == null || !t.deleted(v))
                    .toList();
        };
    }


    // ---------------------------------------------------------------- attachments

    @Override
    public Document addAttachment(UserContext who, long id, long version, String kind, String number,
            String fileName, byte[] content) {
        return change(who, id, version, DocumentEvent.EDIT, (em, type, d) -> {
            AttachmentRules r = type.attachments();
            if (!r.accepted()) {
                throw new RuleViolation("attachment.none");
            }
            Validator v = new Validator(CORE);
            if (kind == null || !r.kinds().isEmpty() && !r.kinds().containsKey(kind)) {
                v.error("attachment.kind", "attachment.kind.required");
            }
            String name = fileName == null ? "" : fileName.strip();
            if (!r.extensions().contains(AttachmentRules.extension(name))) {
                v.error("attachment.file", "attachment.type", String.join(", ", new java.util.TreeSet<>(r.extensions())));
            } else if (content == null || content.length == 0) {
                v.error("attachment.file", "attachment.empty");
            } else if (content.length > r.maxBytes()) {
                v.error("attachment.file", "attachment.tooLarge", r.maxBytes() / 1024);
            }
            v.text("attachment.number", new Messages.Key("attachment.field.number"), number, false, 64);
            v.throwIfAny();
            AttachmentEntity a = new AttachmentEntity();
            a.documentId = d.id;
            a.kind = kind;
            a.number = number == null || number.isBlank() ? null : number.strip();
            a.fileName = name.length() > 200 ? name.substring(name.length() - 200) : name;
            a.size = content.length;
            a.sha256 = sha256(content);
            a.status = AttachmentStatus.PENDING;
            a.addedAt = clock.instant();
            em.persist(a);
            em.flush();
            AttachmentFileEntity f = new AttachmentFileEntity();
            f.attachmentId = a.id;
            f.content = content.clone();
            em.persist(f);
        });
    }

    @Override
    public Document uploadAttachment(UserContext who, long id, long version, long attachmentId) {
        return change(who, id, version, DocumentEvent.EDIT, (em, type, d) -> {
            AttachmentEntity a = attachment(em, d, attachmentId);
            if (a.status == AttachmentStatus.UPLOADED) {
                throw new RuleViolation("attachment.alreadyUploaded");
            }
            a.status = AttachmentStatus.UPLOADED;
        });
    }

    @Override
    public Document deleteAttachment(UserContext who, long id, long version, long attachmentId) {
        return change(who, id, version, DocumentEvent.EDIT, (em, type, d) -> {
            AttachmentEntity a = attachment(em, d, attachmentId);
            AttachmentFileEntity f = em.find(AttachmentFileEntity.class, a.id);
            if (f != null) {
                em.remove(f);
            }
            em.remove(a);
        });
    }

    @Override
    public byte[] attachmentContent(UserContext who, long id, long attachmentId) {
        return Transactions.read(jpa, em -> {
            DocumentEntity d = find(em, id);
            policy.check(who, view(requireType(d.typeId)), d.enterpriseCode);
            AttachmentEntity a = attachment(em, d, attachmentId);
            return em.find(AttachmentFileEntity.class, a.id).content.clone();
        });
    }

    private static AttachmentEntity attachment(EntityManager em, DocumentEntity d, long attachmentId) {
        AttachmentEntity a = em.find(AttachmentEntity.class, attachmentId);
        if (a == null || a.documentId != d.id) {
            throw new RuleViolation("attachment.notFound", attachmentId);
        }
        return a;
    }

    // ---------------------------------------------------------------- delete, change, declare

    @Override
    public void delete(UserContext who, long id, long version) {
        Transactions.write(jpa, "", em -> {
            DocumentEntity d = find(em, id);
            DocumentType type = requireType(d.typeId);
            policy.check(who, edit(type), d.enterpriseCode);
            requireVersion(type, d, version);
            Lifecycle.apply(d.state, DocumentEvent.DELETE);
            if (d.changeCount > 0 || d.businessNo != null) {
                throw new RuleViolation("document.delete.approved", d.etpsPreentNo);
            }
            em.createQuery("DELETE FROM OutboxEntity o WHERE o.documentId = :d").setParameter("d", d.id)
                    .executeUpdate();
            em.createQuery("DELETE FROM AttachmentFileEntity f WHERE f.attachmentId IN "
                    + "(SELECT a.id FROM AttachmentEntity a WHERE a.documentId = :d)").setParameter("d", d.id)
                    .executeUpdate();
            for (String entity : new String[] {"AttachmentEntity", "ItemEntity", "ReceiptEntity"}) {
                em.createQuery("DELETE FROM " + entity + " x WHERE x.documentId = :d").setParameter("d", d.id)
                        .executeUpdate();
            }
            audit.record(who, AuditAction.DELETE, RECORD, d.etpsPreentNo, d.enterpriseCode, d, null);
            em.remove(d);
            return null;
        });
    }

    @Override
    public Document change(UserContext who, long id, long version) {
        return change(who, id, version, DocumentEvent.CHANGE, (em, type, d) -> {
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
                    for (ItemEntity r : items(em, d.id, t.key())) {
                        Map<String, String> values = FieldValues.decode(r.values);
                        values.put(t.markKey(), ItemTab.MARK_UNCHANGED);
                        r.values = FieldValues.encode(values);
                    }
                }
            }
        });
    }

    @Override
    public Document perform(UserContext who, long id, long version, String action) {
        return change(who, id, version, null, (em, type, d) -> {
            DocumentAction a = type.actions().stream().filter(x -> x.key().equals(action)).findFirst()
                    .orElseThrow(() -> new RuleViolation("document.action.unknown", action));
            if (!a.states().contains(d.state)) {
                throw new RuleViolation("lifecycle.refused", new Messages.Key(d.state.messageKey()),
                        new Messages.Text(type.messages(), a.labelKey()));
            }
            Map<String, String> header = new LinkedHashMap<>(FieldValues.decode(d.headerValues));
            Validator v = new Validator(CORE);
            type.perform(a.key(), load(em, type, d), header, v);
            v.throwIfAny();
            d.headerValues = FieldValues.encode(header);
        });
    }

    @Override
    public Optional<RowExplanation> explain(UserContext who, long id, String tab, long itemId, Locale locale) {
        Document doc = get(who, id);
        DocumentType type = requireType(doc.typeId());
        ItemTab t = requireTab(type, tab);
        Document.Item row = doc.items(t.key()).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new RuleViolation("document.item.notFound", itemId));
        return type.explain(doc, t.key(), row, locale);
    }

    @Override
    public Document declare(UserContext who, long docId, long version, String cardNo, char[] pin,
            boolean declare) {
        Declared declared = declareStored(who, docId, version, cardNo, pin, declare);
        // the hand-over to the transport changes nothing of the document unless it fails (then it throws)
        RuntimeException failed = handOver(List.of(declared), true).get(docId);
        if (failed != null) {
            throw failed;
        }
        return declared.document();
    }

    /** Documents handed over together by {@link #declareAll}, at most. */
    static final int HAND_OVER_BATCH = 64;

    @Override
    public Map<Long, RuntimeException> declareAll(UserContext who, Map<Long, Long> versions, String cardNo,
            char[] pin) {
        Map<Long, RuntimeException> failed = new LinkedHashMap<>();
        if (versions.isEmpty()) {
            return failed;
        }
        int threads = Math.max(1, Math.min(versions.size(), Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tongguan-doc-declare");
            t.setDaemon(true);
            return t;
        });
        char[] secret = pin.clone();
        try {
            java.util.concurrent.CompletionService<Object> done =
                    new java.util.concurrent.ExecutorCompletionService<>(pool);
            versions.forEach((id, version) -> done.submit(() -> {
                try {
                    // only the message waits for the hand-over: the document's rows are let go at once
                    Declared d = declareStored(who, id, version, cardNo, secret, true);
                    return new Declared(null, d.message(), d.id());
                } catch (RuntimeException e) {
                    return Map.entry(id, e);
                }
            }));
            // sealed documents are handed over as they come, together with those that came meanwhile
            List<Declared> ready = new ArrayList<>();
            for (int left = versions.size(); left > 0 || !ready.isEmpty();) {
                java.util.concurrent.Future<Object> next = left == 0 ? null : ready.isEmpty() ? done.take()
                        : done.poll();
                if (next == null || ready.size() >= HAND_OVER_BATCH) {
                    failed.putAll(handOver(ready, true));
                    ready.clear();
                }
                if (next != null) {
                    left--;
                    Object result = next.get();
                    if (result instanceof Declared d) {
                        ready.add(d);
                    } else {
                        @SuppressWarnings("unchecked")
                        Map.Entry<Long, RuntimeException> e = (Map.Entry<Long, RuntimeException>) result;
                        failed.put(e.getKey(), e.getValue());
                    }
                }
            }
            return failed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            java.util.Arrays.fill(secret, '\0');
            pool.shutdownNow();
        }
    }

    /** 申报 or 发送 in one transaction: checked, sealed, the message committed in the outbox. */
    private Declared declareStored(UserContext who, long docId, long version, String cardNo, char[] pin,
            boolean declare) {
        DocumentEvent event = DocumentEvent.DECLARE;
        return Transactions.write(jpa, "", em -> {
            DocumentEntity d = find(em, docId);
            DocumentType type = requireType(d.typeId);
            policy.check(who, edit(type), d.enterpriseCode);
            requireVersion(type, d, version);
            DocumentState next = Lifecycle.apply(d.state, event);
            Document doc = load(em, type, d);
            checkWhole(type, doc);
            Signer s = signer;
            if (s == null || transport == null) {
                throw new RuleViolation("document.send.failed", s == null ? "Signer" : "CustomsTransport");
            }
            if (cardNo == null || cardNo.isBlank()) {
                throw new ValidationException(List.of(new FieldError("cardNo", CORE, "document.card.required",
                        new Object[0])));
            }
            CardMedium card = s.card(cardNo).orElseThrow(() -> new RuleViolation("signing.unknownCard", cardNo));
            if (!card.enterpriseCode().equals(d.enterpriseCode)) {
                throw new RuleViolation("document.card.otherEnterprise", cardNo, d.enterpriseCode);
            }
            d.sendCount++;
            String fileName = type.messageType() + "_" + d.etpsPreentNo + "_" + d.sendCount + ".xml";
            EnvelopeInfo info = new EnvelopeInfo("1.0", d.etpsPreentNo, messageId(d.etpsPreentNo, d.sendCount),
                    fileName, type.messageType(), "DXPENT" + d.enterpriseCode, "DXPEDC" + type.businessType(),
                    clock.instant());
            String flag = declare ? Envelopes.DECLARE : Envelopes.STAGE;
            byte[] sealed = Envelopes.sealCanonical(s, cardNo, pin, info, flag, MessageBuilder.element(type, doc));
            DocumentState before = d.state;
            if (declare) {
                d.state = next;
            }
            d.lastDeclareFlag = flag;
            d.updatedAt = clock.instant();
            if (d.sendCount > 1) { // a message of an earlier send held after a refused hand-over is superseded
                em.createQuery("DELETE FROM OutboxEntity o WHERE o.documentId = :d").setParameter("d", d.id)
                        .executeUpdate();
            }
            OutboxEntity out = new OutboxEntity();
            out.documentId = d.id;
            out.businessType = type.businessType();
            out.fileName = fileName;
            out.content = sealed;
            out.createdAt = clock.instant();
            em.persist(out);
            em.flush();
            audit.record(who, AuditAction.STATE, RECORD, d.etpsPreentNo, d.enterpriseCode, before, d);
            // 申报 changed the state, not the rows: they are not read again
            Document now = document(d, doc.items(), doc.attachments());
            if (declare) {
                type.after(now, event, before);
            }
            return new Declared(now, new OutgoingMessage(out.businessType, out.fileName, out.content));
        });
    }

    /** A document declared (null for a leftover of the outbox) and the message committed in its outbox. */
    private record Declared(Document document, OutgoingMessage message, long id) {
        Declared(Document document, OutgoingMessage message) {
            this(document, message, document.id());
        }
    }

    /**
     * Hands committed messages to the customs transport (together) and takes them out of the outbox (in one
     * transaction). When the transport cannot take one, its document becomes 申报失败 (it can be corrected and declared
     * again) and, for a clerk's 申报, the reason is returned; for a resend of a leftover the message stays for the next
     * attempt.
     *
     * @return document id → why its message was not handed over (only when {@code clerkWaits})
     */
    private Map<Long, RuntimeException> handOver(List<Declared> declared, boolean clerkWaits) {
        Map<Long, RuntimeException> refused = new LinkedHashMap<>();
        CustomsTransport t = transport;
        if (t == null || declared.isEmpty()) {
            return refused;
        }
        Map<OutgoingMessage, RuntimeException> failed = t.sendAll(declared.stream().map(Declared::message).toList());
        List<Declared> sent = new ArrayList<>();
        for (Declared d : declared) {
            RuntimeException e = failed.get(d.message());
            if (e == null) {
                sent.add(d);
            } else if (!clerkWaits) {
                LOG.warn("Message {} not sent yet: {}", d.message().fileName(), e.getMessage());
            } else {
                refused.put(d.id(), new RuleViolation("document.send.failed", e.getMessage()));
            }
        }
        Transactions.write(jpa, "", em -> {
            for (Declared d : sent) {
                handedOver(em, d);
            }
            for (long id : refused.keySet()) {
                DocumentEntity d = find(em, id);
                failed(em, d);
                if (d.state != DocumentState.DECLARE_FAILED) { // a 发送 that was refused: nothing to send again
                    em.createQuery("DELETE FROM OutboxEntity o WHERE o.documentId = :d").setParameter("d", id)
                            .executeUpdate();
                }
                // else the signed message stays with the 申报失败 document: 重新发送 hands it over as it is
            }
            return null;
        });
        return refused;
    }

    // ---------------------------------------------------------------- a document stuck on its way

    @Override
    public Document requestReceipts(UserContext who, long id, long version) {
        return change(who, id, version, DocumentEvent.REQUEST_RECEIPTS, (em, type, d) -> {
            if (!overdue(d, clock.instant())) {
                throw new RuleViolation("document.receipts.notOverdue", d.etpsPreentNo,
                        wait(d.state == DocumentState.MANUAL ? manualOverdue : overdue));
            }
            CustomsTransport t = transport;
            if (t == null) {
                throw new RuleViolation("document.send.failed", "CustomsTransport");
            }
            try { // the last step: a request that cannot be queued leaves the document as it was
                t.requestReceipts(type.businessType(), new ReceiptRequest(d.etpsPreentNo,
                        messageId(d.etpsPreentNo, d.sendCount), sentFileName(type, d), clock.instant()));
            } catch (UnsupportedOperationException | UncheckedIOException e) {
                throw new RuleViolation("document.receipts.requestFailed", e.getMessage());
            }
        });
    }

    @Override
    public Document resend(UserContext who, long id, long version) {
        OutgoingMessage[] held = new OutgoingMessage[1];
        Document now = Transactions.write(jpa, "", em -> {
            DocumentEntity d = find(em, id);
            DocumentType type = requireType(d.typeId);
            policy.check(who, edit(type), d.enterpriseCode);
            requireVersion(type, d, version);
            DocumentState next = Lifecycle.apply(d.state, DocumentEvent.RESEND);
            CustomsTransport t = transport;
            if (t == null) {
                throw new RuleViolation("document.send.failed", "CustomsTransport");
            }
            OutboxEntity out = em.find(OutboxEntity.class, d.id);
            boolean inFailBox = out == null && t.failed(type.businessType()).contains(sentFileName(type, d));
            if (out == null && !inFailBox) {
                throw new RuleViolation("document.resend.reached", d.etpsPreentNo);
            }
            DocumentState from = d.state;
            String before = d.toString();
            d.state = next;
            d.updatedAt = clock.instant();
            em.flush();
            audit.record(who, AuditAction.STATE, RECORD, d.etpsPreentNo, before, audited(d, DocumentEvent.RESEND));
            Document doc = load(em, type, d);
            type.after(doc, DocumentEvent.RESEND, from);
            if (out != null) {
                held[0] = new OutgoingMessage(out.businessType, out.fileName, out.content);
                out.createdAt = clock.instant(); // handed over below; the sweeper's grace starts again
            } else if (!t.resendFailed(type.businessType(), sentFileName(type, d))) { // the last step
                throw new RuleViolation("document.resend.reached", d.etpsPreentNo);
            }
            return doc;
        });
        if (held[0] != null) {
            RuntimeException failed = handOver(notYetQueued(transport, List.of(new Declared(now, held[0]))), true)
                    .get(id);
            if (failed != null) {
                throw failed;
            }
        }
        return now;
    }

    @Override
    public Set<DocumentEvent> followUps(UserContext who, long id) {
        return Transactions.read(jpa, em -> {
            DocumentEntity d = find(em, id);
            DocumentType type = requireType(d.typeId);
            Set<DocumentEvent> offered = java.util.EnumSet.noneOf(DocumentEvent.class);
            if (!policy.permits(who, edit(type), d.enterpriseCode)) {
                return offered;
            }
            if (Lifecycle.allows(d.state, DocumentEvent.REQUEST_RECEIPTS) && overdue(d, clock.instant())) {
                offered.add(DocumentEvent.REQUEST_RECEIPTS);
            }
            CustomsTransport t = transport;
            if (Lifecycle.allows(d.state, DocumentEvent.RESEND) && t != null
                    && (em.find(OutboxEntity.class, d.id) != null
                            || t.failed(type.businessType()).contains(sentFileName(type, d)))) {
                offered.add(DocumentEvent.RESEND);
            }
            return offered;
        });
    }

    /**
     * The document as the audit keeps it after a clerk's event, with the event named: 申请回执补发 moves nothing, and
     * 重新发送 may not either, yet who did it and when must show.
     */
    private static String audited(DocumentEntity d, DocumentEvent event) {
        return d + ", event=" + event.name(); // the audit page names the event in the reader's language
    }

    /** The file name the document's latest message was sent under (see {@link #declareStored}). */
    private static String sentFileName(DocumentType type, DocumentEntity d) {
        return type.messageType() + "_" + d.etpsPreentNo + "_" + d.sendCount + ".xml";
    }

    /** Whether the document has waited for customs longer than allowed in its state. */
    private boolean overdue(DocumentEntity d, Instant now) {
        if (!Lifecycle.WAITING.contains(d.state)) {
            return false;
        }
        return d.updatedAt.plus(d.state == DocumentState.MANUAL ? manualOverdue : overdue).isBefore(now);
    }

    /** A wait in words, as the clerk reads it: 30 分钟, 3 小时, 20 秒. */
    private static Messages.Of wait(java.time.Duration wait) {
        long s = wait.toSeconds();
        return s % 3600 == 0 ? new Messages.Of(CORE, "duration.hours", new Object[] {s / 3600})
                : s % 60 == 0 ? new Messages.Of(CORE, "duration.minutes", new Object[] {s / 60})
                : new Messages.Of(CORE, "duration.seconds", new Object[] {s});
    }

    /**
     * A 预警 to the enterprise's clerks for every document overdue in its wait, once per wait: a document warned
     * since it last moved (or since its receipts were last asked for) is not warned again.
     */
    void warnOverdue() {
        NoticeService n = notices;
        if (n == null) {
            return;
        }
        Instant now = clock.instant();
        // one statement: only the documents not yet warned in this wait come back, however long others stay late
        List<Object[]> late = Transactions.read(jpa, em -> em.createQuery("SELECT d.typeId, d.enterpriseCode,"
                + " d.etpsPreentNo, d.state, d.updatedAt FROM DocumentEntity d WHERE ((d.state IN :waiting AND"
                + " d.updatedAt < :receipt) OR (d.state = :manual AND d.updatedAt < :officer)) AND NOT EXISTS (SELECT"
                + " x.id FROM NoticeEntity x WHERE x.enterpriseCode = d.enterpriseCode AND x.createdAt >= d.updatedAt"
                + " AND x.kind = :warning AND x.source = CONCAT(:prefix, d.etpsPreentNo))", Object[].class)
                .setParameter("waiting", List.of(DocumentState.DECLARED, DocumentState.ACCEPTED))
                .setParameter("receipt", now.minus(overdue)).setParameter("manual", DocumentState.MANUAL)
                .setParameter("officer", now.minus(manualOverdue)).setParameter("warning", Notice.Kind.WARNING)
                .setParameter("prefix", NOTICE_SOURCE).getResultList());
        for (Object[] d : late) {
            String typeId = (String) d[0];
            String etpsPreentNo = (String) d[2];
            DocumentState state = (DocumentState) d[3];
            Instant since = (Instant) d[4];
            DocumentType type = types.get(typeId);
            n.publish((String) d[1], Notice.Kind.WARNING, NOTICE_SOURCE + etpsPreentNo,
                    CORE.get("notice.receiptOverdue.title", Messages.DEFAULT_LOCALE,
                            type == null ? typeId : label(type), etpsPreentNo,
                            wait(state == DocumentState.MANUAL ? manualOverdue : overdue)),
                    CORE.get("notice.receiptOverdue.text", Messages.DEFAULT_LOCALE, new Messages.Key(state.messageKey()),
                            java.time.LocalDateTime.ofInstant(since, CUSTOMS_ZONE).withNano(0).toString()
                                    .replace('T', ' ')));
            LOG.info("Receipts of {} {} overdue ({} since {}): 预警 raised", typeId, etpsPreentNo, state, since);
        }
    }

    /** The message is with the transport: it leaves the outbox. */
    private static void handedOver(EntityManager em, Declared d) {
        // by statement: finding the row first would read its 30 KB message back only to delete it
        em.createQuery("DELETE FROM OutboxEntity o WHERE o.documentId = :d AND o.fileName = :f")
                .setParameter("d", d.id()).setParameter("f", d.message().fileName()).executeUpdate();
    }

    /**
     * The messages of {@code left} (left in the outbox) that the transport does not have yet; those it has (a crash
     * came between handing them over and emptying the outbox) leave the outbox without going twice.
     */
    private List<Declared> notYetQueued(CustomsTransport t, List<Declared> left) {
        if (t == null) {
            return left; // handOver finds no transport either: they stay
        }
        List<Declared> fresh = new ArrayList<>();
        List<Declared> queued = new ArrayList<>();
        for (Declared d : left) {
            (t.queued(d.message().businessType(), d.message().fileName()) ? queued : fresh).add(d);
        }
        if (!queued.isEmpty()) {
            Transactions.write(jpa, "", em -> {
                queued.forEach(d -> handedOver(em, d));
                return null;
            });
            queued.forEach(d -> LOG.info("Message {} reached the transport before a restart: not sent again",
                    d.message().fileName()));
        }
        return fresh;
    }

    /**
     * What the e-port side did not finish: messages left in the outbox by a crash or an absent transport are sent,
     * and a message the e-port client put in its FailBox makes its document 申报失败 (when it is the latest send).
     */
    void sweep() {
        if (transport == null) {
            return;
        }
        warnOverdue();
        Instant stale = clock.instant().minusSeconds(OUTBOX_GRACE_SECONDS);
        // a message held by a 申报失败 document waits for the clerk's 重新发送 (or a new 申报)
        List<Long> left = Transactions.read(jpa, em -> em.createQuery(
                "SELECT o.documentId FROM OutboxEntity o, DocumentEntity d WHERE d.id = o.documentId"
                        + " AND o.createdAt < :t AND d.state <> :failed", Long.class)
                .setParameter("t", stale).setParameter("failed", DocumentState.DECLARE_FAILED).getResultList());
        for (long id : left) {
            OutboxEntity out = Transactions.read(jpa, em -> em.find(OutboxEntity.class, id));
            if (out != null) {
                handOver(notYetQueued(transport, List.of(new Declared(null, new OutgoingMessage(out.businessType,
                        out.fileName, out.content), id))), false);
            }
        }
        Set<String> folders = new java.util.TreeSet<>();
        types.values().forEach(t -> folders.add(t.businessType()));
        for (String folder : folders) {
            for (String failed : transport.failed(folder)) {
                markFailed(failed);
            }
        }
    }

    private void markFailed(String fileName) {
        java.util.regex.Matcher m = SENT_FILE.matcher(fileName);
        if (!m.matches()) {
            return;
        }
        int sent = Integer.parseInt(m.group(2));
        Transactions.write(jpa, "", em -> {
            for (DocumentEntity d : em.createQuery("SELECT d FROM DocumentEntity d WHERE d.etpsPreentNo = :n",
                    DocumentEntity.class).setParameter("n", m.group(1)).getResultList()) {
                if (d.sendCount == sent) {
                    failed(em, d);
                }
            }
            return null;
        });
    }

    /** The e-port could not send the document's latest message: 申报失败, if it was still on its way. */
    private void failed(EntityManager em, DocumentEntity d) {
        Optional<DocumentState> next = Lifecycle.next(d.state, DocumentEvent.SEND_FAILED);
        if (next.isEmpty()) {
            return;
        }
        String before = d.toString();
        DocumentState from = d.state;
        d.state = next.get();
        d.updatedAt = clock.instant();
        em.flush();
        audit.record(UserContext.system("e-port"), AuditAction.STATE, RECORD, d.etpsPreentNo, d.enterpriseCode, before,
                d);
        DocumentType type = types.get(d.typeId);
        if (type != null && observesEvents(type)) {
            type.after(load(em, type, d), DocumentEvent.SEND_FAILED, from);
        }
    }

    /** Every field of header and rows checked again (code tables may have changed), then the type's own rules. */
    private void checkWhole(DocumentType type, Document doc) {
        Validator v = new Validator(CORE);
        rules.normalize(type.header(), doc.header(), doc.header(), type.messages(), "", v);
        DocumentRows live = liveRows(type, doc);
        for (ItemTab t : type.tabs()) {
            Map<String, Set<String>> seen = new HashMap<>();
            TabCheck rowCheck = rowCheck(type, t, doc.header(), live);
            int rowNumber = 0;
            for (Document.Item i : doc.items(t.key())) {
                rowNumber++;
                if (t.deleted(i.values())) {
                    continue;
                }
                Map<String, String> row = rules.normalize(t.columns(), i.values(), i.values(), type.messages(),
                        t.key() + ".", v);
                rowCheck.check(row, v, rowNumber);
                for (String key : t.uniqueKeys()) {
                    String value = ItemTab.uniqueValue(i.values(), key);
                    if (value != null && !seen.computeIfAbsent(key, k -> new HashSet<>()).add(value)) {
                        duplicate(v, t.key() + "." + ItemTab.uniqueColumns(key).get(0), type, t, key, value);
                    }
                }
            }
        }
        type.validateDeclaration(doc, v);
        v.throwIfAny();
    }

    static String messageId(String etpsPreentNo, int sendCount) {
        return etpsPreentNo + "-" + sendCount;
    }

    /**
     * Work on a stored document that the lifecycle lets {@code event} happen to (or, for a null event, an action of
     * the type that moves nothing); the document is saved after.
     */
    @FunctionalInterface
    private interface Change {
        void apply(EntityManager em, DocumentType type, DocumentEntity d);
    }

    /** What a change returns: the document as it is now. */
    @FunctionalInterface
    private interface Loader {
        Document load(EntityManager em, DocumentType type, DocumentEntity d);
    }

    private Document change(UserContext who, long id, long version, DocumentEvent event, Change work) {
        return change(who, id, version, event, work, DocumentServiceImpl::load);
    }

    private Document change(UserContext who, long id, long version, DocumentEvent event, Change work,
            Loader loader) {
        return Transactions.write(jpa, "", em -> {
            DocumentEntity d = find(em, id);
            DocumentType type = requireType(d.typeId);
            policy.check(who, edit(type), d.enterpriseCode);
            requireVersion(type, d, version);
            DocumentState next = event == null ? d.state : Lifecycle.apply(d.state, event);
            DocumentState from = d.state;
            String before = d.toString();
            if (event == DocumentEvent.EDIT && from == DocumentState.DECLARE_FAILED) {
                // the signed message no longer says what the document will: it cannot be sent again
                em.createQuery("DELETE FROM OutboxEntity o WHERE o.documentId = :d").setParameter("d", d.id)
                        .executeUpdate();
            }
            work.apply(em, type, d);
            d.state = next;
            d.updatedAt = clock.instant();
            d.businessNo = blankToNull(FieldValues.decode(d.headerValues).get(type.businessNoKey()));
            em.flush();
            audit.record(who, event == DocumentEvent.EDIT ? AuditAction.CHANGE : AuditAction.STATE, RECORD,
                    d.etpsPreentNo, d.enterpriseCode, before, event != null && event != DocumentEvent.EDIT && next == from
                            ? audited(d, event) : d);
            Document now = loader.load(em, type, d);
            if (event == DocumentEvent.EDIT) {
                return checkedDraft(type, now);
            }
            if (event != null) {
                type.after(now, event, from);
            }
            return now;
        });
    }

    private static void requireVersion(DocumentType type, DocumentEntity d, long version) {
        if (d.version != version) {
            throw new ConcurrentEditException(new Messages.Text(type.messages(), type.titleKey()), d.etpsPreentNo);
        }
    }

    // ---------------------------------------------------------------- receipts

    @Override
    public List<Receipt> receipts(UserContext who, long id) {
        return Transactions.read(jpa, em -> {
            DocumentEntity d = find(em, id);
            policy.check(who, view(requireType(d.typeId)), d.enterpriseCode);
            return em.createQuery("SELECT r FROM ReceiptEntity r WHERE r.documentId = :d ORDER BY r.id DESC",
                    ReceiptEntity.class).setParameter("d", d.id).getResultList().stream()
                    .map(DocumentServiceImpl::receipt).toList();
        });
    }

    @Override
    public byte[] message(UserContext who, long id) {
        Document doc = get(who, id);
        return MessageBuilder.build(requireType(doc.typeId()), doc);
    }

    /**
     * Applies a customs receipt to the document whose 企业内部编号 is its {@code business_id}: kept (once per content),
     * and, when it answers the document's latest message, the lifecycle's move. A receipt for no document of this
     * install, or one whose signature does not verify, is logged and dropped; a receipt that answers a message not
     * yet committed is offered again later.
     */
    @Override
    public void onReceipt(IncomingMessage receipt) throws Exception {
        OpenedReceipt opened = open(receipt);
        if (opened != null) {
            Transactions.write(jpa, "", em -> {
                take(em, opened);
                return null;
            });
        }
    }

    /**
     * Receipts that arrived together are applied in one transaction (one commit for them all); when that fails, each
     * is taken alone, so one that cannot be taken yet does not hold back the others.
     */
    @Override
    public Map<IncomingMessage, Exception> onReceipts(List<IncomingMessage> receipts) {
        if (receipts.size() < 2) {
            return ReceiptListener.super.onReceipts(receipts);
        }
        List<OpenedReceipt> opened = new ArrayList<>();
        Map<IncomingMessage, Exception> refused = new LinkedHashMap<>();
        try {
            for (IncomingMessage r : receipts) {
                try {
                    OpenedReceipt o = open(r);
                    if (o != null) {
                        opened.add(o);
                    }
                } catch (ReceiptRefused e) {
                    refused.put(r, e); // the others are taken all the same
                }
            }
            Transactions.write(jpa, "", em -> {
                for (OpenedReceipt o : opened) {
                    take(em, o);
                    // written, then forgotten: otherwise every query of the next receipts compares all the documents
                    // and receipts of the batch so far with their copies before flushing (quadratic in the batch)
                    em.flush();
                    em.clear();
                }
                return null;
            });
            return refused;
        } catch (RuntimeException e) {
            LOG.debug("Receipts taken one by one after the batch failed", e);
            return ReceiptListener.super.onReceipts(receipts);
        }
    }

    /** A receipt whose signature was verified, and what it says. */
    private record OpenedReceipt(IncomingMessage file, SignedMessage message, ReceiptReader.Parsed parsed) {
    }

    /**
     * The receipt verified and read; null when it is not a receipt this service applies.
     *
     * @throws ReceiptRefused when it does not open (not well-formed, a DOCTYPE, a bad envelope or signature)
     */
    private OpenedReceipt open(IncomingMessage receipt) {
        Signer s = signer;
        if (s == null) {
            throw new IllegalStateException("no Signer to verify receipt " + receipt.fileName());
        }
        try {
            SignedMessage m = Envelopes.open(s, receipt.content(), key -> s.card(key).map(CardMedium::certificate));
            ReceiptReader.Parsed parsed = ReceiptReader.read(SafeXml.parse(m.businessXml()).getDocumentElement())
                    .orElse(null);
            return parsed == null ? null : new OpenedReceipt(receipt, m, parsed);
        } catch (RuleViolation e) { // the transport keeps it apart with the reason and logs it: not here again
            throw new ReceiptRefused(e);
        } catch (org.xml.sax.SAXException | java.io.IOException e) { // opened, so well-formed: not expected
            throw new ReceiptRefused(new RuleViolation("signing.badEnvelope", e.getMessage()));
        }
    }

    /** Applies the receipt to the document it answers, once per receipt content. */
    private void take(EntityManager em, OpenedReceipt o) {
        IncomingMessage receipt = o.file();
        String businessId = o.message().info().businessId();
        String answered = o.message().info().messageId().replaceFirst("_[123]$", "");
        List<DocumentEntity> found = em.createQuery("SELECT d FROM DocumentEntity d WHERE d.etpsPreentNo = :n",
                DocumentEntity.class).setParameter("n", businessId).getResultList();
        if (found.isEmpty()) {
            LOG.debug("Receipt {} names no document here ({})", receipt.fileName(), businessId);
            return;
        }
        DocumentEntity d = found.get(0);
        DocumentType type = types.get(d.typeId);
        if (type == null) {
            throw new IllegalStateException("document type " + d.typeId + " not installed: receipt waits");
        }
        if (!em.createQuery("SELECT r.id FROM ReceiptEntity r WHERE r.sha256 = :h").setParameter("h",
                receipt.sha256()).getResultList().isEmpty()) {
            return;
        }
        int sent = sendNumber(answered, d.etpsPreentNo);
        if (sent > d.sendCount) {
            throw new IllegalStateException("receipt " + receipt.fileName() + " answers a message not yet stored");
        }
        apply(em, type, d, o.parsed(), sent == d.sendCount, receipt);
    }

    private static int sendNumber(String messageId, String etpsPreentNo) {
        String prefix = etpsPreentNo + "-";
        if (messageId.startsWith(prefix) && messageId.substring(prefix.length()).matches("[0-9]{1,9}")) {
            return Integer.parseInt(messageId.substring(prefix.length()));
        }
        return 0;
    }

    private void apply(EntityManager em, DocumentType type, DocumentEntity d, ReceiptReader.Parsed p,
            boolean current, IncomingMessage file) {
        Map<String, String> header = new LinkedHashMap<>(FieldValues.decode(d.headerValues));
        String before = d.toString();
        DocumentState from = d.state;
        boolean declared = Envelopes.DECLARE.equals(d.lastDeclareFlag);
        DocumentEvent applied = null;
        LocalDate day = LocalDate.ofInstant(p.manageDate() == null ? clock.instant() : p.manageDate(), CUSTOMS_ZONE);
        if (p.kind() == Receipt.Kind.IMPORT) {
            if (p.seqNo() != null) {
                d.seqNo = p.seqNo();
                put(header, type.seqNoKey(), p.seqNo());
            }
            if (current && declared) {
                DocumentEvent e = p.accepted() ? DocumentEvent.IMPORT_ACCEPTED : DocumentEvent.SEND_FAILED;
                if (Lifecycle.next(d.state, e).isPresent()) {
                    d.state = Lifecycle.apply(d.state, e);
                    applied = e;
                }
            }
        } else if (p.kind() == Receipt.Kind.RELEASE) {
            if (current && Lifecycle.allows(d.state, DocumentEvent.RELEASE)) {
                type.onReleased(header, day);
                applied = DocumentEvent.RELEASE;
            }
        } else if (current && declared) {
            DocumentEvent e = switch (p.manageResult()) {
                case "1" -> DocumentEvent.APPROVE;
                case "2" -> DocumentEvent.TO_MANUAL;
                default -> DocumentEvent.RETURN;
            };
            Optional<DocumentState> next = Lifecycle.next(d.state, e);
            if (next.isPresent()) {
                d.state = next.get();
                applied = e;
                if (e == DocumentEvent.APPROVE) {
                    type.onApproved(header, p.numbers(), day, d.changeCount > 0);
                    if (d.changeCount > 0) { // rows are marked 删除 only in a 变更: a first approval has none
                        removeDeletedRows(em, type, d);
                    }
                }
            }
        }
        d.headerValues = FieldValues.encode(header);
        d.businessNo = blankToNull(header.get(type.businessNoKey()));
        d.receiptCount++;
        d.updatedAt = clock.instant();
        ReceiptEntity r = new ReceiptEntity();
        r.documentId = d.id;
        r.kind = p.kind();
        r.sha256 = file.sha256();
        r.fileName = file.fileName().length() > 200 ? file.fileName().substring(0, 200) : file.fileName();
        r.receivedAt = clock.instant();
        r.seqNo = p.seqNo() != null ? p.seqNo() : d.seqNo;
        r.businessNo = p.numbers().isEmpty() ? d.businessNo : String.join(" ", p.numbers().values());
        r.state = d.state;
        r.approvedAt = p.kind() == Receipt.Kind.IMPORT ? null : p.manageDate();
        r.remark = p.kind() == Receipt.Kind.IMPORT
                ? CORE.get(p.accepted() ? "receipt.import" : "receipt.failed", Messages.DEFAULT_LOCALE)
                : truncate(p.remark(), 500);
        r.checks = encodeChecks(p.checks());
        r.numbers = FieldValues.encode(p.numbers());
        em.persist(r);
        em.flush();
        audit.record(UserContext.system("customs"), AuditAction.STATE, RECORD, d.etpsPreentNo, d.enterpriseCode,
                before, d);
        if (applied != null && observesEvents(type)) {
            type.after(load(em, type, d), applied, from);
        }
    }

    /**
     * Whether the type has its own {@link DocumentType#after}: one that keeps the default (nothing) does not need the
     * document read for it. Asked each time (a cache by class would hold on to the classes of an updated area).
     */
    private static boolean observesEvents(DocumentType type) {
        try {
            return type.getClass().getMethod("after", Document.class, DocumentEvent.class, DocumentState.class)
                    .getDeclaringClass() != DocumentType.class;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    /** The document stored as {@code d}, with these rows and attachments (read or known already). */
    private static Document document(DocumentEntity d, Map<String, List<Document.Item>> items,
            List<Document.Attachment> attachments) {
        return new Document(d.id, d.typeId, d.enterpriseCode, d.etpsPreentNo, d.seqNo, d.state, d.version,
                d.changeCount, FieldValues.decode(d.headerValues), items, attachments, d.receiptCount, d.createdAt,
                d.updatedAt);
    }

    /** Customs approved a change: the rows it marked 删除 go. */
    private static void removeDeletedRows(EntityManager em, DocumentType type, DocumentEntity d) {
        List<Long> gone = new ArrayList<>();
        rows(em, d.id).forEach((tab, rows) -> type.tab(tab).ifPresent(t -> rows.stream()
                .filter(r -> t.deleted(r.values())).forEach(r -> gone.add(r.id()))));
        for (int from = 0; from < gone.size(); from += 500) {
            em.createQuery("DELETE FROM ItemEntity i WHERE i.id IN :ids")
                    .setParameter("ids", gone.subList(from, Math.min(gone.size(), from + 500))).executeUpdate();
        }
    }

    private static String encodeChecks(List<Receipt.Check> checks) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            m.put(i + ":" + checks.get(i).code(), checks.get(i).text());
        }
        return truncate(FieldValues.encode(m, true), 16000);
    }

    private static Receipt receipt(ReceiptEntity r) {
        List<Receipt.Check> checks = new ArrayList<>();
        FieldValues.decode(r.checks).forEach((k, text) -> checks.add(new Receipt.Check(k.substring(k.indexOf(':') + 1),
                text)));
        return new Receipt(r.id, r.kind, r.receivedAt, r.seqNo, r.businessNo, r.state, r.approvedAt, r.remark, checks,
                FieldValues.decode(r.numbers));
    }

    // ---------------------------------------------------------------- loading

    private static DocumentEntity find(EntityManager em, long id) {
        DocumentEntity d = em.find(DocumentEntity.class, id);
        if (d == null) {
            throw new RuleViolation("document.notFound", id);
        }
        return d;
    }

    /** The highest row number of the document's rows of any tab, 0 without rows. */
    private static int lastRowNo(EntityManager em, long documentId) {
        Integer max = em.createQuery("SELECT MAX(i.rowNo) FROM ItemEntity i WHERE i.documentId = :d", Integer.class)
                .setParameter("d", documentId).getSingleResult();
        return max == null ? 0 : max;
    }

    private static List<ItemEntity> items(EntityManager em, long documentId, String tab) {
        return em.createQuery("SELECT i FROM ItemEntity i WHERE i.documentId = :d AND i.tabKey = :t ORDER BY i.rowNo",
                ItemEntity.class).setParameter("d", documentId).setParameter("t", tab).getResultList();
    }

    /**
     * A document's rows by tab in row order, read as values (the three columns a row needs), not as entities: nothing
     * to clone now and compare at the next flush.
     */
    private static Map<String, List<Document.Item>> rows(EntityManager em, long documentId) {
        Map<String, List<Document.Item>> rows = new LinkedHashMap<>();
        for (Object[] i : em.createQuery("SELECT i.id, i.tabKey, i.values FROM ItemEntity i WHERE i.documentId = :d"
                + " ORDER BY i.rowNo", Object[].class).setParameter("d", documentId).getResultList()) {
            rows.computeIfAbsent((String) i[1], k -> new ArrayList<>()).add(new Document.Item((Long) i[0],
                    FieldValues.decode((String) i[2])));
        }
        return rows;
    }

    private static Document load(EntityManager em, DocumentType type, DocumentEntity d) {
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

    private static String label(DocumentType type) {
        return type.messages().get(type.titleKey(), Messages.DEFAULT_LOCALE);
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (key != null && value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
