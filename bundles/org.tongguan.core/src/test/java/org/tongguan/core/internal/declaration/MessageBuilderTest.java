package org.tongguan.core.internal.declaration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongguan.core.Messages;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.declaration.AttachmentRules;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.io.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The business message of a document as the e-port client imports it: the type's layout (here 企业资质 EMS101, and a
 * 核注清单 INV101), blank values as empty elements, dates yyyyMMdd, text escaped, canonical as written.
 */
class MessageBuilderTest {
    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "0123456789abcdef".repeat(4);
    private static final String CARD_CODE = "6101960A01";

    private static final List<FieldSpec> HEADER = List.of(
            FieldSpec.text("masterCuscd", "head.masterCuscd", 4),
            FieldSpec.enterprise("bizopEtpsno", "head.bizopEtpsno"),
            FieldSpec.text("bizopEtpsNm", "head.bizopEtpsNm", 200),
            FieldSpec.date("finishValidDate", "head.rmk"),
            FieldSpec.text("note", "head.rmk", 10),
            FieldSpec.text("rmk", "head.rmk", 500));
    private static final ItemTab MTPCK = new ItemTab("mtpck", "tab.mtpck", "EtArcrpDt", List.of(
            FieldSpec.integer("gdsSeqno", "item.gdsSeqno", 9),
            FieldSpec.hsCode("gdecd", "item.gdecd"),
            FieldSpec.text("gdsNm", "item.gdsNm", 512)), "gdsSeqno", List.of("gdsSeqno"))
            .withRowField("mtpckEndprdTypecd", "I");
    private static final ItemTab EXG = new ItemTab("exg", "tab.exg", "EtArcrpDt", List.of(
            FieldSpec.integer("gdsSeqno", "item.gdsSeqno", 9)), "gdsSeqno", List.of("gdsSeqno"))
            .withRowField("mtpckEndprdTypecd", "E");
    private static final AttachmentRules PDF = new AttachmentRules(Set.of("pdf"), 4 * 1024 * 1024,
            Map.of("01", "attachment.kind.01"));

    @Test
    void theMessageIsWellFormedUtf8WithTheLayoutsRootAndParts() throws Exception {
        byte[] xml = MessageBuilder.build(type(PDF), document(header(), rows(), attachments()));
        assertTrue(new String(xml, StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        Element root = SafeXml.parse(xml).getDocumentElement();
        assertEquals("EtArcrpMessage", root.getTagName());
        assertEquals(List.of("EtArcrpBsc", "EtArcrpDt", "EtArcrpDt", "EtArcrpDt", "EtArcrpAcmpFormDt",
                "EtArcrpAcmpFormDt", "OperCusRegCode"), names(children(root)));
        assertEquals("西安通关木业有限公司", text(child(root, "EtArcrpBsc"), "BizopEtpsNm"));
        assertEquals(CARD_CODE, text(root, "OperCusRegCode"));
    }

    /** The schema's order first (its names), the type's own fields after; the 企业内部编号 is the document's. */
    @Test
    void theHeaderIsInTheLayoutsOrderWithTheDocumentsNumber() throws Exception {
        Element head = child(parse(type(PDF), document(header(), rows(), attachments())), "EtArcrpBsc");
        assertEquals(List.of("EtpsPreentNo", "MasterCuscd", "BizopEtpsno", "BizopEtpsNm", "FinishValidTime", "Rmk",
                "Note"), names(children(head)));
        assertEquals(List.of("QYZZ0000000050", "6101", "6101960A01", "西安通关木业有限公司", "20281231", "普通备注",
                ""), children(head).stream().map(Node::getTextContent).toList());
    }

    /** As the sample: a field without a value is an empty element, not left out. */
    @Test
    void blankValuesAreEmptyElements() throws Exception {
        Map<String, String> header = header();
        header.remove("masterCuscd");
        List<Document.Item> rows = List.of(new Document.Item(1, Map.of("gdsSeqno", "1")));
        byte[] xml = MessageBuilder.build(type(PDF), document(header, Map.of("mtpck", rows), List.of()));
        String s = new String(xml, StandardCharsets.UTF_8);
        assertTrue(s.contains("<MasterCuscd></MasterCuscd>"), s);
        assertTrue(s.contains("<GdsNm></GdsNm>"), s);
        Element root = SafeXml.parse(xml).getDocumentElement();
        assertEquals(List.of("GdsSeqno", "MtpckEndprdTypecd", "Gdecd", "GdsNm"),
                names(children(child(root, "EtArcrpDt"))));
    }

    @Test
    void markupCharactersAreEscaped() throws Exception {
        Map<String, String> header = header();
        header.put("rmk", "A<B>&C </rmk><x>&amp; \"引号\" 'single'");
        byte[] xml = MessageBuilder.build(type(PDF), document(header, rows(), attachments()));
        String s = new String(xml, StandardCharsets.UTF_8);
        assertTrue(s.contains("<Rmk>A&lt;B&gt;&amp;C &lt;/rmk&gt;&lt;x&gt;&amp;amp; \"引号\" 'single'</Rmk>"), s);
        Element head = child(SafeXml.parse(xml).getDocumentElement(), "EtArcrpBsc");
        assertEquals("A<B>&C </rmk><x>&amp; \"引号\" 'single'", text(head, "Rmk"));
    }

    /**
     * The element is sealed as written, so it must be exactly its canonical form: the JDK's canonicaliser, given the
     * whole message, gives back the same bytes (markup characters, CR, tab, newline, quotes, Chinese, empty
     * elements, attachments).
     */
    @Test
    void theElementIsWrittenInCanonicalForm() throws Exception {
        Map<String, String> header = header();
        header.put("rmk", "A<B>&C \"引号\" 'single'\r\n第二行\t制表");
        Document doc = document(header, rows(), attachments());
        byte[] element = MessageBuilder.element(type(PDF), doc, CARD_CODE);
        javax.xml.crypto.dsig.TransformService c14n = javax.xml.crypto.dsig.TransformService.getInstance(
                javax.xml.crypto.dsig.CanonicalizationMethod.INCLUSIVE, "DOM");
        c14n.init(null);
        javax.xml.crypto.OctetStreamData canonical = (javax.xml.crypto.OctetStreamData) c14n.transform(
                new javax.xml.crypto.OctetStreamData(new java.io.ByteArrayInputStream(
                        MessageBuilder.build(type(PDF), doc))), null);
        try (java.io.InputStream in = canonical.getOctetStream()) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    new String(element, StandardCharsets.UTF_8));
        }
        assertTrue(new String(element, StandardCharsets.UTF_8).contains("&#xD;\n第二行\t制表"));
    }

    @Test
    void controlCharactersAreDroppedTabsAndNewlinesKept() throws Exception {
        Map<String, String> header = header();
        header.put("rmk", "甲\u0000乙\u0001丙\u0008丁\u000B\u000C戊\u001F己\t庚\n辛");
        Element head = child(parse(type(PDF), document(header, rows(), attachments())), "EtArcrpBsc");
        assertEquals("甲乙丙丁戊己\t庚\n辛", text(head, "Rmk"));
    }

    /** U+FFFE and U+FFFF are not XML 1.0 characters either: a value holding one must not make the message unreadable. */
    @Test
    void nonCharactersAreDroppedToo() {
        Map<String, String> header = header();
        header.put("rmk", "甲\uFFFF乙\uFFFE丙");
        byte[] xml = MessageBuilder.build(type(PDF), document(header, rows(), attachments()));
        Element root = assertDoesNotThrow(() -> SafeXml.parse(xml).getDocumentElement(),
                new String(xml, StandardCharsets.UTF_8));
        assertEquals("甲乙丙", text(child(root, "EtArcrpBsc"), "Rmk"));
    }

    /** Each tab's rows as its row element, in their order, with the tab's own field (料件 I, 成品 E). */
    @Test
    void rowsAreWrittenAsTheirTabsElementInOrder() throws Exception {
        Map<String, List<Document.Item>> items = new LinkedHashMap<>(rows());
        items.put("exg", List.of(new Document.Item(40, Map.of("gdsSeqno", "1"))));
        Element root = parse(type(PDF), document(header(), items, attachments()));
        List<Element> rows = children(root).stream().filter(e -> e.getTagName().equals("EtArcrpDt")).toList();
        assertEquals(List.of("3", "1", "2", "1"), rows.stream().map(i -> text(i, "GdsSeqno")).toList());
        assertEquals(List.of("I", "I", "I", "E"), rows.stream().map(i -> text(i, "MtpckEndprdTypecd")).toList());
        assertEquals(List.of("GdsSeqno", "MtpckEndprdTypecd", "Gdecd", "GdsNm"), names(children(rows.get(0))));
        assertEquals(List.of("3", "I", "8536500000", "开关"), children(rows.get(0)).stream()
                .map(Node::getTextContent).toList());
        assertEquals("衣架 & 挂钩", text(rows.get(1), "GdsNm"));
    }

    @Test
    void onlyUploadedAttachmentsAreWrittenAsTheLayoutsAttachmentRows() throws Exception {
        Element root = parse(type(PDF), document(header(), rows(), attachments()));
        List<Element> forms = children(root).stream().filter(e -> e.getTagName().equals("EtArcrpAcmpFormDt"))
                .toList();
        assertEquals(2, forms.size());
        assertEquals(List.of("AcmpFormSeqno", "AcmpFormTypecd", "AcmpFormNo", "AcmpFormFileNm"),
                names(children(forms.get(0))));
        assertEquals(List.of("1", "01", "HT-2025-001", "合同.pdf"), children(forms.get(0)).stream()
                .map(Node::getTextContent).toList());
        assertEquals(List.of("2", "02", "FP-7", "发票.pdf"), children(forms.get(1)).stream()
                .map(Node::getTextContent).toList());
    }

    @Test
    void noAttachmentRowsWhenNoneIsUploadedOrTheTypeTakesNone() throws Exception {
        List<Document.Attachment> pending = List.of(new Document.Attachment(1, "01", "X", "a.pdf", 1, SHA_A,
                Document.AttachmentStatus.PENDING, Instant.EPOCH));
        Element root = parse(type(PDF), document(header(), rows(), pending));
        assertFalse(names(children(root)).contains("EtArcrpAcmpFormDt"));
        root = parse(type(AttachmentRules.NONE), document(header(), rows(), attachments()));
        assertEquals(List.of("EtArcrpBsc", "EtArcrpDt", "EtArcrpDt", "EtArcrpDt", "OperCusRegCode"),
                names(children(root)));
    }

    /**
     * 核注清单: the clerk's 企业内部编号 is written as typed; without one, the document's own number; the message
     * closes with the card's code and the sample's SysId.
     */
    @Test
    void aListKeepsTheClerksInnerNumberElseTheDocumentsOwn() throws Exception {
        TestType list = new TestType(ImportLayout.INV101, List.of(FieldSpec.text("etpsInnerInvtNo", "head.rmk", 64),
                FieldSpec.text("putrecNo", "head.rmk", 12)), List.of(), AttachmentRules.NONE);
        Map<String, String> header = new LinkedHashMap<>(Map.of("etpsInnerInvtNo", "HZQD-2025-7", "putrecNo",
                "E61016000001"));
        Element root = parse(list, document(header, Map.of(), List.of()));
        assertEquals("HZQD-2025-7", text(child(root, "InvtHeadType"), "EtpsInnerInvtNo"));
        assertEquals(List.of("InvtHeadType", "OperCusRegCode", "SysId"), names(children(root)));
        assertEquals(CARD_CODE, text(root, "OperCusRegCode"));
        assertEquals("Z8", text(root, "SysId"));
        header.remove("etpsInnerInvtNo");
        root = parse(list, document(header, Map.of(), List.of()));
        assertEquals("QYZZ0000000050", text(child(root, "InvtHeadType"), "EtpsInnerInvtNo"));
    }

    // ---------------------------------------------------------------- fixtures

    private static Map<String, String> header() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("rmk", "普通备注");
        h.put("bizopEtpsNm", "西安通关木业有限公司");
        h.put("bizopEtpsno", "6101960A01");
        h.put("finishValidDate", "20281231");
        h.put("masterCuscd", "6101");
        h.put("notAField", "left out");
        return h;
    }

    private static Map<String, List<Document.Item>> rows() {
        return Map.of("mtpck", List.of(
                new Document.Item(30, Map.of("gdsSeqno", "3", "gdecd", "8536500000", "gdsNm", "开关")),
                new Document.Item(10, Map.of("gdsSeqno", "1", "gdecd", "4421100090", "gdsNm", "衣架 & 挂钩")),
                new Document.Item(20, Map.of("gdsSeqno", "2", "gdecd", "4421100090", "gdsNm", "衣架"))));
    }

    private static List<Document.Attachment> attachments() {
        return List.of(
                new Document.Attachment(1, "01", "HT-2025-001", "合同.pdf", 2048, SHA_A,
                        Document.AttachmentStatus.UPLOADED, Instant.EPOCH),
                new Document.Attachment(2, "03", "PENDING-1", "待传.pdf", 99, SHA_A,
                        Document.AttachmentStatus.PENDING, Instant.EPOCH),
                new Document.Attachment(3, "02", "FP-7", "发票.pdf", 123456, SHA_B,
                        Document.AttachmentStatus.UPLOADED, Instant.EPOCH));
    }

    private static Document document(Map<String, String> header, Map<String, List<Document.Item>> items,
            List<Document.Attachment> attachments) {
        return new Document(7, "qyzz", "6101960A01", "QYZZ0000000050", null, DocumentState.DRAFT, 1, 0, header,
                items, attachments, 0, Instant.EPOCH, Instant.EPOCH);
    }

    private static DocumentType type(AttachmentRules attachments) {
        return new TestType(ImportLayout.EMS101, HEADER, List.of(MTPCK, EXG), attachments);
    }

    private static Element parse(DocumentType type, Document doc) throws Exception {
        return SafeXml.parse(MessageBuilder.build(type, doc)).getDocumentElement();
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> names(List<Element> elements) {
        return elements.stream().map(Element::getTagName).toList();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
        assertEquals(1, found.size(), "one <" + name + "> in <" + parent.getTagName() + ">");
        return found.get(0);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    /** A document type of a layout, a header, tabs and (maybe) attachments. */
    private record TestType(ImportLayout layout, List<FieldSpec> header, List<ItemTab> tabs,
            AttachmentRules attachments) implements DocumentType {
        @Override
        public String id() {
            return "qyzz";
        }

        @Override
        public Messages messages() {
            return new Messages("org.tongguan.core.internal.declaration.testlabels", TestType.class.getClassLoader());
        }

        @Override
        public String titleKey() {
            return "title";
        }

        @Override
        public String permission() {
            return "test.qyzz";
        }

        @Override
        public String businessType() {
            return "EMS";
        }

        @Override
        public String enterpriseKey() {
            return "bizopEtpsno";
        }
    }
}
