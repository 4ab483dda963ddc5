package org.tongguan.core.internal.declaration;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.tongguan.core.audit.AuditLog;
import org.tongguan.core.code.CodeTables;
import org.tongguan.core.customs.CustomsTransport;
import org.tongguan.core.customs.IncomingMessage;
import org.tongguan.core.customs.ReceiptListener;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentListener;
import org.tongguan.core.declaration.DocumentQuery;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.declaration.DocumentSummary;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.ImportResult;
import org.tongguan.core.declaration.Receipt;
import org.tongguan.core.declaration.RowExplanation;
import org.tongguan.core.enterprise.EnterpriseRegistry;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.core.schema.SchemaReady;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.time.TimeDisplay;

/**
 * The document service of every type, and the receipt listener that moves documents when customs answers: a thin
 * front over the engine's parts, each with one job — {@link Drafts}, {@link Rows} (the one {@link RowPipeline}),
 * {@link Attachments}, {@link Queries}, {@link Declaring}, {@link FollowUps} and {@link Receipts} — sharing the
 * {@link Engine} (access, versions, the transaction template, the events) and the {@link Store}. Each operation is
 * one transaction; every event reaches the {@link DocumentListener}s after its commit.
 */
@Component(service = {DocumentService.class, ReceiptListener.class}, configurationPid = DocumentServiceImpl.PID)
@Designate(ocd = DocumentServiceImpl.ReceiptWait.class)
public class DocumentServiceImpl implements DocumentService, ReceiptListener {
    static final String PID = "org.tongguan.core.receipts";

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

    /** Where the 预警 of overdue receipts go; set once before the service is used. */
    NoticeService notices;
    // the highest-ranked one, rebound when a better one appears
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Signer signer;
    // the highest-ranked one, rebound when a better one appears
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile CustomsTransport transport;

    private final Engine engine;
    private final Drafts drafts;
    private final Rows rows;
    private final Attachments attachments;
    private final Queries queries;
    private final Declaring declaring;
    private final FollowUps followUps;
    private final Receipts receipts;

    @Activate
    public DocumentServiceImpl(@Reference(target = "(osgi.unit.name=tongguan-core)") JpaTemplate jpa,
            @Reference AccessPolicy policy, @Reference AuditLog audit, @Reference CodeTables codes,
            @Reference EnterpriseRegistry registry, @Reference TimeDisplay time, @Reference NoticeService notices,
            @Reference(target = "(schema.bundle=org.tongguan.core)") SchemaReady schema, ReceiptWait config) {
        this(jpa, policy, audit, new FieldRules(codes, registry::lookup), Clock.systemUTC(), time);
        this.notices = notices;
        modified(config);
    }

    /** @param time the days of a query's period are the product's (what the query page shows) */
    DocumentServiceImpl(JpaTemplate jpa, AccessPolicy policy, AuditLog audit, FieldRules rules, Clock clock,
            TimeDisplay time) {
        engine = new Engine(jpa, policy, audit, rules, clock, time, () -> signer, () -> transport, () -> notices);
        drafts = new Drafts(engine);
        rows = new Rows(engine);
        attachments = new Attachments(engine);
        queries = new Queries(engine);
        declaring = new Declaring(engine);
        followUps = new FollowUps(engine, declaring);
        receipts = new Receipts(engine);
    }

    /** A new wait applies at once, without restarting the service every area is bound to. */
    @Modified
    void modified(ReceiptWait config) {
        waits(Duration.ofSeconds(Math.max(1, config.overdueSeconds())),
                Duration.ofSeconds(Math.max(1, config.manualOverdueSeconds())));
    }

    /** How long a document waits before its receipts are overdue: in 已申报 / 入库成功, and in 转人工. */
    void waits(Duration receipt, Duration manual) {
        followUps.waits(receipt, manual);
    }

    /** Sweeps the outbox and the FailBoxes every few seconds while the service runs. */
    @Activate
    void start() {
        followUps.start();
    }

    @Deactivate
    void stop() {
        followUps.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addType(DocumentType type) {
        engine.types.put(type.id(), type);
    }

    void removeType(DocumentType type) {
        engine.types.remove(type.id(), type);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(DocumentListener listener) {
        engine.listeners.add(listener);
    }

    void removeListener(DocumentListener listener) {
        engine.listeners.remove(listener);
    }

    /** What the sweeper does every few seconds (tests call it directly). */
    void sweep() {
        followUps.sweep();
    }

    static String sha256(byte[] content) {
        return Store.sha256(content);
    }

    @Override
    public List<DocumentType> types() {
        return engine.types.values().stream().sorted(Comparator.comparing(DocumentType::id)).toList();
    }

    @Override
    public Optional<DocumentType> type(String typeId) {
        return engine.type(typeId);
    }

    @Override
    public Document create(UserContext who, String typeId, Map<String, String> header) {
        return drafts.create(who, typeId, header);
    }

    @Override
    public Document copy(UserContext who, long id) {
        return drafts.copy(who, get(who, id));
    }

    @Override
    public Document saveHeader(UserContext who, long id, long version, Map<String, String> header) {
        return drafts.saveHeader(who, id, version, header);
    }

    @Override
    public void delete(UserContext who, long id, long version) {
        drafts.delete(who, id, version);
    }

    @Override
    public Document change(UserContext who, long id, long version) {
        return drafts.change(who, id, version);
    }

    @Override
    public Document perform(UserContext who, long id, long version, String action) {
        return drafts.perform(who, id, version, action);
    }

    @Override
    public Optional<RowExplanation> explain(UserContext who, long id, String tab, long itemId, Locale locale) {
        return drafts.explain(get(who, id), tab, itemId, locale);
    }

    @Override
    public Document get(UserContext who, long id) {
        return queries.get(who, id);
    }

    @Override
    public long version(UserContext who, long id) {
        return queries.version(who, id);
    }

    @Override
    public List<DocumentSummary> query(UserContext who, DocumentQuery q) {
        return queries.query(who, q);
    }

    @Override
    public long count(UserContext who, DocumentQuery q) {
        return queries.count(who, q);
    }

    @Override
    public List<Receipt> receipts(UserContext who, long id) {
        return queries.receipts(who, id);
    }

    @Override
    public byte[] message(UserContext who, long id) {
        return queries.message(who, id);
    }

    @Override
    public Document saveItem(UserContext who, long id, long version, String tab, Long itemId,
            Map<String, String> values) {
        return rows.saveItem(who, id, version, tab, itemId, values);
    }

    @Override
    public Document deleteItems(UserContext who, long id, long version, String tab, List<Long> itemIds) {
        return rows.deleteItems(who, id, version, tab, itemIds);
    }

    @Override
    public byte[] template(String typeId, String tab, Locale locale) {
        return rows.template(typeId, tab, locale);
    }

    @Override
    public ImportResult importItems(UserContext who, long id, long version, String tab, InputStream xlsx,
            Locale locale) {
        return rows.importItems(who, get(who, id), version, tab, xlsx, locale);
    }

    @Override
    public Document addAttachment(UserContext who, long id, long version, String kind, String number,
            String fileName, byte[] content) {
        return attachments.addAttachment(who, id, version, kind, number, fileName, content);
    }

    @Override
    public Document uploadAttachment(UserContext who, long id, long version, long attachmentId) {
        return attachments.uploadAttachment(who, id, version, attachmentId);
    }

    @Override
    public Document deleteAttachment(UserContext who, long id, long version, long attachmentId) {
        return attachments.deleteAttachment(who, id, version, attachmentId);
    }

    @Override
    public byte[] attachmentContent(UserContext who, long id, long attachmentId) {
        return attachments.attachmentContent(who, id, attachmentId);
    }

    @Override
    public Document declare(UserContext who, long id, long version, String cardNo, char[] pin, boolean declare) {
        return declaring.declare(who, id, version, cardNo, pin, declare);
    }

    @Override
    public boolean clientSigns() {
        CustomsTransport t = engine.transport();
        return t != null && t.clientSigns();
    }

    @Override
    public Map<Long, RuntimeException> declareAll(UserContext who, Map<Long, Long> versions, String cardNo,
            char[] pin) {
        return declaring.declareAll(who, versions, cardNo, pin);
    }

    @Override
    public Document requestReceipts(UserContext who, long id, long version) {
        return followUps.requestReceipts(who, id, version);
    }

    @Override
    public Document resend(UserContext who, long id, long version) {
        return followUps.resend(who, id, version);
    }

    @Override
    public Set<DocumentEvent> followUps(UserContext who, long id) {
        return followUps.followUps(who, id);
    }

    @Override
    public void onReceipt(IncomingMessage receipt) {
        receipts.onReceipt(receipt);
    }

    @Override
    public Map<IncomingMessage, Exception> onReceipts(List<IncomingMessage> batch) {
        Map<IncomingMessage, Exception> refused = receipts.onReceipts(batch);
        return refused != null ? refused : ReceiptListener.super.onReceipts(batch);
    }
}
