package org.tongguan.core.internal.declaration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import javax.persistence.EntityManager;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.customs.IncomingMessage;
import org.tongguan.core.customs.ReceiptRefused;
import org.tongguan.core.customs.wire.CustomsReceipt;
import org.tongguan.core.customs.wire.PocketAssembler;
import org.tongguan.core.customs.wire.ReceiptOutcomes;
import org.tongguan.core.customs.wire.WireMessage;
import org.tongguan.core.customs.wire.WireReader;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.Receipt;
import org.tongguan.core.io.SafeXml;

/**
 * The e-port client's files as the real 金关二期 formats have them (docs/wire-formats.md): its first answer
 * {@code CommonResponeMessage} and customs' {@code Package} receipts, unsigned as the samples are or inside a
 * {@code Signature} (whose signature the caller verifies first, {@link #signed}). They are read by {@link WireReader},
 * joined by pocket, and turned into what the document service applies: which document they answer ({@link Match}),
 * what they say ({@link Parsed}, the event from {@link ReceiptOutcomes}, the one table) and what makes them one
 * receipt ({@link Read#identity}).
 *
 * <p>A pocket of a receipt in several is not taken until the set is whole ({@link PocketWaits}): it stays in InBox
 * and is offered again, so the pockets outlive a restart; the receipt they make is known by its {@code pocket_id},
 * so a pocket offered again after the receipt was applied is recognised as done.
 */
final class WireReceipts {
    private static final Logger LOG = LoggerFactory.getLogger(WireReceipts.class);

    private final PocketAssembler pockets = new PocketAssembler();
    /** Message types and roots logged as not known: each once. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    /**
     * Which document a receipt answers, and which of its messages.
     *
     * @param etpsPreentNo the 企业内部编号 it names, or null
     * @param seqNo the 预录入统一编号 it names, or null
     * @param businessNo the customs number it names, or null
     * @param sendNumber the send number it answers, or -1 when it does not say (then: the latest)
     */
    record Match(String etpsPreentNo, String seqNo, String businessNo, int sendNumber) {
        /** The documents it names: by 企业内部编号, else by 预录入统一编号, else by customs number. */
        List<DocumentEntity> documents(EntityManager em) {
            for (String[] by : new String[][] {{"etpsPreentNo", etpsPreentNo}, {"seqNo", seqNo},
                    {"businessNo", businessNo}}) {
                if (by[1] != null && !by[1].isBlank()) {
                    List<DocumentEntity> found = em.createQuery("SELECT d FROM DocumentEntity d WHERE d." + by[0]
                            + " = :n", DocumentEntity.class).setParameter("n", by[1]).getResultList();
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return List.of();
        }

        /** The send number of the document's message this answers. */
        int answers(int sendCount) {
            return sendNumber >= 0 ? sendNumber : sendCount;
        }
    }

    /**
     * What one receipt says.
     *
     * @param event what it does to the document when it answers its latest message, or null when it is kept only
     * @param receipt customs' whole receipt, for the type ({@link org.tongguan.core.declaration.DocumentType#onReceipt});
     *        null for the e-port client's answer
     */
    record Parsed(Receipt.Kind kind, String seqNo, boolean accepted, DocumentEvent event, String manageResult,
            Instant manageDate, String remark, List<Receipt.Check> checks, Map<String, String> numbers,
            CustomsReceipt receipt) {
    }

    /**
     * A receipt read: whom it answers, what it says, and its identity: the file's content hash, or for a receipt in
     * several pockets {@link #pocketIdentity} of its {@code pocket_id}.
     */
    record Read(Match match, Parsed parsed, String identity) {
    }

    /**
     * A pocket of a receipt whose other pockets have not all come: not taken yet (it stays in InBox and is offered
     * again), unless the receipt it belongs to was applied already ({@link #identity}).
     */
    static final class PocketWaits extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final String identity;

        PocketWaits(String fileName, String identity) {
            super("receipt " + fileName + " is one pocket of several: it waits for the others");
            this.identity = identity;
        }

        String identity() {
            return identity;
        }
    }

    /** The identity of the receipt a set of pockets makes: the SHA-256 of its {@code pocket_id}. */
    static String pocketIdentity(String pocketId) {
        return Store.sha256(("pocket:" + pocketId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Whether the file is signed: its root is {@code Signature} with a {@code SignatureValue} that is not blank (the
     * e-port client's unsigned skeleton has an empty one). Such a file is verified before it is read.
     */
    static boolean signed(byte[] content) {
        try {
            XMLStreamReader r = SafeXml.streamReader(content);
            try {
                boolean root = true;
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT) {
                        if (root && !"Signature".equals(r.getLocalName())) {
                            return false;
                        }
                        root = false;
                        if ("SignatureValue".equals(r.getLocalName())) {
                            return !r.getElementText().isBlank();
                        }
                    }
                }
                return false;
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            return false; // not well-formed: WireReader says so
        }
    }

    /**
     * The receipt in {@code file}; empty when it is not a receipt the product applies (logged once per kind).
     *
     * @throws ReceiptRefused when it is not well-formed XML or declares a DOCTYPE
     * @throws PocketWaits when it is one pocket of several and the others have not all come
     */
    Optional<Read> read(IncomingMessage file) {
        WireMessage m = WireReader.read(file.fileName(), file.content());
        if (m instanceof WireMessage.EportAnswer a) {
            return Optional.of(answer(a, file.sha256()));
        }
        if (m instanceof WireMessage.UnknownMessage u) {
            if (u.root().isEmpty()) {
                throw new ReceiptRefused(new RuleViolation("signing.badEnvelope", u.reason()));
            }
            if (reported.add("root " + u.root())) {
                LOG.info("Receipt {}/{} kept but not applied: {}", file.businessType(), file.fileName(), u.reason());
            }
            return Optional.empty();
        }
        WireMessage.ReceiptPocket pocket = (WireMessage.ReceiptPocket) m;
        boolean several = pocket.pocket() != null && pocket.pocket().total() > 1;
        String identity = several ? pocketIdentity(pocket.pocket().id()) : file.sha256();
        Optional<CustomsReceipt> whole = pockets.offer(pocket);
        if (whole.isEmpty()) {
            LOG.info("Receipt {}/{}: pocket {} of {} of {}, waiting for the others", file.businessType(),
                    file.fileName(), pocket.pocket().current(), pocket.pocket().total(), pocket.pocket().id());
            throw new PocketWaits(file.fileName(), identity);
        }
        return Optional.of(receipt(file, whole.get(), identity));
    }

    private static Read answer(WireMessage.EportAnswer a, String identity) {
        String etpsPreentNo = a.etpsPreentNo();
        int sendNumber = -1;
        Matcher named = FollowUps.SENT_FILE.matcher(a.answeredFile());
        if (named.matches()) {
            etpsPreentNo = named.group(1);
            sendNumber = Integer.parseInt(named.group(2));
        }
        List<Receipt.Check> checks = a.checkInfo().isEmpty() ? List.of() : List.of(new Receipt.Check("",
                a.checkInfo()));
        ReceiptOutcomes.Outcome outcome = ReceiptOutcomes.answer(a);
        return new Read(new Match(etpsPreentNo, null, null, sendNumber), new Parsed(
                Receipt.Kind.IMPORT, blankToNull(a.seqNo()), outcome.event() == DocumentEvent.IMPORT_ACCEPTED,
                outcome.event(), null, null, null, checks, Map.of(), null), identity);
    }

    private Read receipt(IncomingMessage file, CustomsReceipt r, String identity) {
        ReceiptOutcomes.Outcome outcome = r.outcome();
        if (!outcome.known() && reported.add(r.messageType() + "/" + r.manageResult())) {
            LOG.info("Receipt {}/{}: {} with manageResult '{}' is not in the table; kept as received",
                    file.businessType(), file.fileName(), r.messageType(), r.manageResult());
        }
        DocumentEvent event = outcome.event();
        Receipt.Kind kind = event == DocumentEvent.IMPORT_ACCEPTED || event == DocumentEvent.SEND_FAILED
                ? Receipt.Kind.IMPORT : event == DocumentEvent.RELEASE ? Receipt.Kind.RELEASE : Receipt.Kind.BUSINESS;
        List<Receipt.Check> checks = r.checks().stream().map(note -> new Receipt.Check("", note)).toList();
        Optional<CustomsReceipt.Approval> approval = r.approval();
        Match match = new Match(blankToNull(r.innerNo()), blankToNull(r.seqNo()), blankToNull(r.businessId()), -1);
        return new Read(match, new Parsed(kind, blankToNull(r.seqNo()),
                event != DocumentEvent.SEND_FAILED, event, r.manageResult(),
                approval.map(CustomsReceipt.Approval::manageDate).orElse(null),
                approval.map(CustomsReceipt.Approval::rmk).orElse(""), checks, r.numbers(), r), identity);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
