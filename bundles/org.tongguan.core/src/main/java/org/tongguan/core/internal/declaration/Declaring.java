package org.tongguan.core.internal.declaration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.FieldError;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.ValidationException;
import org.tongguan.core.Validator;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.CustomsTransport;
import org.tongguan.core.customs.EnvelopeInfo;
import org.tongguan.core.customs.Envelopes;
import org.tongguan.core.customs.OutgoingMessage;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.customs.wire.ImportMessages;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentRows;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.declaration.Lifecycle;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.security.UserContext;

/**
 * 申报 and 发送, one document or a batch: checked whole, signed, committed in the outbox, then handed to the customs
 * transport; what the transport could not take is 申报失败.
 */
final class Declaring {
    /** Documents handed over together by {@link #declareAll}, at most. */
    static final int HAND_OVER_BATCH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(Declaring.class);

    private final Engine engine;

    Declaring(Engine engine) {
        this.engine = engine;
    }

    /** The document's message leaves the outbox unsent: superseded, or no longer what the document says. */
    static void discard(EntityManager em, long documentId) {
        em.createQuery("DELETE FROM OutboxEntity o WHERE o.documentId = :d").setParameter("d", documentId)
                .executeUpdate();
    }

    Document declare(UserContext who, long docId, long version, String cardNo, char[] pin,
            boolean declare) {
        Declared declared = declareStored(who, docId, version, cardNo, pin, declare);
        // the hand-over to the transport changes nothing of the document unless it fails (then it throws)
        RuntimeException failed = handOver(List.of(declared), true).get(docId);
        if (failed != null) {
            throw failed;
        }
        return declared.document();
    }

    Map<Long, RuntimeException> declareAll(UserContext who, Map<Long, Long> versions, String cardNo,
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
        char[] secret = pin == null ? new char[0] : pin.clone(); // none when the e-port client signs
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
        return Transactions.write(engine.jpa, "", em -> {
            DocumentEntity d = Store.find(em, docId);
            DocumentType type = engine.requireType(d.typeId);
            engine.policy.check(who, type.editPermission(), d.enterpriseCode);
            Engine.requireVersion(type, d, version);
            DocumentState next = Lifecycle.apply(d.state, event);
            Document doc = Store.load(em, type, d);
            checkWhole(type, doc);
            Signer s = engine.signer();
            if (s == null || engine.transport() == null) {
                throw new RuleViolation("document.send.failed", s == null ? "Signer" : "CustomsTransport");
            }
            if (cardNo == null || cardNo.isBlank()) {
                throw new ValidationException(List.of(new FieldError("cardNo", Engine.CORE, "document.card.required",
                        new Object[0])));
            }
            CardMedium card = s.card(cardNo).orElseThrow(() -> new RuleViolation("signing.unknownCard", cardNo));
            // the enterprise's own card, or an agent's card the policy lets act for it (委托授权)
            if (!engine.policy.permitsCard(who, type.editPermission(), d.enterpriseCode, card)) {
                throw new RuleViolation("document.card.otherEnterprise", cardNo, d.enterpriseCode);
            }
            d.sendCount++;
            String fileName = type.messageType() + "_" + d.etpsPreentNo + "_" + d.sendCount + ".xml";
            EnvelopeInfo info = new EnvelopeInfo("1.0", d.etpsPreentNo, messageId(d.etpsPreentNo, d.sendCount),
                    fileName, type.messageType(), "DXPENT" + d.enterpriseCode, "DXPEDC" + type.businessType(),
                    engine.clock.instant());
            String flag = declare ? Envelopes.DECLARE : Envelopes.STAGE;
            // the e-port client signs with the card (no PIN here), or the product does
            String operator = card.enterpriseCode();
            byte[] sealed = engine.transport().clientSigns()
                    ? ImportMessages.skeleton(info, cardNo, flag, MessageBuilder.message(type, doc, operator))
                    : Envelopes.sealCanonical(s, cardNo, pin, info, flag, MessageBuilder.element(type, doc, operator));
            DocumentState before = d.state;
            if (declare) {
                d.state = next;
            }
            d.lastDeclareFlag = flag;
            d.updatedAt = engine.clock.instant();
            if (d.sendCount > 1) { // a message of an earlier send held after a refused hand-over is superseded
                discard(em, d.id);
            }
            OutboxEntity out = new OutboxEntity();
            out.documentId = d.id;
            out.businessType = type.businessType();
            out.fileName = fileName;
            out.content = sealed;
            out.createdAt = engine.clock.instant();
            em.persist(out);
            em.flush();
            engine.audit.record(who, AuditAction.STATE, Engine.RECORD, d.etpsPreentNo, d.enterpriseCode, before, d);
            // 申报 changed the state, not the rows: they are not read again
            Document now = Store.document(d, doc.items(), doc.attachments());
            if (declare) {
                engine.happened(em, type, d, now, event, before, who.username());
            }
            return new Declared(now, new OutgoingMessage(out.businessType, out.fileName, out.content));
        });
    }

    /** A document declared (null for a leftover of the outbox) and the message committed in its outbox. */
    record Declared(Document document, OutgoingMessage message, long id) {
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
    Map<Long, RuntimeException> handOver(List<Declared> declared, boolean clerkWaits) {
        Map<Long, RuntimeException> refused = new LinkedHashMap<>();
        CustomsTransport t = engine.transport();
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
        Transactions.write(engine.jpa, "", em -> {
            for (Declared d : sent) {
                handedOver(em, d);
            }
            for (long id : refused.keySet()) {
                DocumentEntity d = Store.find(em, id);
                failed(em, d);
                if (d.state != DocumentState.DECLARE_FAILED) { // a 发送 that was refused: nothing to send again
                    discard(em, id);
                }
                // else the signed message stays with the 申报失败 document: 重新发送 hands it over as it is
            }
            return null;
        });
        return refused;
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
    List<Declared> notYetQueued(CustomsTransport t, List<Declared> left) {
        if (t == null) {
            return left; // handOver finds no transport either: they stay
        }
        List<Declared> fresh = new ArrayList<>();
        List<Declared> queued = new ArrayList<>();
        for (Declared d : left) {
            (t.queued(d.message().businessType(), d.message().fileName()) ? queued : fresh).add(d);
        }
        if (!queued.isEmpty()) {
            Transactions.write(engine.jpa, "", em -> {
                queued.forEach(d -> handedOver(em, d));
                return null;
            });
            queued.forEach(d -> LOG.info("Message {} reached the transport before a restart: not sent again",
                    d.message().fileName()));
        }
        return fresh;
    }

    /** The e-port could not send the document's latest message: 申报失败, if it was still on its way. */
    void failed(EntityManager em, DocumentEntity d) {
        Optional<DocumentState> next = Lifecycle.next(d.state, DocumentEvent.SEND_FAILED);
        if (next.isEmpty()) {
            return;
        }
        String before = d.toString();
        DocumentState from = d.state;
        d.state = next.get();
        d.updatedAt = engine.clock.instant();
        em.flush();
        engine.audit.record(UserContext.system("e-port"), AuditAction.STATE, Engine.RECORD, d.etpsPreentNo, d.enterpriseCode, before,
                d);
        DocumentType type = engine.types.get(d.typeId);
        if (type != null) {
            engine.happened(em, type, d, null, DocumentEvent.SEND_FAILED, from, "e-port");
        }
    }

    /** Every field of header and rows checked again (code tables may have changed), then the type's own rules. */
    private void checkWhole(DocumentType type, Document doc) {
        Validator v = new Validator(Engine.CORE);
        engine.rules.normalize(type.header(), doc.header(), doc.header(), type.messages(), "", v);
        DocumentRows live = Store.liveRows(type, doc);
        for (ItemTab t : type.tabs()) {
            RowPipeline pipeline = new RowPipeline(engine.rules, type, t, doc.header(), live, List.of());
            int rowNumber = 0;
            for (Document.Item i : doc.items(t.key())) {
                rowNumber++;
                if (!t.deleted(i.values())) {
                    pipeline.check(i.values(), i.values(), v, rowNumber);
                }
            }
        }
        type.validateDeclaration(doc, v);
        v.throwIfAny();
    }

    static String messageId(String etpsPreentNo, int sendCount) {
        return etpsPreentNo + "-" + sendCount;
    }

    /** The file name the document's latest message was sent under (see {@link #declareStored}). */
    static String sentFileName(DocumentType type, DocumentEntity d) {
        return type.messageType() + "_" + d.etpsPreentNo + "_" + d.sendCount + ".xml";
    }
}
