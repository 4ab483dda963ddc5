package org.tongguan.messages.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongguan.core.Messages;
import org.tongguan.core.declaration.DocumentChange;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.Receipt;
import org.tongguan.core.notice.Notice;
import org.tongguan.core.notice.NoticeService;

/**
 * A 通知 to the enterprise's users for every receipt a clerk must know of: 入库成功, 申报失败 (the import check refused
 * it, or the e-port client could not send it), 海关终审通过, 转人工, 海关退单 with customs' remark and 检查信息, and the
 * 核扣 receipt. Told after the commit, so published in a transaction of its own (one for all the receipts a batch applied),
 * once per document, event and receipt:
 * told again (a restart, a replay), it publishes nothing. A clerk's own steps (申报, 变更 …) raise none.
 */
@Component(service = org.tongguan.core.declaration.DocumentListener.class)
public class ReceiptNotices implements org.tongguan.core.declaration.DocumentListener {
    /** The events that are customs' or the e-port side's answer. */
    static final Set<DocumentEvent> TOLD = Set.of(DocumentEvent.IMPORT_ACCEPTED, DocumentEvent.SEND_FAILED,
            DocumentEvent.APPROVE, DocumentEvent.TO_MANUAL, DocumentEvent.RETURN, DocumentEvent.RELEASE);
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptNotices.class);
    private final NoticeService notices;
    /** A type's title, to name it in the notice; a type no longer installed is named by its id. */
    private final Function<String, Optional<DocumentType>> types;

    /** The document types installed, by id: found as services, not through the document service, which binds us. */
    private final Map<String, DocumentType> installed = new ConcurrentHashMap<>();

    @Activate
    public ReceiptNotices(@Reference NoticeService notices) {
        this.notices = notices;
        this.types = id -> Optional.ofNullable(installed.get(id));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addType(DocumentType type) {
        installed.put(type.id(), type);
    }

    void removeType(DocumentType type) {
        installed.remove(type.id(), type);
    }

    ReceiptNotices(NoticeService notices, Function<String, Optional<DocumentType>> types) {
        this.notices = notices;
        this.types = types;
    }

    @Override
    public void changed(DocumentChange change) {
        changedAll(List.of(change));
    }

    /** The notices of one transaction's receipts (a batch of them), published together. */
    @Override
    public void changedAll(List<DocumentChange> changes) {
        List<NoticeService.Once> told = changes.stream().filter(c -> TOLD.contains(c.event())).map(this::notice)
                .toList();
        if (!told.isEmpty()) {
            int published = notices.publishOnce(told).size();
            LOG.debug("{} notices of receipts published, {} published before", published, told.size() - published);
        }
    }

    private NoticeService.Once notice(DocumentChange change) {
        Object title = types.apply(change.typeId()).map(t -> (Object) new Messages.Text(t.messages(), t.titleKey()))
                .orElse(change.typeId());
        return new NoticeService.Once(key(change), change.enterpriseCode(), Notice.Kind.NOTICE,
                "document:" + change.etpsPreentNo(), change.documentId(),
                Messages.Of.of(MessageTexts.MESSAGES, "notice.receipt.title", title, change.etpsPreentNo(),
                        result(change)),
                text(change, title));
    }

    /** What makes the notice one: the document, the event and the receipt (the moment, for a FailBox without one). */
    static String key(DocumentChange c) {
        return "document:" + c.documentId() + ":" + c.event() + ":"
                + (c.receipt() != null ? "receipt:" + c.receipt().id() : "at:" + c.at().toEpochMilli());
    }

    /** The result named: the state the document is in now, or the event for a receipt that moves none (核扣). */
    private static Messages.Text result(DocumentChange c) {
        return new Messages.Text(Messages.CORE, c.event() == DocumentEvent.RELEASE ? c.event().messageKey()
                : c.to().messageKey());
    }

    private static Messages.Of text(DocumentChange c, Object title) {
        Receipt r = c.receipt();
        Messages m = MessageTexts.MESSAGES;
        return Messages.Of.of(m, "notice.receipt.text", title, c.etpsPreentNo(), result(c),
                r == null || blank(r.seqNo()) ? "" : Messages.Of.of(m, "notice.receipt.seqNo", r.seqNo()),
                r == null || blank(r.businessNo()) ? "" : Messages.Of.of(m, "notice.receipt.businessNo",
                        r.businessNo()),
                // customs' own texts, as customs wrote them; an import receipt's remark is ours (入库回执), not told
                r == null || r.kind() == Receipt.Kind.IMPORT || blank(r.remark()) ? ""
                        : Messages.Of.of(m, "notice.receipt.remark", r.remark()),
                r == null || r.checks().isEmpty() ? "" : Messages.Of.of(m, "notice.receipt.checks",
                        r.checks().stream().map(Receipt.Check::toString).collect(Collectors.joining("\n"))),
                r == null && c.event() == DocumentEvent.SEND_FAILED ? Messages.Of.of(m, "notice.receipt.notSent")
                        : "");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
