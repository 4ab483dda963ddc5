package org.tongguan.core.internal.declaration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.Messages;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.audit.AuditAction;
import org.tongguan.core.customs.CardMedium;
import org.tongguan.core.customs.Envelopes;
import org.tongguan.core.customs.IncomingMessage;
import org.tongguan.core.customs.ReceiptRefused;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.Lifecycle;
import org.tongguan.core.declaration.Receipt;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.security.UserContext;

/**
 * Customs' answers in the real formats ({@link WireReceipts}): each receipt kept once (per content, or per
 * {@code pocket_id} for one in several pockets) and, when it answers the document's latest message, the move the one
 * table {@link org.tongguan.core.customs.wire.ReceiptOutcomes} says it is. A receipt that comes signed is verified
 * first, and refused when its signature does not hold.
 */
final class Receipts {
    private static final Logger LOG = LoggerFactory.getLogger(Receipts.class);

    private final Engine engine;
    /** Reads the receipts of the real formats; holds the pockets of receipts not yet whole. */
    private final WireReceipts wire = new WireReceipts();

    Receipts(Engine engine) {
        this.engine = engine;
    }

    /**
     * Applies a customs receipt to the document whose 企业内部编号 is its {@code business_id}: kept (once per content),
     * and, when it answers the document's latest message, the lifecycle's move. A receipt for no document of this
     * install, or one whose signature does not verify, is logged and dropped; a receipt that answers a message not
     * yet committed is offered again later.
     */
    void onReceipt(IncomingMessage receipt) {
        OpenedReceipt opened;
        try {
            opened = open(receipt);
        } catch (WireReceipts.PocketWaits e) {
            if (applied(e.identity())) {
                return; // a pocket of a receipt applied already (offered again after a restart, say): done
            }
            throw e;
        }
        if (opened != null) {
            Transactions.write(engine.jpa, "", em -> {
                take(em, opened);
                return null;
            });
        }
    }

    /**
     * Receipts that arrived together are applied in one transaction (one commit for them all); when that fails, each
     * is taken alone, so one that cannot be taken yet does not hold back the others.
     */
    Map<IncomingMessage, Exception> onReceipts(List<IncomingMessage> receipts) {
        if (receipts.size() < 2) {
            return null; // one by one
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
                } catch (WireReceipts.PocketWaits e) {
                    if (!applied(e.identity())) {
                        refused.put(r, e); // offered again until its set is whole
                    }
                }
            }
            // the client's answer to a message comes before customs' receipts of it: taken first whatever the files'
            // names (customs names its receipts by message id, the client its answers Successed_/Failed_)
            opened.sort(java.util.Comparator.comparing(o -> o.read().parsed().kind() != Receipt.Kind.IMPORT));
            Transactions.write(engine.jpa, "", em -> {
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
            return null; // one by one
        }
    }

    /** A receipt read, and what it says. */
    private record OpenedReceipt(IncomingMessage file, WireReceipts.Read read) {
    }

    /** Whether the receipt of that identity was applied already. */
    private boolean applied(String identity) {
        return Transactions.read(engine.jpa, em -> !em.createQuery("SELECT r.id FROM ReceiptEntity r WHERE r.sha256"
                + " = :h").setParameter("h", identity).setMaxResults(1).getResultList().isEmpty());
    }

    /**
     * The receipt read (verified first when it is signed); null when it is not a receipt this service applies.
     *
     * @throws ReceiptRefused when it does not open (not well-formed, a DOCTYPE, a bad signature)
     * @throws WireReceipts.PocketWaits when it is a pocket of several and the others have not all come
     */
    private OpenedReceipt open(IncomingMessage receipt) {
        if (WireReceipts.signed(receipt.content())) {
            Signer s = engine.signer();
            if (s == null) {
                throw new IllegalStateException("no Signer to verify receipt " + receipt.fileName());
            }
            try {
                Envelopes.verify(s, receipt.content(), key -> s.card(key).map(CardMedium::certificate));
            } catch (RuleViolation e) { // the transport keeps it apart with the reason and logs it: not here again
                throw new ReceiptRefused(e);
            }
        }
        return wire.read(receipt).map(w -> new OpenedReceipt(receipt, w)).orElse(null);
    }

    /** Applies the receipt to the document it answers, once per receipt content. */
    private void take(EntityManager em, OpenedReceipt o) {
        IncomingMessage receipt = o.file();
        WireReceipts.Match match = o.read().match();
        List<DocumentEntity> found = match.documents(em);
        if (found.isEmpty()) {
            LOG.debug("Receipt {} names no document here ({})", receipt.fileName(), match);
            return;
        }
        DocumentEntity d = found.get(0);
        DocumentType type = engine.types.get(d.typeId);
        if (type == null) {
            throw new IllegalStateException("document type " + d.typeId + " not installed: receipt waits");
        }
        if (!em.createQuery("SELECT r.id FROM ReceiptEntity r WHERE r.sha256 = :h").setParameter("h",
                o.read().identity()).getResultList().isEmpty()) {
            return; // applied once
        }
        int sent = match.answers(d.sendCount);
        if (sent > d.sendCount) {
            throw new IllegalStateException("receipt " + receipt.fileName() + " answers a message not yet stored");
        }
        apply(em, type, d, o.read().parsed(), sent == d.sendCount, receipt, o.read().identity());
    }

    private void apply(EntityManager em, DocumentType type, DocumentEntity d, WireReceipts.Parsed p,
            boolean current, IncomingMessage file, String identity) {
        Map<String, String> stored = FieldValues.decode(d.headerValues);
        Map<String, String> header = new LinkedHashMap<>(stored);
        String before = d.toString();
        DocumentState from = d.state;
        boolean declared = Envelopes.DECLARE.equals(d.lastDeclareFlag);
        DocumentEvent applied = null;
        LocalDate day = LocalDate.ofInstant(p.manageDate() == null ? engine.clock.instant() : p.manageDate(),
                Engine.CUSTOMS_ZONE);
        if (p.kind() == Receipt.Kind.IMPORT && p.seqNo() != null) {
            d.seqNo = p.seqNo();
            Engine.put(header, type.seqNoKey(), p.seqNo());
        }
        DocumentEvent e = p.event(); // null: kept and shown, moves nothing
        // a receipt moves the document only when it answers its latest message (and, but for a release, its 申报)
        Optional<DocumentState> next = e != null && current && (declared || e == DocumentEvent.RELEASE)
                ? Lifecycle.next(d.state, e) : Optional.empty();
        if (next.isPresent()) {
            d.state = next.get();
            applied = e;
            if (e == DocumentEvent.RELEASE) {
                type.onReleased(header, day);
            } else if (e == DocumentEvent.APPROVE) {
                type.onApproved(header, p.numbers(), day, d.changeCount > 0);
                if (d.changeCount > 0) { // rows are marked 删除 only in a 变更: a first approval has none
                    Store.removeDeletedRows(em, type, d);
                }
            }
        }
        if (current && p.receipt() != null) {
            type.onReceipt(header, p.receipt()); // what the type keeps of customs' copy (a 核放单's 过卡状态 …)
        }
        d.headerValues = FieldValues.encode(header);
        Store.index(em, type, d, stored);
        d.businessNo = Engine.blankToNull(header.get(type.businessNoKey()));
        d.receiptCount++;
        d.updatedAt = engine.clock.instant();
        ReceiptEntity r = new ReceiptEntity();
        r.documentId = d.id;
        r.kind = p.kind();
        r.sha256 = identity;
        r.fileName = file.fileName().length() > 200 ? file.fileName().substring(0, 200) : file.fileName();
        r.receivedAt = engine.clock.instant();
        r.seqNo = p.seqNo() != null ? p.seqNo() : d.seqNo;
        r.businessNo = p.numbers().isEmpty() ? d.businessNo : String.join(" ", p.numbers().values());
        r.state = d.state;
        r.approvedAt = p.kind() == Receipt.Kind.IMPORT ? null : p.manageDate();
        r.remark = p.kind() == Receipt.Kind.IMPORT
                ? Engine.CORE.get(p.accepted() ? "receipt.import" : "receipt.failed", Messages.DEFAULT_LOCALE)
                : Engine.truncate(p.remark(), 500);
        r.checks = encodeChecks(p.checks());
        r.numbers = FieldValues.encode(p.numbers());
        em.persist(r);
        em.flush();
        engine.audit.record(UserContext.system("customs"), AuditAction.STATE, Engine.RECORD, d.etpsPreentNo, d.enterpriseCode,
                before, d);
        if (applied != null) {
            engine.happened(em, type, d, null, applied, from, "customs", Queries.receipt(r));
        }
    }

    private static String encodeChecks(List<Receipt.Check> checks) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            m.put(i + ":" + checks.get(i).code(), checks.get(i).text());
        }
        return Engine.truncate(FieldValues.encode(m, true), 16000);
    }
}
