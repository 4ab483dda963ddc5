package org.tongguan.core.internal.declaration;

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
import org.tongguan.core.customs.EnvelopeInfo;
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
 * {@code CommonResponeMessage} and customs' {@code Package} receipts, unsigned as the samples are. They are read by
 * {@link WireReader}, joined by pocket, and turned into what the document service applies: which document they
 * answer ({@link Match}) and what they say ({@link ReceiptReader.Parsed}, the event from {@link ReceiptOutcomes}). A
 * file whose root is {@code Signature} is not read here: its signature is verified first (the product's own
 * envelope).
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
     * @param messageId the envelope message id it answers ({@code <企业内部编号>-<send number>}), or null
     * @param sendNumber the send number it answers, or -1 when it does not say (then: the latest)
     */
    record Match(String etpsPreentNo, String seqNo, String businessNo, String messageId, int sendNumber) {
        /** A receipt in the product's own signed envelope: its {@code business_id} and {@code message_id}. */
        static Match signed(EnvelopeInfo info) {
            return new Match(info.businessId(), null, null, info.messageId().replaceFirst("_[123]$", ""), -1);
        }

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
        int answers(String docPreentNo, int sendCount) {
            if (messageId != null) {
                String prefix = docPreentNo + "-";
                return messageId.startsWith(prefix) && messageId.substring(prefix.length()).matches("[0-9]{1,9}")
                        ? Integer.parseInt(messageId.substring(prefix.length())) : 0;
            }
            return sendNumber >= 0 ? sendNumber : sendCount;
        }
    }

    /** A receipt read: whom it answers and what it says. */
    record Read(Match match, ReceiptReader.Parsed parsed) {
    }

    /** Whether the file is a signed envelope ({@code Signature} root): verified, then read the product's way. */
    static boolean signed(byte[] content) {
        try {
            XMLStreamReader r = SafeXml.streamReader(content);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT) {
                        return "Signature".equals(r.getLocalName());
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
     * The receipt in {@code file}; empty when it is one pocket of several still waiting for the others, or not a
     * receipt the product applies (logged once per kind).
     *
     * @throws ReceiptRefused when it is not well-formed XML or declares a DOCTYPE
     */
    Optional<Read> read(IncomingMessage file) {
        WireMessage m = WireReader.read(file.fileName(), file.content());
        if (m instanceof WireMessage.EportAnswer a) {
            return Optional.of(answer(a));
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
        Optional<CustomsReceipt> whole = pockets.offer((WireMessage.ReceiptPocket) m);
        if (whole.isEmpty()) {
            LOG.info("Receipt {}/{}: a pocket of several, waiting for the others", file.businessType(),
                    file.fileName());
            return Optional.empty();
        }
        return Optional.of(receipt(file, whole.get()));
    }

    private static Read answer(WireMessage.EportAnswer a) {
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
        return new Read(new Match(etpsPreentNo, null, null, null, sendNumber), new ReceiptReader.Parsed(
                Receipt.Kind.IMPORT, blankToNull(a.seqNo()), outcome.event() == DocumentEvent.IMPORT_ACCEPTED,
                outcome.event(), null, null, null, checks, Map.of()));
    }

    private Read receipt(IncomingMessage file, CustomsReceipt r) {
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
        Match match = new Match(blankToNull(r.innerNo()), blankToNull(r.seqNo()), blankToNull(r.businessId()), null,
                -1);
        return new Read(match, new ReceiptReader.Parsed(kind, blankToNull(r.seqNo()),
                event != DocumentEvent.SEND_FAILED, event, r.manageResult(),
                approval.map(CustomsReceipt.Approval::manageDate).orElse(null),
                approval.map(CustomsReceipt.Approval::rmk).orElse(""), checks, r.numbers()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
