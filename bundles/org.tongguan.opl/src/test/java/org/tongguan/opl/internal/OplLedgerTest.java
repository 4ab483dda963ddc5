package org.tongguan.opl.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.ValidationException;
import org.tongguan.core.customs.CardType;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.customs.wire.LayoutCheck;
import org.tongguan.core.customs.wire.WireElement;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.enterprise.CreditCodes;
import org.tongguan.core.enterprise.Enterprise;
import org.tongguan.core.internal.declaration.TestDocuments;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.testing.TestDatabase;
import org.tongguan.core.testing.TestPolicy;
import org.tongguan.signing.sm2.internal.SoftwareCardSigner;

/**
 * A 出境加工账册 filed, declared, approved, changed and approved again through the document service on a real database
 * with real signatures and customs' receipts (OPL201) as the product reads them; the rules of manual 003 refused on
 * the server with the clerk's message; its message as the proposed OPL101 layout.
 */
class OplLedgerTest {
    private static final UserContext SYSTEM = UserContext.system("test");
    private static final String ENTERPRISE = "6101940123";
    private static final String CARD = "OP6101940123";
    private static final char[] PIN = "135790".toCharArray();
    private static final String OPL_NO = "O90000000001";

    @TempDir
    Path dir;
    private TestDatabase db;
    private SoftwareCardSigner signer;
    private TestDocuments harness;
    private DocumentService documents;
    private int seqNos;

    @BeforeEach
    void setUp() {
        db = new TestDatabase("org/tongguan/core/db/changelog.xml");
        signer = new SoftwareCardSigner(dir.resolve("cards"));
        signer.issuer().issue(CARD, CardType.OPERATOR, ENTERPRISE, "张关务", PIN);
        harness = new TestDocuments(db, new TestPolicy(), signer);
        documents = harness.service();
        Enterprise e = new Enterprise();
        e.setCustomsCode(ENTERPRISE);
        String first17 = "91610000" + ENTERPRISE.substring(1);
        e.setCreditCode(first17 + CreditCodes.checkCharacter(first17));
        e.setName("西安高新出料加工有限公司");
        harness.enterprise(e);
        harness.add(new OplType());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static Map<String, String> header() {
        Map<String, String> h = new HashMap<>();
        h.put("masterCuscd", "9000");
        h.put("bizopEtpsno", ENTERPRISE);
        h.put("rcvgdEtpsno", ENTERPRISE);
        h.put("ovsProcEtpsNm", "Penang Precision Sdn Bhd");
        h.put("ovsProcNatcd", "122");
        h.put("contrNo", "OPL-2026-001");
        h.put("finishValidDate", "2031-06-30");
        return h;
    }

    static Map<String, String> goods(String mtno, String name, String hs, String qty, String price) {
        return Map.of("gdsMtno", mtno, "gdecd", hs, "gdsNm", name, "dclUnitcd", "035", "lawfUnitcd", "035",
                "dclQty", qty, "dclUprcAmt", price, "dclCurrcd", "142", "natcd", "142");
    }

    private Document row(Document d, String tab, Map<String, String> values) {
        return documents.saveItem(SYSTEM, d.id(), d.version(), tab, null, values);
    }

    private Document filed() {
        Document d = documents.create(SYSTEM, OplType.ID, header());
        d = row(d, OplType.EXPORTS, goods("E-CU", "铜线", "7408110000", "1000", "60"));
        Map<String, String> back = new HashMap<>(goods("I-CU", "镀锡铜线", "7408110000", "990", "75"));
        back.put("rltExpGdsSeqno", "1");
        return row(d, OplType.IMPORTS, back);
    }

    private Document declare(Document d) {
        return documents.declare(SYSTEM, d.id(), d.version(), CARD, PIN, true);
    }

    /** Customs' import receipt and its OPL201 approval, with the number it assigns (if any). */
    private Document approve(Document d, Map<String, String> assigned) throws Exception {
        harness.answer(d.etpsPreentNo(), signer, TestDocuments.imported(d.etpsPreentNo(),
                "9000202600" + String.format("%08d", ++seqNos)));
        harness.answer(d.etpsPreentNo(), signer, TestDocuments.judged(d.etpsPreentNo(), "1", assigned));
        return documents.get(SYSTEM, d.id());
    }

    private Document approved() throws Exception {
        Document d = approve(declare(filed()), Map.of("oplNo", OPL_NO));
        assertEquals(DocumentState.APPROVED, d.state());
        return d;
    }

    @Test
    void theBizopAndProcessingEnterprisesAreRequiredBeforeTheFirstSave() {
        for (String[] missing : new String[][] {{"bizopEtpsno", "经营单位编码为必填项"},
                {"rcvgdEtpsno", "加工单位编码为必填项"}}) {
            Map<String, String> h = header();
            h.remove(missing[0]);
            ValidationException e = assertThrows(ValidationException.class,
                    () -> documents.create(SYSTEM, OplType.ID, h));
            assertEquals(missing[0], e.errors().get(0).field());
            assertTrue(e.getMessage().contains(missing[1]), e.getMessage());
        }
    }

    @Test
    void aFilingIsOfTheOutwardProcessingModeAndTakesItsNumberAtApproval() throws Exception {
        Document d = approved();
        assertEquals(OPL_NO, d.value("oplNo"), "the number customs assigned");
        assertEquals("1", d.value("dclTypecd"));
        assertEquals(OplType.SUPV_MODE, d.value("supvModecd"));
        assertEquals("20310630", d.value("apprFinishValidDate"), "the validity customs approved");
        assertTrue(!d.value("putrecApprTime").isEmpty());
        assertEquals("西安高新出料加工有限公司", d.value("rcvgdEtpsNm"), "the 加工单位 filled from its code");
        assertEquals("60000.00", d.items(OplType.EXPORTS).get(0).value("dclTotalAmt"), "数量 × 单价");
    }

    @Test
    void onlyALedgerCustomsApprovedIsChanged() throws Exception {
        Document draft = filed();
        RuleViolation e = assertThrows(RuleViolation.class, () -> documents.change(SYSTEM, draft.id(),
                draft.version()));
        assertTrue(e.getMessage().contains("变更"), e.getMessage());
        Document declared = declare(filed());
        assertThrows(RuleViolation.class, () -> documents.change(SYSTEM, declared.id(), declared.version()));
    }

    @Test
    void aChangeExtendsTheValidityByHalfAYearAtMostAndKeepsTheNumber() throws Exception {
        Document d = approved();
        d = documents.change(SYSTEM, d.id(), d.version());
        assertEquals(DocumentState.DRAFT, d.state());
        assertEquals("2", d.value("dclTypecd"));
        assertEquals(1, d.changeCount());

        Map<String, String> h = new HashMap<>(d.header());
        h.put("finishValidDate", "2031-12-31");
        long version = d.version();
        long id = d.id();
        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> documents.saveHeader(SYSTEM, id, version, h));
        assertEquals("finishValidDate", tooLong.errors().get(0).field());
        assertTrue(tooLong.getMessage().contains("2031-12-31") && tooLong.getMessage().contains("2031-06-30")
                && tooLong.getMessage().contains("最晚可延至 2031-12-30"), tooLong.getMessage());

        h.put("finishValidDate", "2031-12-30");
        d = documents.saveHeader(SYSTEM, id, version, h);
        d = approve(declare(d), Map.of());
        assertEquals(DocumentState.APPROVED, d.state());
        assertEquals(OPL_NO, d.value("oplNo"), "a 变更 keeps the number");
        assertEquals("20311230", d.value("apprFinishValidDate"));
        assertTrue(!d.value("chgApprTime").isEmpty());
    }

    @Test
    void aReimportNamesAnExportOfTheLedger() {
        Document d = documents.create(SYSTEM, OplType.ID, header());
        d = row(d, OplType.EXPORTS, goods("E-CU", "铜线", "7408110000", "1000", "60"));
        Map<String, String> back = new HashMap<>(goods("I-CU", "镀锡铜线", "7408110000", "990", "75"));
        back.put("rltExpGdsSeqno", "5");
        Document draft = d;
        ValidationException e = assertThrows(ValidationException.class, () -> row(draft, OplType.IMPORTS, back));
        assertTrue(e.getMessage().contains("对应出口货物序号 5 不是本账册的出口货物"), e.getMessage());
    }

    /** 随附单证: 暂存 as 待上传, 上传, 下载, 删除; only what was uploaded goes with the 申报. */
    @Test
    void attachmentsAreKeptUploadedDownloadedAndDeleted() throws Exception {
        Document d = filed();
        byte[] contract = "%PDF-1.4 出料加工合同".getBytes(StandardCharsets.UTF_8);
        d = documents.addAttachment(SYSTEM, d.id(), d.version(), "01", "HT-001", "contract.pdf", contract);
        d = documents.addAttachment(SYSTEM, d.id(), d.version(), "99", "", "other.pdf", contract);
        assertEquals(Document.AttachmentStatus.PENDING, d.attachments().get(0).status(), "待上传");
        Document withTwo = d;
        assertThrows(ValidationException.class, () -> documents.addAttachment(SYSTEM, withTwo.id(),
                withTwo.version(), "99", "", "tool.exe", contract));

        long first = d.attachments().get(0).id();
        d = documents.uploadAttachment(SYSTEM, d.id(), d.version(), first);
        assertEquals(Document.AttachmentStatus.UPLOADED, d.attachments().get(0).status());
        assertArrayEquals(contract, documents.attachmentContent(SYSTEM, d.id(), first));
        d = documents.deleteAttachment(SYSTEM, d.id(), d.version(), d.attachments().get(1).id());
        assertEquals(1, d.attachments().size());

        WireElement m = LayoutCheck.assertWrittenAsLayout(ImportLayout.OPL101, documents.message(SYSTEM, d.id()),
                List.of());
        assertEquals("contract.pdf", m.child("OplAcmpFormDt").orElseThrow().text("AcmpFormFileNm"));
    }

    /** The message is OPL101 as proposed: OplPutrecBsc in the proposed order, then 出口货物 and 复进口货物. */
    @Test
    void theLedgersMessageIsTheProposedOplLayout() {
        Document d = filed();
        WireElement m = LayoutCheck.assertWrittenAsLayout(ImportLayout.OPL101, documents.message(SYSTEM, d.id()),
                List.of());
        assertEquals(List.of("OplPutrecBsc", "OplExpGds", "OplImpGds", "OperCusRegCode"), m.childNames());
        WireElement head = m.child("OplPutrecBsc").orElseThrow();
        assertEquals(d.etpsPreentNo(), head.text("EtpsPreentNo"));
        assertEquals("1427", head.text("SupvModecd"));
        assertEquals("20310630", head.text("FinishValidDate"));
        assertEquals(ENTERPRISE, head.text("RcvgdEtpsno"));
        assertEquals("Penang Precision Sdn Bhd", head.text("OvsProcEtpsNm"));
        assertEquals("1", m.child("OplImpGds").orElseThrow().text("RltExpGdsSeqno"));
        assertEquals("E-CU", m.child("OplExpGds").orElseThrow().text("GdsMtno"));
    }
}
