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
 * {@link #answer} plays customs, answering a sent message with receipts sealed by a card of the given signer.
 */
public final class TestDocuments {
    /** The code tables, loaded once for all tests (they are read-only). */
    private static final CodeTablesImpl CODES = new CodeTablesImpl();

    private final DocumentServiceImpl service;
    private final AuditLogImpl audit;
    private final Map<String, Enterprise> enterprises = new ConcurrentHashMap<>();
    private final List<OutgoingMessage> sent = new CopyOnWriteArrayList<>();
    private int receipts;

    public TestDocuments(TestDatabase db, AccessPolicy policy, Signer signer) {
        TimeDisplayImpl beijing = new TimeDisplayImpl(ZoneId.of("Asia/Shanghai"));
        audit = new AuditLogImpl(db.jpa(), policy, beijing, () -> 0);
        service = new DocumentServiceImpl(db.jpa(), policy, audit,
                new FieldRules(CODES, code -> Optional.ofNullable(enterprises.get(code))), Clock.systemUTC(), beijing);
        service.signer = signer;
        service.notices = new org.tongguan.core.internal.notice.NoticeServiceImpl(db.jpa(), policy);
        service.transport = new CustomsTransport() {
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
    }

    private volatile boolean refusing;
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
        service.addType(type);
        return this;
    }

    /** An enterprise the 海关编码 fields find (社会信用代码 and name filled from it). */
    public TestDocuments enterprise(Enterprise e) {
        enterprises.put(e.getCustomsCode(), e);
        return this;
    }

    /** The SHA-256 of a receipt's bytes, as the transport gives it. */
    public static String sha256(byte[] content) {
        return DocumentServiceImpl.sha256(content);
    }

    /** The messages handed to the transport, in order. */
    public List<OutgoingMessage> sent() {
        return List.copyOf(sent);
    }

    /** The latest message sent for the document of that 企业内部编号, opened. */
    public SignedMessage lastSent(String etpsPreentNo, Signer signer) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            SignedMessage m = Envelopes.open(signer, sent.get(i).content(),
                    key -> signer.card(key).map(c -> c.certificate()));
            if (m.info().businessId().equals(etpsPreentNo)) {
                return m;
            }
        }
        throw new IllegalStateException("nothing sent for " + etpsPreentNo);
    }

    /**
     * Customs' answer to the latest message of the document: sealed with {@code customsCard}, delivered to the
     * service as the transport would.
     *
     * @param businessXml the receipt's business message (CommonResponeMessage, HdeApprResult or HdeReleaseResult)
     */
    public void answer(String etpsPreentNo, Signer signer, String customsCard, char[] pin, String businessXml)
            throws Exception {
        ((org.tongguan.core.customs.ReceiptListener) service).onReceipt(receipt(etpsPreentNo, signer, customsCard, pin,
                businessXml));
    }

    /** Customs' answer to the latest message of the document, as {@link #answer} makes it, not yet delivered. */
    public IncomingMessage receipt(String etpsPreentNo, Signer signer, String customsCard, char[] pin,
            String businessXml) {
        return receipt(lastSent(etpsPreentNo, signer), signer, customsCard, pin, businessXml);
    }

    /** Customs' answer to message {@code m}, not yet delivered. */
    public IncomingMessage receipt(SignedMessage m, Signer signer, String customsCard, char[] pin,
            String businessXml) {
        int kind = businessXml.startsWith("<CommonResponeMessage") ? 1 : businessXml.startsWith("<HdeApprResult") ? 2
                : 3;
        String fileName = "Receipt_" + m.info().messageId() + "_" + kind + "_" + (++receipts) + ".xml";
        EnvelopeInfo info = new EnvelopeInfo("1.0", m.info().businessId(), m.info().messageId() + "_" + kind,
                fileName, m.info().messageType().replaceFirst("\\d{3}$", kind == 1 ? "201" : kind == 2 ? "211"
                        : "202"), m.info().receiverId(), m.info().senderId(), Instant.now());
        byte[] sealed = Envelopes.seal(signer, customsCard, pin, info, Envelopes.DECLARE,
                businessXml.getBytes(StandardCharsets.UTF_8));
        return new IncomingMessage(m.info().messageType().substring(0, 3), fileName, sealed,
                DocumentServiceImpl.sha256(sealed));
    }

    /** An import receipt: 入库成功 with the 预录入统一编号. */
    public static String imported(String etpsPreentNo, String seqNo) {
        return "<CommonResponeMessage><SeqNo>" + seqNo + "</SeqNo><EtpsPreentNo>" + etpsPreentNo
                + "</EtpsPreentNo><DealFlag>0</DealFlag></CommonResponeMessage>";
    }

    /** A business receipt: 1 通过, 2 转人工, 3 退单, with the numbers customs assigned (kind → number). */
    public static String judged(String etpsPreentNo, String result, Map<String, String> numbers,
            String... checks) {
        StringBuilder x = new StringBuilder("<HdeApprResult><EtpsPreentNo>").append(etpsPreentNo)
                .append("</EtpsPreentNo><BusinessId>").append(etpsPreentNo).append("</BusinessId><ManageResult>")
                .append(result).append("</ManageResult><ManageDate>")
                .append(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                        .format(Instant.now().atOffset(ZoneOffset.ofHours(8))))
                .append("</ManageDate><Rmk>").append(result).append("</Rmk>");
        for (String c : checks) {
            int space = c.indexOf(' ');
            x.append("<CheckInfo><Code>").append(c, 0, space).append("</Code><Text>").append(c.substring(space + 1))
                    .append("</Text></CheckInfo>");
        }
        numbers.forEach((k, v) -> x.append("<AssignedNumber kind=\"").append(k).append("\">").append(v)
                .append("</AssignedNumber>"));
        return x.append("</HdeApprResult>").toString();
    }

    /** A release receipt (核扣). */
    public static String released(String etpsPreentNo) {
        return "<HdeReleaseResult><EtpsPreentNo>" + etpsPreentNo + "</EtpsPreentNo><BusinessId>" + etpsPreentNo
                + "</BusinessId><ManageDate>" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                        .format(Instant.now().atOffset(ZoneOffset.ofHours(8)))
                + "</ManageDate><Rmk>已核扣</Rmk></HdeReleaseResult>";
    }
}
