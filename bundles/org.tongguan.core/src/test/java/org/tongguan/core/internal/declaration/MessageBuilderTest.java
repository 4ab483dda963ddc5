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
import org.tongguan.core.declaration.AttachmentRules;
import org.tongguan.core.declaration.Document;
import org.tongguan.core.declaration.DocumentState;
import org.tongguan.core.declaration.DocumentType;
import org.tongguan.core.declaration.FieldSpec;
import org.tongguan.core.declaration.ItemTab;
import org.tongguan.core.io.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The business message of a document: well-formed, in the type's order, blank values left out, text escaped. */
class MessageBuilderTest {
    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "0123456789abcdef".repeat(4);

    private static final List<FieldSpec> HEADER = List.of(
            FieldSpec.text("masterCuscd", "head.masterCuscd", 4),
            FieldSpec.enterprise("bizopEtpsno", "head.bizopEtpsno"),
            FieldSpec.text("etpsPreentNo", "head.seqNo", 20).asReadOnly(),
            FieldSpec.text("bizopEtpsNm", "head.bizopEtpsNm", 200),
            FieldSpec.text("note", "head.rmk", 10),
            FieldSpec.text("rmk", "head.rmk", 500));
    private static final ItemTab MTPCK = new ItemTab("mtpck", "tab.mtpck", "Item", List.of(
            FieldSpec.integer("gdsSeqno", "item.gdsSeqno", 9),
            FieldSpec.hsCode("gdecd", "item.gdecd"),
            FieldSpec.text("gdsNm", "item.gdsNm", 512)), "gdsSeqno", List.of("gdsSeqno"));
    private static final ItemTab EXG = new ItemTab("exg", "tab.exg", "Item", List.of(
            FieldSpec.integer("gdsSeqno", "item.gdsSeqno", 9)), "gdsSeqno", List.of("gdsSeqno"));
    private static final AttachmentRules PDF = new AttachmentRules(Set.of("pdf"), 4 * 1024 * 1024,
            Map.of("01", "attachment.kind.01"));

    @Test
    void theMessageIsWellFormedUtf8WithTheTypesRootAndParts() throws Exception {
        byte[] xml = MessageBuilder.build(type(PDF), document(header(), rows(), attachments()));
        assertTrue(new String(xml, StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        Element root = SafeXml.parse(xml).getDocumentElement();
        assertEquals("QyzzMessage", root.getTagName());
        assertEquals(List.of("Head", "mtpck", "exg", "AcmpFormList"), names(children(root)));
        assertEquals("西安通关木业有限公司", text(child(root, "Head"), "bizopEtpsNm"));
    }

    @Test
    void theHeadStartsWithTheInternalNumberThenTheFieldsInOrder() throws Exception {
        Element head = child(parse(type(PDF), document(header(), rows(), attachments())), "Head");
        assertEquals(List.of("etpsPreentNo", "masterCuscd", "bizopEtpsno", "bizopEtpsNm", "rmk"),
                names(children(head)));
        // the document's own number, once, even though the header holds a key of that name
        assertEquals("QYZZ0000000050", text(head, "etpsPreentNo"));
        assertEquals(List.of("QYZZ0000000050", "6101", "6101960A01", "西安通关木业有限公司", "普通备注"),
                children(head).stream().map(Node::getTextContent).toList());
    }

    @Test
    void blankValuesAreLeftOut() throws Exception {
        Map<String, String> header = header();
        header.put("note", "");
        header.remove("masterCuscd");
        List<Document.Item> rows = List.of(new Document.Item(1, Map.of("gdsSeqno", "1", "gdsNm", "")));
        List<Document.Attachment> attachments = List.of(new Document.Attachment(1, "01", "", "合同.pdf", 10, SHA_A,
                Document.AttachmentStatus.UPLOADED, Instant.EPOCH));
        byte[] xml = MessageBuilder.build(type(PDF), document(header, Map.of("mtpck", rows), attachments));
        String s = new String(xml, StandardCharsets.UTF_8);
        assertFalse(s.contains("<note"), s);
        assertFalse(s.contains("masterCuscd"), s);
        assertFalse(s.contains("gdsNm"), s);
        assertFalse(s.contains("acmpFormNo"), s);
        Element root = SafeXml.parse(xml).getDocumentElement();
        assertEquals(List.of("etpsPreentNo", "bizopEtpsno", "bizopEtpsNm", "rmk"),
                names(children(child(root, "Head"))));
        assertEquals(List.of("gdsSeqno"), names(children(child(child(root, "mtpck"), "Item"))));
        assertEquals(List.of("acmpFormTypecd", "acmpFormFileNm", "fileSize", "sha256"),
                names(children(child(child(root, "AcmpFormList"), "AcmpForm"))));
    }

    @Test
    void markupCharactersAreEscaped() throws Exception {
        Map<String, String> header = header();
        header.put("rmk", "A<B>&C </rmk><x>&amp; \"引号\" 'single'");
        byte[] xml = MessageBuilder.build(type(PDF), document(header, rows(), attachments()));
        String s = new String(xml, StandardCharsets.UTF_8);
        assertTrue(s.contains("<rmk>A&lt;B&gt;&amp;C &lt;/rmk&gt;&lt;x&gt;&amp;amp; \"引号\" 'single'</rmk>"), s);
        Element head = child(SafeXml.parse(xml).getDocumentElement(), "Head");
        assertEquals("A<B>&C </rmk><x>&amp; \"引号\" 'single'", text(head, "rmk"));
    }

    /**
     * The element is sealed as written, so it must be exactly its canonical form: the JDK's canonicaliser, given the
     * whole message, gives back the same bytes (markup characters, CR, tab, newline, quotes, Chinese, a tab without
     * rows, attachments).
     */
    @Test
    void theElementIsWrittenInCanonicalForm() throws Exception {
        Map<String, String> header = header();
        header.put("rmk", "A<B>&C \"引号\" 'single'\r\n第二行\t制表");
        Document doc = document(header, rows(), attachments());
        byte[] element = MessageBuilder.element(type(PDF), doc);
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
        Element head = child(parse(type(PDF), document(header, rows(), attachments())), "Head");
        assertEquals("甲乙丙丁戊己\t庚\n辛", text(head, "rmk"));
    }

    /**
     * U+FFFE and U+FFFF are not XML 1.0 characters either (the simulator's writer replaces them); a value holding
     * one must not make the message unreadable. Shows a bug: MessageBuilder.element keeps every char >= 0x20, so the
     * message is not well-formed.
     */
    @Test
    void nonCharactersAreDroppedToo() {
        Map<String, String> header = header();
        header.put("rmk", "甲\uFFFF乙\uFFFE丙");
        byte[] xml = MessageBuilder.build(type(PDF), document(header, rows(), attachments()));
        Element root = assertDoesNotThrow(() -> SafeXml.parse(xml).getDocumentElement(),
                new String(xml, StandardCharsets.UTF_8));
        assertEquals("甲乙丙", text(child(root, "Head"), "rmk"));
    }

    @Test
    void rowsAreListedInTheirOrderWithTheColumnsInOrder() throws Exception {
        Element root = parse(type(PDF), document(header(), rows(), attachments()));
        List<Element> items = children(child(root, "mtpck"));
        assertEquals(List.of("Item", "Item", "Item"), names(items));
        assertEquals(List.of("3", "1", "2"), items.stream().map(i -> text(i, "gdsSeqno")).toList());
        assertEquals(List.of("gdsSeqno", "gdecd", "gdsNm"), names(children(items.get(0))));
        assertEquals(List.of("3", "8536500000", "开关"), children(items.get(0)).stream()
                .map(Node::getTextContent).toList());
        assertEquals("衣架 & 挂钩", text(items.get(1), "gdsNm"));
        // a tab without rows is an empty list
        assertEquals(List.of(), children(child(root, "exg")));
    }

    @Test
    void onlyUploadedAttachmentsAreListed() throws Exception {
        Element list = child(parse(type(PDF), document(header(), rows(), attachments())), "AcmpFormList");
        List<Element> forms = children(list);
        assertEquals(List.of("AcmpForm", "AcmpForm"), names(forms));
        assertEquals(List.of("acmpFormTypecd", "acmpFormNo", "acmpFormFileNm", "fileSize", "sha256"),
                names(children(forms.get(0))));
        assertEquals(List.of("01", "HT-2025-001", "合同.pdf", "2048", SHA_A), children(forms.get(0)).stream()
                .map(Node::getTextContent).toList());
        assertEquals(List.of("02", "FP-7", "发票.pdf", "123456", SHA_B), children(forms.get(1)).stream()
                .map(Node::getTextContent).toList());
    }

    @Test
    void anAttachmentListEvenWhenNoneIsUploaded() throws Exception {
        List<Document.Attachment> pending = List.of(new Document.Attachment(1, "01", "X", "a.pdf", 1, SHA_A,
                Document.AttachmentStatus.PENDING, Instant.EPOCH));
        Element root = parse(type(PDF), document(header(), rows(), pending));
        assertEquals(List.of(), children(child(root, "AcmpFormList")));
    }

    @Test
    void noAttachmentListWhenTheTypeTakesNone() throws Exception {
        Element root = parse(type(AttachmentRules.NONE), document(header(), rows(), attachments()));
        assertEquals(List.of("Head", "mtpck", "exg"), names(children(root)));
    }

    // ---------------------------------------------------------------- fixtures

    private static Map<String, String> header() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("rmk", "普通备注");
        h.put("bizopEtpsNm", "西安通关木业有限公司");
        h.put("etpsPreentNo", "STALE-NUMBER");
        h.put("bizopEtpsno", "6101960A01");
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
        return new TestType(HEADER, List.of(MTPCK, EXG), attachments);
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

    /** A document type of a header, two tabs and (maybe) attachments. */
    private record TestType(List<FieldSpec> header, List<ItemTab> tabs, AttachmentRules attachments)
            implements DocumentType {
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
        public String messageType() {
            return "QYZZ101";
        }

        @Override
        public String businessType() {
            return "EMS";
        }

        @Override
        public String messageRoot() {
            return "QyzzMessage";
        }

        @Override
        public String enterpriseKey() {
            return "bizopEtpsno";
        }
    }
}
