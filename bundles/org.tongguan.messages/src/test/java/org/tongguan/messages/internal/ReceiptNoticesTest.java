package org.tongguan.messages.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongguan.core.Messages;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.declaration.AbstractDocumentType;
import org.tongguan.core.declaration.AttachmentRules;
import org.tongguan.core.declaration.DocumentChange;
import org.tongguan.core.declaration.DocumentEvent;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.Receipt;
import org.tongguan.core.internal.notice.NoticeServiceImpl;
import org.tongguan.core.notice.Notice;
import org.tongguan.core.notice.NoticeQuery;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.testing.TestDatabase;
import org.tongguan.core.testing.TestPolicy;

/** From a document's change to the 通知 its enterprise reads, on the core's real notices: once per receipt. */
class ReceiptNoticesTest {
    private static final UserContext SYSTEM = UserContext.system("test");
    private static final String ENTERPRISE = "6101940123";
    private static final String NO = "QYZZ6101940123000001";
    private static final Messages TEXTS = new Messages("org.tongguan.messages.internal.testtype",
            ReceiptNoticesTest.class.getClassLoader());
    private static final Instant AT = Instant.parse("2026-12-05T02:00:00Z");
    private TestDatabase db;
    private NoticeServiceImpl notices;
    private ReceiptNotices listener;

    /** A document type as an area registers it; its title names it in the notices. */
    private static final class Qualification extends AbstractDocumentType {
        Qualification() {
            super(new Description("qyzz", TEXTS, "test.qyzz", "test.qyzz", ImportLayout.EMS101, "EMS", "etps",
                    List.of(FieldSpec.text("etps", "test.qyzz", 10)), List.of(), null, null, null,
                    AttachmentRules.NONE, List.of()));
        }
    }

    @BeforeEach
    void setUp() {
        db = new TestDatabase("org/tongguan/core/db/changelog.xml");
        notices = new NoticeServiceImpl(db.jpa(), new TestPolicy());
        DocumentType qyzz = new Qualification();
        listener = new ReceiptNotices(notices, id -> id.equals("qyzz") ? Optional.of(qyzz) : Optional.empty());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static DocumentChange change(DocumentEvent event, DocumentState from, DocumentState to,
            Receipt receipt) {
        return new DocumentChange(41, "qyzz", ENTERPRISE, NO, event, from, to, "customs", AT, receipt);
    }

    private static Receipt receipt(long id, Receipt.Kind kind, DocumentState state, String remark,
            List<Receipt.Check> checks) {
        return new Receipt(id, kind, AT, "900020261000000123", "", state, AT, remark, checks, Map.of());
    }

    private List<Notice> all() {
        return notices.list(SYSTEM, NoticeQuery.of(null, false, 100));
    }

    @Test
    void aReturnNamesTheTypeTheNumbersTheResultAndCustomsText() {
        listener.changed(change(DocumentEvent.RETURN, DocumentState.ACCEPTED, DocumentState.RETURNED,
                receipt(7, Receipt.Kind.BUSINESS, DocumentState.RETURNED, "退单",
                        List.of(new Receipt.Check("3349", "无表体数据")))));
        Notice n = all().get(0);
        assertEquals(Notice.Kind.NOTICE, n.kind());
        assertEquals(ENTERPRISE, n.enterpriseCode());
        assertEquals(41L, n.documentId());
        assertEquals("企业资质申请 " + NO + "：海关退单", n.title(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Enterprise qualification application " + NO + ": Returned by customs", n.title(Locale.ENGLISH));
        String zh = n.text(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.startsWith("企业资质申请（企业内部编号 " + NO + "）：海关退单。"), zh);
        assertTrue(zh.contains("预录入统一编号：900020261000000123"), zh);
        assertTrue(zh.contains("海关备注：退单"), zh);
        assertTrue(zh.contains("检查信息：\n[3349] 无表体数据"), zh);
        String en = n.text(Locale.ENGLISH);
        assertTrue(en.contains("Customs remark: 退单") && en.contains("[3349] 无表体数据"),
                "customs' own texts stay as customs wrote them: " + en);
    }

    @Test
    void eachReceiptIsToldOnceHoweverOftenTheListenerHearsIt() {
        DocumentChange accepted = change(DocumentEvent.IMPORT_ACCEPTED, DocumentState.DECLARED,
                DocumentState.ACCEPTED, receipt(5, Receipt.Kind.IMPORT, DocumentState.ACCEPTED, "入库回执", List.of()));
        DocumentChange approved = change(DocumentEvent.APPROVE, DocumentState.ACCEPTED, DocumentState.APPROVED,
                receipt(6, Receipt.Kind.BUSINESS, DocumentState.APPROVED, "通过", List.of()));
        listener.changed(accepted);
        listener.changed(approved);
        listener.changed(accepted); // told again: a replay after a restart
        listener.changed(approved);
        List<String> titles = all().stream().map(n -> n.title(Locale.SIMPLIFIED_CHINESE)).toList();
        assertEquals(2, titles.size(), titles.toString());
        assertTrue(titles.contains("企业资质申请 " + NO + "：入库成功"), titles.toString());
        assertTrue(titles.contains("企业资质申请 " + NO + "：海关终审通过"), titles.toString());
        String importText = all().stream().filter(n -> n.title(Locale.SIMPLIFIED_CHINESE).endsWith("入库成功"))
                .findFirst().orElseThrow().text(Locale.SIMPLIFIED_CHINESE);
        assertFalse(importText.contains("海关备注"), "an import receipt's remark is the product's, not customs': "
                + importText);
        // a later approval of the same document (after a 变更) is another receipt: told
        listener.changed(change(DocumentEvent.APPROVE, DocumentState.ACCEPTED, DocumentState.APPROVED,
                receipt(9, Receipt.Kind.BUSINESS, DocumentState.APPROVED, "通过", List.of())));
        assertEquals(3, all().size());
    }

    @Test
    void aBatchOfReceiptsIsPublishedTogetherOncePerReceipt() {
        DocumentChange accepted = change(DocumentEvent.IMPORT_ACCEPTED, DocumentState.DECLARED,
                DocumentState.ACCEPTED, receipt(5, Receipt.Kind.IMPORT, DocumentState.ACCEPTED, "入库回执", List.of()));
        DocumentChange approved = change(DocumentEvent.APPROVE, DocumentState.ACCEPTED, DocumentState.APPROVED,
                receipt(6, Receipt.Kind.BUSINESS, DocumentState.APPROVED, "通过", List.of()));
        DocumentChange declared = change(DocumentEvent.DECLARE, DocumentState.DRAFT, DocumentState.DECLARED, null);
        listener.changedAll(List.of(declared, accepted, approved, accepted));
        assertEquals(2, all().size(), "the clerk's 申报 raises none; a receipt twice in the batch is told once");
        listener.changedAll(List.of(accepted, approved));
        assertEquals(2, all().size(), "the batch told again publishes nothing");
    }

    @Test
    void aMessageTheEportCouldNotSendIsToldOnceAndAClerksOwnStepsNot() {
        DocumentChange failBox = change(DocumentEvent.SEND_FAILED, DocumentState.DECLARED,
                DocumentState.DECLARE_FAILED, null);
        listener.changed(failBox);
        listener.changed(failBox);
        listener.changed(change(DocumentEvent.DECLARE, DocumentState.DRAFT, DocumentState.DECLARED, null));
        listener.changed(change(DocumentEvent.EDIT, DocumentState.DRAFT, DocumentState.DRAFT, null));
        listener.changed(change(DocumentEvent.REQUEST_RECEIPTS, DocumentState.ACCEPTED, DocumentState.ACCEPTED,
                null));
        List<Notice> told = all();
        assertEquals(1, told.size());
        assertEquals("企业资质申请 " + NO + "：申报失败", told.get(0).title(Locale.SIMPLIFIED_CHINESE));
        assertTrue(told.get(0).text(Locale.SIMPLIFIED_CHINESE).contains("请打开单据重新发送"));
        assertTrue(told.get(0).text(Locale.ENGLISH).contains("open the document and send it again"));
    }

    @Test
    void aReleaseIsNamedByItsReceiptAndAnUninstalledTypeByItsId() {
        listener.changed(change(DocumentEvent.RELEASE, DocumentState.APPROVED, DocumentState.APPROVED,
                receipt(11, Receipt.Kind.RELEASE, DocumentState.APPROVED, null, List.of())));
        listener.changed(new DocumentChange(42, "gone", ENTERPRISE, "GONE1", DocumentEvent.APPROVE,
                DocumentState.ACCEPTED, DocumentState.APPROVED, "customs", AT,
                receipt(12, Receipt.Kind.BUSINESS, DocumentState.APPROVED, "", List.of())));
        List<String> titles = all().stream().map(n -> n.title(Locale.SIMPLIFIED_CHINESE)).toList();
        assertTrue(titles.contains("企业资质申请 " + NO + "：核扣回执"), titles.toString());
        assertTrue(titles.contains("gone GONE1：海关终审通过"), titles.toString());
    }
}
