package org.tongguan.core.internal.declaration;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.customs.CustomsTransport;
import org.tongguan.core.customs.OutgoingMessage;
import org.tongguan.core.customs.ReceiptRequest;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.Lifecycle;
import org.tongguan.core.notice.Notice;
import org.tongguan.core.notice.NoticeService;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.security.UserContext;

/**
 * A document on its way that did not arrive: the outbox swept after a crash, FailBox read, overdue receipts warned
 * of (预警), 申请回执补发 and 重新发送 offered and done.
 */
final class FollowUps {
    /** The source of a document's 预警 notices: {@code document:<企业内部编号>}. */
    static final String NOTICE_SOURCE = "document:";
    /** A message still in the outbox after this long was not handed over (crash, no transport): it is resent. */
    static final long OUTBOX_GRACE_SECONDS = 10;
    private static final long SWEEP_SECONDS = 5;
    /** The file name of a sent message: {@code <messageType>_<etpsPreentNo>_<send number>.xml}. */
    private static final Pattern SENT_FILE = Pattern.compile("[A-Z0-9]+_([A-Z0-9]+)_([0-9]{1,9})\\.xml");
    private static final Logger LOG = LoggerFactory.getLogger(FollowUps.class);

    private final Engine engine;
    private final Declaring declaring;
    private volatile Duration overdue = Duration.ofSeconds(1800);
    private volatile Duration manualOverdue = Duration.ofSeconds(259200);
    private ScheduledExecutorService sweeper;
    /** The types whose documents of before have their query keys (indexed since the service started). */
    private final Set<String> indexed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    FollowUps(Engine engine, Declaring declaring) {
        this.engine = engine;
        this.declaring = declaring;
    }

    /** How long a document waits before its receipts are overdue: in 已申报 / 入库成功, and in 转人工. */
    void waits(Duration receipt, Duration manual) {
        overdue = receipt;
        manualOverdue = manual;
    }

    /** Sweeps the outbox and the FailBoxes every few seconds until {@link #stop}. */
    void start() {
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
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
        }, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    void stop() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }

    Document requestReceipts(UserContext who, long id, long version) {
        return engine.change(who, id, version, DocumentEvent.REQUEST_RECEIPTS, (em, type, d) -> {
            if (!overdue(d, engine.clock.instant())) {
                throw new RuleViolation("document.receipts.notOverdue", d.etpsPreentNo,
                        wait(d.state == DocumentState.MANUAL ? manualOverdue : overdue));
            }
            CustomsTransport t = engine.transport();
            if (t == null) {
                throw new RuleViolation("document.send.failed", "CustomsTransport");
            }
            try { // the last step: a request that cannot be queued leaves the document as it was
                t.requestReceipts(type.businessType(), new ReceiptRequest(d.etpsPreentNo,
                        Declaring.messageId(d.etpsPreentNo, d.sendCount), Declaring.sentFileName(type, d), engine.clock.instant()));
            } catch (UnsupportedOperationException | UncheckedIOException e) {
                throw new RuleViolation("document.receipts.requestFailed", e.getMessage());
            }
        });
    }

    Document resend(UserContext who, long id, long version) {
        OutgoingMessage[] held = new OutgoingMessage[1];
        Document now = Transactions.write(engine.jpa, "", em -> {
            DocumentEntity d = engine.editable(em, who, id, version);
            DocumentType type = engine.requireType(d.typeId);
            DocumentState next = Lifecycle.apply(d.state, DocumentEvent.RESEND);
            CustomsTransport t = engine.transport();
            if (t == null) {
                throw new RuleViolation("document.send.failed", "CustomsTransport");
            }
            OutboxEntity out = em.find(OutboxEntity.class, d.id);
            boolean inFailBox = out == null && t.failed(type.businessType()).contains(Declaring.sentFileName(type, d));
            if (out == null && !inFailBox) {
                throw new RuleViolation("document.resend.reached", d.etpsPreentNo);
            }
            DocumentState from = d.state;
            String before = d.toString();
            d.state = next;
            d.updatedAt = engine.clock.instant();
            em.flush();
            engine.audit.record(who, AuditAction.STATE, Engine.RECORD, d.etpsPreentNo, before,
                    Engine.audited(d, DocumentEvent.RESEND));
            Document doc = Store.load(em, type, d);
            engine.happened(em, type, d, doc, DocumentEvent.RESEND, from, who.username());
            if (out != null) {
                held[0] = new OutgoingMessage(out.businessType, out.fileName, out.content);
                out.createdAt = engine.clock.instant(); // handed over below; the sweeper's grace starts again
            } else if (!t.resendFailed(type.businessType(), Declaring.sentFileName(type, d))) { // the last step
                throw new RuleViolation("document.resend.reached", d.etpsPreentNo);
            }
            return doc;
        });
        if (held[0] != null) {
            RuntimeException failed = declaring.handOver(declaring.notYetQueued(engine.transport(),
                    List.of(new Declaring.Declared(now, held[0]))), true).get(id);
            if (failed != null) {
                throw failed;
            }
        }
        return now;
    }

    Set<DocumentEvent> followUps(UserContext who, long id) {
        return Transactions.read(engine.jpa, em -> {
            DocumentEntity d = Store.find(em, id);
            DocumentType type = engine.requireType(d.typeId);
            Set<DocumentEvent> offered = java.util.EnumSet.noneOf(DocumentEvent.class);
            if (!engine.policy.permits(who, type.editPermission(), d.enterpriseCode)) {
                return offered;
            }
            if (Lifecycle.allows(d.state, DocumentEvent.REQUEST_RECEIPTS) && overdue(d, engine.clock.instant())) {
                offered.add(DocumentEvent.REQUEST_RECEIPTS);
            }
            CustomsTransport t = engine.transport();
            if (Lifecycle.allows(d.state, DocumentEvent.RESEND) && t != null
                    && (em.find(OutboxEntity.class, d.id) != null
                            || t.failed(type.businessType()).contains(Declaring.sentFileName(type, d)))) {
                offered.add(DocumentEvent.RESEND);
            }
            return offered;
        });
    }

    /** Whether the document has waited for customs longer than allowed in its state. */
    boolean overdue(DocumentEntity d, Instant now) {
        if (!Lifecycle.WAITING.contains(d.state)) {
            return false;
        }
        return d.updatedAt.plus(d.state == DocumentState.MANUAL ? manualOverdue : overdue).isBefore(now);
    }

    /** A wait in words, as the clerk reads it: 30 分钟, 3 小时, 20 秒. */
    private static Messages.Of wait(java.time.Duration wait) {
        long s = wait.toSeconds();
        return s % 3600 == 0 ? new Messages.Of(Engine.CORE, "duration.hours", new Object[] {s / 3600})
                : s % 60 == 0 ? new Messages.Of(Engine.CORE, "duration.minutes", new Object[] {s / 60})
                : new Messages.Of(Engine.CORE, "duration.seconds", new Object[] {s});
    }

    /**
     * A 预警 to the enterprise's clerks for every document overdue in its wait, once per wait: a document warned
     * since it last moved (or since its receipts were last asked for) is not warned again.
     */
    void warnOverdue() {
        NoticeService n = engine.notices();
        if (n == null) {
            return;
        }
        Instant now = engine.clock.instant();
        // one statement: only the documents not yet warned in this wait come back, however long others stay late
        List<Object[]> late = Transactions.read(engine.jpa, em -> em.createQuery("SELECT d.typeId, d.enterpriseCode,"
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
            DocumentType type = engine.types.get(typeId);
            n.publish((String) d[1], Notice.Kind.WARNING, NOTICE_SOURCE + etpsPreentNo,
                    Messages.Of.of(Engine.CORE, "notice.receiptOverdue.title",
                            type == null ? typeId : new Messages.Text(type.messages(), type.titleKey()), etpsPreentNo,
                            wait(state == DocumentState.MANUAL ? manualOverdue : overdue)),
                    Messages.Of.of(Engine.CORE, "notice.receiptOverdue.text", new Messages.Key(state.messageKey()),
                            java.time.LocalDateTime.ofInstant(since, Engine.CUSTOMS_ZONE).withNano(0).toString()
                                    .replace('T', ' ')));
            LOG.info("Receipts of {} {} overdue ({} since {}): 预警 raised", typeId, etpsPreentNo, state, since);
        }
    }

    /**
     * What the e-port side did not finish: messages left in the outbox by a crash or an absent transport are sent,
     * and a message the e-port client put in its FailBox makes its document 申报失败 (when it is the latest send).
     */
    void sweep() {
        CustomsTransport transport = engine.transport();
        if (transport == null) {
            return;
        }
        warnOverdue();
        indexMissing();
        Instant stale = engine.clock.instant().minusSeconds(OUTBOX_GRACE_SECONDS);
        // a message held by a 申报失败 document waits for the clerk's 重新发送 (or a new 申报)
        List<Long> left = Transactions.read(engine.jpa, em -> em.createQuery(
                "SELECT o.documentId FROM OutboxEntity o, DocumentEntity d WHERE d.id = o.documentId"
                        + " AND o.createdAt < :t AND d.state <> :failed", Long.class)
                .setParameter("t", stale).setParameter("failed", DocumentState.DECLARE_FAILED).getResultList());
        for (long id : left) {
            OutboxEntity out = Transactions.read(engine.jpa, em -> em.find(OutboxEntity.class, id));
            if (out != null) {
                OutgoingMessage left1 = new OutgoingMessage(out.businessType, out.fileName, out.content);
                declaring.handOver(declaring.notYetQueued(transport, List.of(new Declaring.Declared(null, left1, id))),
                        false);
            }
        }
        Set<String> folders = new java.util.TreeSet<>();
        engine.types.values().forEach(t -> folders.add(t.businessType()));
        for (String folder : folders) {
            for (String failed : transport.failed(folder)) {
                markFailed(failed);
            }
        }
    }

    /** Gives the documents stored before query keys were kept theirs, a type at a time, once per start. */
    void indexMissing() {
        for (DocumentType type : List.copyOf(engine.types.values())) {
            if (type.queryKeys().isEmpty() || !indexed.add(type.id())) {
                continue;
            }
            long last = 0;
            while (last >= 0) {
                long after = last;
                last = Transactions.write(engine.jpa, "", em -> Store.indexMissing(em, type, after, 500));
            }
        }
    }

    private void markFailed(String fileName) {
        java.util.regex.Matcher m = SENT_FILE.matcher(fileName);
        if (!m.matches()) {
            return;
        }
        int sent = Integer.parseInt(m.group(2));
        Transactions.write(engine.jpa, "", em -> {
            for (DocumentEntity d : em.createQuery("SELECT d FROM DocumentEntity d WHERE d.etpsPreentNo = :n",
                    DocumentEntity.class).setParameter("n", m.group(1)).getResultList()) {
                if (d.sendCount == sent) {
                    declaring.failed(em, d);
                }
            }
            return null;
        });
    }
}
