package org.tongguan.core.internal.declaration;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tongguan.core.customs.CustomsTransport;
import org.tongguan.core.customs.EnvelopeInfo;
import org.tongguan.core.customs.Envelopes;
import org.tongguan.core.customs.IncomingMessage;
import org.tongguan.core.customs.OutgoingMessage;
import org.tongguan.core.customs.ReceiptRequest;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.core.customs.wire.CustomsReceipt;
import org.tongguan.core.customs.wire.ReceiptOutcomes;
import org.tongguan.core.customs.wire.ReceiptType;
import org.tongguan.core.customs.wire.ReceiptWriter;
import org.tongguan.core.customs.wire.WireElement;
import org.tongguan.core.customs.wire.WireMessage;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.customs.Signer;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.internal.audit.AuditLogImpl;
import org.tongguan.core.internal.code.CodeTablesImpl;
import org.tongguan.core.internal.time.TimeDisplayImpl;
import org.tongguan.core.security.AccessPolicy;
import org.tongguan.core.testing.TestDatabase;

/**
 * The core's document service on a {@link TestDatabase}, for the unit tests of the areas' document types: the real
 * service, field rules, code tables and audit log; messages go to an in-memory transport ({@link #sent}), and
 * {@link #answer} plays the e-port client and customs, answering a sent message in the real formats.
 */
public final class TestDocuments {
    /** The code tables, loaded once for all tests (they are read-only). */
    private static final CodeTablesImpl CODES = new CodeTablesImpl();

    private static final TimeDisplayImpl BEIJING = new TimeDisplayImpl(ZoneId.of("Asia/Shanghai"));
    private final TestDatabase db;
    private final AccessPolicy policy;
    private final Signer signer;
    private final List<DocumentType> types = new CopyOnWriteArrayList<>();
    private DocumentServiceImpl service;
    private final AuditLogImpl audit;
    private final Map<String, Enterprise> enterprises = new ConcurrentHashMap<>();
    private final List<OutgoingMessage> sent = new CopyOnWriteArrayList<>();
    private int receipts;

    public TestDocuments(TestDatabase db, AccessPolicy policy, Signer signer) {
        this.db = db;
        this.policy = policy;
        this.signer = signer;
        audit = new AuditLogImpl(db.jpa(), policy, BEIJING, () -> 0);
        service = newService();
    }

    /**
     * The service as a restart makes it, on the same database, with the same types: what it held in memory (e.g.
     * pockets of a receipt not yet whole) is gone. Deliver to {@link #service()} after it.
     */
    public void restart() {
        service = newService();
        types.forEach(service::addType);
    }

    private DocumentServiceImpl newService() {
        DocumentServiceImpl service = new DocumentServiceImpl(db.jpa(), policy, audit,
                new FieldRules(CODES, code -> Optional.ofNullable(enterprises.get(code))), Clock.systemUTC(), BEIJING);
        service.signer = signer;
        service.notices = new org.tongguan.core.internal.notice.NoticeServiceImpl(db.jpa(), policy);
        service.transport = new CustomsTransport() {
            @Override
            public boolean clientSigns() {
                return clientSigns;
            }

            @Override
            public void send(OutgoingMessage message) {
                if (refusing) {
                    throw new java.io.UncheckedIOException(new java.io.IOException("disk full"));
                }
                sent.add(message);
            }

            @Override
            public List<String> pending(String businessType) {
                return List.of();
            }

            @Override
            public List<String> failed(String businessType) {
                return failBox.stream().filter(m -> m.businessType().equals(businessType))
                        .map(OutgoingMessage::fileName).sorted().toList();
            }

            @Override
            public void requestReceipts(String businessType, ReceiptRequest request) {
                requests.add(request);
            }

            @Override
            public boolean resendFailed(String businessType, String fileName) {
                for (OutgoingMessage m : failBox) {
                    if (m.businessType().equals(businessType) && m.fileName().equals(fileName)) {
                        failBox.remove(m);
                        sent.add(m);
                        return true;
                    }
                }
                return false;
            }
        };
        return service;
    }

    private volatile boolean refusing;
    private volatile boolean clientSigns;

    /** Whether the e-port client signs (signing mode eport): the product writes the import skeleton, no PIN. */
    public TestDocuments clientSigns(boolean signs) {
        clientSigns = signs;
        return this;
    }
    private final List<OutgoingMessage> failBox = new CopyOnWriteArrayList<>();
    private final List<ReceiptRequest> requests = new CopyOnWriteArrayList<>();

    /** Whether the transport refuses to queue messages (as a full disk would), from now on. */
    public TestDocuments refusing(boolean refuse) {
        refusing = refuse;
        return this;
    }

    /** The e-port client could not send the latest message sent: it moves it to its FailBox. */
    public OutgoingMessage failLastSent() {
        OutgoingMessage m = sent.remove(sent.size() - 1);
        failBox.add(m);
        return m;
    }

    /** The 申请回执补发 the transport was asked to queue, in order. */
    public List<ReceiptRequest> receiptRequests() {
        return List.copyOf(requests);
    }

    /** How long a document waits before its receipts are overdue: in 已申报 / 入库成功, and in 转人工. */
    public TestDocuments waits(java.time.Duration receipt, java.time.Duration manual) {
        service.waits(receipt, manual);
        return this;
    }

    /** One run of the service's sweeper: the outbox, the FailBoxes, the overdue warnings. */
    public void sweep() {
        service.sweep();
    }

    public DocumentService service() {
        return service;
    }

    /** The audit log the service writes to. */
    public org.tongguan.core.audit.AuditLog audit() {
        return audit;
    }

    public TestDocuments add(DocumentType type) {
        types.add(type);
        service.addType(type);
        return this;
    }

    /** An enterprise the 海关编码 fields find (社会信用代码 and name filled from it). */
    public TestDocuments enterprise(Enterprise e) {
        enterprises.put(e.getCustomsCode(), e);
        return this;
    }

    /**
     * A file of the e-port client's {@code businessType} folder (INV, SAS …) delivered to the service as the transport
     * delivers what the client drops into InBox.
     */
    public void deliver(String businessType, String fileName, String content) throws Exception {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        ((org.tongguan.core.customs.ReceiptListener) service).onReceipt(new IncomingMessage(businessType, fileName,
                bytes, sha256(bytes)));
    }

    /** A public sample of the wire formats, as text (the test resources' {@code customs/wire/}, see SOURCES.md). */
    public static String sample(String name) {
        try (java.io.InputStream in = TestDocuments.class.getResourceAsStream("/org/tongguan/core/customs/wire/"
                + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The SHA-256 of a receipt's bytes, as the transport gives it. */
    public static String sha256(byte[] content) {
        return DocumentServiceImpl.sha256(content);
    }

    /** The messages handed to the transport, in order. */
    public List<OutgoingMessage> sent() {
        return List.copyOf(sent);
    }

    /** The latest message sent for the document of that 企业内部编号, opened as the e-port client opens it. */
    public SignedMessage lastSent(String etpsPreentNo, Signer signer) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            SignedMessage m = Envelopes.openAsClient(signer, sent.get(i).content(),
                    key -> signer.card(key).map(c -> c.certificate()));
            if (m.info().businessId().equals(etpsPreentNo)) {
                return m;
            }
        }
        throw new IllegalStateException("nothing sent for " + etpsPreentNo);
    }

    /**
     * What the e-port client or customs answers a message with, in the real formats (docs/wire-formats.md): the
     * file, made for the message it answers.
     */
    @FunctionalInterface
    public interface Answer {
        /** The file's name and content. */
        Map.Entry<String, byte[]> file(SignedMessage answered, TestDocuments harness);
    }

    /** The 预录入统一编号 the client's answers gave, by 企业内部编号: customs' receipts name it. */
    private final Map<String, String> seqNos = new ConcurrentHashMap<>();

    /** Customs' (or the client's) answer to the latest message of the document, delivered as the transport would. */
    public void answer(String etpsPreentNo, Signer signer, Answer answer) throws Exception {
        ((org.tongguan.core.customs.ReceiptListener) service).onReceipt(receipt(etpsPreentNo, signer, answer));
    }

    /** The answer to the latest message of the document, as {@link #answer} makes it, not yet delivered. */
    public IncomingMessage receipt(String etpsPreentNo, Signer signer, Answer answer) {
        return receipt(lastSent(etpsPreentNo, signer), answer);
    }

    /** The answer to message {@code m}, not yet delivered. */
    public IncomingMessage receipt(SignedMessage m, Answer answer) {
        Map.Entry<String, byte[]> file = answer.file(m, this);
        return new IncomingMessage(m.info().messageType().substring(0, 3), file.getKey(), file.getValue(),
                DocumentServiceImpl.sha256(file.getValue()));
    }

    /** The client's answer 入库成功 with the 预录入统一编号, in {@code Successed_<message file>}. */
    public static Answer imported(String etpsPreentNo, String seqNo) {
        return (m, h) -> {
            h.seqNos.put(etpsPreentNo, seqNo);
            return Map.entry(ReceiptWriter.answerFile(m.info().fileName(), true),
                    ReceiptWriter.answer(seqNo, etpsPreentNo, "处理成功", true));
        };
    }

    /** The client's answer 导入失败 with its text, in {@code Failed_<message file>}. */
    public static Answer failed(String etpsPreentNo, String checkInfo) {
        return (m, h) -> Map.entry(ReceiptWriter.answerFile(m.info().fileName(), false),
                ReceiptWriter.answer("", etpsPreentNo, checkInfo, false));
    }

    /**
     * Customs' receipt of the type that answers the message ({@link ReceiptType#answering}): 1 通过, 2 转人工, 3 退单
     * (written with that receipt type's own {@code manageResult}), the numbers customs assigned (kind → number, the
     * first put into the copy's assigned field) and checks "code text" (notes "[code] text").
     */
    public static Answer judged(String etpsPreentNo, String result, Map<String, String> numbers, String... checks) {
        DocumentEvent event = switch (result) {
            case "1" -> DocumentEvent.APPROVE;
            case "2" -> DocumentEvent.TO_MANUAL;
            default -> DocumentEvent.RETURN;
        };
        return (m, h) -> {
            ReceiptType type = ReceiptType.answering(m.info().messageType()).orElseThrow().approval();
            Map<String, String> copy = copy(type, etpsPreentNo, numbers, h);
            if (event == DocumentEvent.APPROVE) {
                copy.putAll(type.marks(Instant.now())); // 预核扣, 已审批 …
            }
            List<String> notes = java.util.Arrays.stream(checks).map(c -> "[" + c.substring(0, c.indexOf(' ')) + "] "
                    + c.substring(c.indexOf(' ') + 1)).toList();
            CustomsReceipt.Approval approval = new CustomsReceipt.Approval(h.seqNos.getOrDefault(etpsPreentNo, ""),
                    copy.getOrDefault(type.copy().order().get(0), ""), "0", "1",
                    ReceiptOutcomes.manageResult(type.type(), event), Instant.now(), result);
            return h.customsFile(type, ReceiptWriter.content(type, approval, notes, copy));
        };
    }

    /**
     * Customs' release of an approved document, of the type that follows the approval ({@link ReceiptType#answering}):
     * the 核扣 of a 核注清单 (INV211: customs' copy with vrfdedMarkcd 2), the 过卡 of a 核放单 (SAS223 1 已过卡, stucd 2).
     */
    public static Answer released(String etpsPreentNo) {
        return (m, h) -> {
            ReceiptType type = ReceiptType.answering(m.info().messageType()).orElseThrow().release();
            Map<String, String> copy = copy(type, etpsPreentNo, Map.of(), h);
            Instant now = Instant.now();
            copy.putAll(type.marks(now));
            CustomsReceipt.Approval approval = type.approval() ? new CustomsReceipt.Approval(
                    h.seqNos.getOrDefault(etpsPreentNo, ""), "", "0", "1",
                    ReceiptOutcomes.manageResult(type.type(), DocumentEvent.RELEASE), now, "") : null;
            return h.customsFile(type, ReceiptWriter.content(type, approval, List.of(), copy));
        };
    }

    private static Map<String, String> copy(ReceiptType type, String etpsPreentNo, Map<String, String> numbers,
            TestDocuments h) {
        Map<String, String> copy = new java.util.HashMap<>();
        if (type.copy().inner() != null) {
            copy.put(type.copy().inner(), etpsPreentNo);
        }
        if (type.copy().preent() != null) {
            copy.put(type.copy().preent(), h.seqNos.getOrDefault(etpsPreentNo, ""));
        }
        if (type.copy().assigned() != null && !numbers.isEmpty()) {
            copy.put(type.copy().assigned(), numbers.values().iterator().next());
        }
        return copy;
    }

    private Map.Entry<String, byte[]> customsFile(ReceiptType type, WireElement content) {
        Instant now = Instant.now();
        String messageId = ReceiptWriter.messageId(now, ++receipts);
        return Map.entry(messageId + ".xml", ReceiptWriter.receipt(type, ReceiptWriter.envelope(type, messageId, now),
                new WireMessage.Pocket(messageId, 1, 1), content));
    }
}
