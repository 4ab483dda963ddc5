package org.tongguan.core.customs.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tongguan.core.declaration.DocumentEvent;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The receipts {@link ReceiptWriter} writes validate against the pilot's schemas (test resources {@code xsd/}, see
 * SOURCES.md there) and read back through {@link WireReader} to what was written.
 */
class ReceiptWriterTest {
    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final Instant AT = Instant.parse("2025-03-14T01:30:00Z"); // 09:30 in Beijing

    /** Every receipt type the simulator writes, with the result it is written with and the event it reads back as. */
    @ParameterizedTest
    @CsvSource({"INV201, APPROVE, 1", "INV201, RETURN, 3", "INV201, TO_MANUAL, 2", "INV211, RELEASE, ''",
        "EMS201, APPROVE, 1", "EMS211, APPROVE, 1", "EMS211, RETURN, 3", "EMS221, APPROVE, 2",
        "EMS221, TO_MANUAL, A", "EMS221, RETURN, 3", "BWS201, APPROVE, 1"})
    void aReceiptValidatesAgainstItsSchemaAndReadsBack(String typeName, DocumentEvent event, String manageResult)
            throws Exception {
        ReceiptType type = (ReceiptType) ReceiptType.class.getField(typeName).get(null);
        Map<String, String> copy = validCopy(type.copy());
        String seqNo = "900020250000000001";
        if (type.copy().preent() != null) {
            copy.put(type.copy().preent(), seqNo);
        }
        if (type.copy().inner() != null) {
            copy.put(type.copy().inner(), "QD0001");
        }
        if (type.copy().assigned() != null) {
            copy.put(type.copy().assigned(), "NO" + typeName);
        }
        CustomsReceipt.Approval approval = null;
        if (type.approval()) {
            assertEquals(manageResult, ReceiptOutcomes.manageResult(typeName, event));
            approval = new CustomsReceipt.Approval(seqNo, "NO" + typeName, "0", "1", manageResult, AT, "审核");
        }
        String messageId = ReceiptWriter.messageId(AT, 42);
        assertEquals("CUS0000E01000020250314093000" + "00000000042", messageId);
        byte[] receipt = ReceiptWriter.receipt(type, ReceiptWriter.envelope(type, messageId, AT),
                new WireMessage.Pocket(messageId + "-1", 1, 1),
                ReceiptWriter.content(type, approval, type.approval() ? List.of("[4000] 审核通过", "第二条") : List.of(),
                        copy));

        assertEquals(List.of(), errors(typeName, receipt));

        WireMessage read = WireReader.read(messageId + ".xml", receipt);
        CustomsReceipt r = new PocketAssembler().offer(assertInstanceOf(WireMessage.ReceiptPocket.class, read))
                .orElseThrow();
        assertEquals(typeName, r.messageType());
        assertEquals(messageId + "." + typeName.substring(0, 3), r.envelope().fileName());
        assertEquals(event, r.outcome().event());
        assertEquals(manageResult, r.manageResult());
        if (type.approval()) {
            assertEquals(AT, r.approval().orElseThrow().manageDate());
            assertEquals(List.of("[4000] 审核通过", "第二条"), r.checks());
        }
        assertEquals(seqNo, r.seqNo());
        if (type.copy().inner() != null) {
            assertEquals("QD0001", r.innerNo());
        }
        if (type.copy().assigned() != null) {
            assertEquals(Map.of(type.copy().assigned(), "NO" + typeName), r.numbers());
        }
    }

    /**
     * The SAS receipts of the 业务申报表 and the 出入库单: their content ({@code <SAS201>} in {@code BussinessData})
     * validates against the pilot's schema of the type (copies corrected as SOURCES.md says: no namespace, as the real
     * SAS receipts have none), with the checks where each schema puts them, and reads back.
     */
    @ParameterizedTest
    @CsvSource({"SAS201, APPROVE, 1, SasDclBsc", "SAS201, RETURN, 3, SasDclBsc", "SAS211, APPROVE, 1, SasStockBsc",
        "SAS211, TO_MANUAL, 2, SasStockBsc"})
    void aSasReceiptValidatesAgainstItsSchemaAndReadsBack(String typeName, DocumentEvent event, String manageResult,
            String copyElement) throws Exception {
        ReceiptType type = (ReceiptType) ReceiptType.class.getField(typeName).get(null);
        assertEquals(copyElement, type.copy().element());
        Map<String, String> copy = validCopy(type.copy(), typeName + ".xsd");
        String seqNo = "900020250000000001";
        copy.put(type.copy().preent(), seqNo);
        copy.put(type.copy().assigned(), "NO" + typeName);
        assertEquals(manageResult, ReceiptOutcomes.manageResult(typeName, event));
        CustomsReceipt.Approval approval = new CustomsReceipt.Approval(seqNo, "NO" + typeName, "0", "1",
                manageResult, AT, "审核");
        String messageId = ReceiptWriter.messageId(AT, 43);
        // SAS211 takes one CheckInfo, after the copy; SAS201 any number, before it
        List<String> notes = "SAS201".equals(typeName) ? List.of("[8100] 审核通过", "第二条") : List.of("[8110] 审核通过");
        byte[] receipt = ReceiptWriter.receipt(type, ReceiptWriter.envelope(type, messageId, AT),
                new WireMessage.Pocket(messageId + "-1", 1, 1), ReceiptWriter.content(type, approval, notes, copy));

        assertEquals(List.of(), ReceiptSchemas.contentErrors(typeName, receipt));

        CustomsReceipt r = new PocketAssembler().offer(assertInstanceOf(WireMessage.ReceiptPocket.class,
                WireReader.read(messageId + ".xml", receipt))).orElseThrow();
        assertEquals(typeName, r.messageType());
        assertEquals(messageId + ".SAS", r.envelope().fileName());
        assertEquals(event, r.outcome().event());
        assertEquals(notes, r.checks());
        assertEquals(seqNo, r.seqNo());
        assertEquals(Map.of(type.copy().assigned(), "NO" + typeName), r.numbers());
    }

    /** The SAS schemas take one order of the checks and the copy: the other is refused, so the validation can fail. */
    @Test
    void aSasSchemaRefusesTheChecksOutOfPlace() throws Exception {
        ReceiptType misplaced = new ReceiptType("SAS211", ReceiptCopy.SAS_STOCK, true, true);
        CustomsReceipt.Approval approval = new CustomsReceipt.Approval("1", "X", "0", "1", "1", AT, "");
        byte[] receipt = ReceiptWriter.receipt(misplaced, ReceiptWriter.envelope(misplaced, "M2", AT),
                new WireMessage.Pocket("p", 1, 1), ReceiptWriter.content(misplaced, approval, List.of("[1] x"),
                        validCopy(ReceiptCopy.SAS_STOCK, "SAS211.xsd")));
        assertFalse(ReceiptSchemas.contentErrors("SAS211", receipt).isEmpty());
    }

    /**
     * The 核放单's receipts the simulator writes (SAS221 通过 with the 核放单编号, SAS223 已过卡 with its time) validate
     * against the pilot's SAS schemas and read back as the samples do: in no namespace, the checks after customs' copy,
     * the copy's marks, against the schema copies corrected as SOURCES.md says.
     */
    @ParameterizedTest
    @CsvSource({"SAS221, APPROVE, 1, 1", "SAS223, RELEASE, 1, 2"})
    void aReleaseSlipsReceiptsValidateAndReadBackAsTheSamples(String typeName, DocumentEvent event,
            String manageResult, String stucd) throws Exception {
        ReceiptType type = (ReceiptType) ReceiptType.class.getField(typeName).get(null);
        Map<String, String> copy = validCopy(type.copy(), typeName + ".xsd");
        assertEquals(type.copy().order(), new ArrayList<>(copy.keySet()), "the dictionary's copy is the schema's");
        copy.put("passTime", ""); // not yet through the gate, unless the receipt says so
        copy.putAll(type.marks(AT));
        copy.put("passportNo", "Z9000I250314000000000001");
        copy.put("sasPassportPreentNo", "900020250000000001");
        String messageId = ReceiptWriter.messageId(AT, 7);
        List<String> notes = event == DocumentEvent.APPROVE ? List.of("[8000] 核放单审核通过") : List.of();
        byte[] receipt = ReceiptWriter.receipt(type, ReceiptWriter.envelope(type, messageId, AT),
                new WireMessage.Pocket("Z9000I250314000000000001-1", 1, 1), ReceiptWriter.content(type,
                        new CustomsReceipt.Approval("900020250000000001", "Z9000I250314000000000001", "0", "1",
                                ReceiptOutcomes.manageResult(typeName, event), AT, ""), notes, copy));
        String xml = new String(receipt, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("<Package>"), "in no namespace, as the SAS samples");
        assertEquals(List.of(), ReceiptSchemas.contentErrors(typeName, receipt));

        assertEquals(manageResult, ReceiptOutcomes.manageResult(typeName, event));
        CustomsReceipt r = new PocketAssembler().offer(assertInstanceOf(WireMessage.ReceiptPocket.class,
                WireReader.read(messageId + ".xml", receipt))).orElseThrow();
        assertEquals(event, r.outcome().event());
        assertEquals(Map.of("passportNo", "Z9000I250314000000000001"), r.numbers());
        assertEquals("900020250000000001", r.seqNo());
        assertEquals(notes, r.checks());
        WireElement bsc = r.records().get(0);
        assertEquals(stucd, bsc.text("stucd"));
        assertEquals("SAS223".equals(typeName) ? "2025-03-14 09:30:00" : "", bsc.text("passTime"), "09:30 in Beijing");
    }

    /** The dictionary's copies have the schema's fields in the schema's order. */
    @Test
    void everyCopyHasTheSchemasFields() throws Exception {
        for (ReceiptCopy c : List.of(ReceiptCopy.BOND_INVT, ReceiptCopy.ET_ARCRP, ReceiptCopy.EMS_PUTREC,
                ReceiptCopy.EMS_CHGOFF, ReceiptCopy.BWS)) {
            assertEquals(c.order(), new ArrayList<>(validCopy(c).keySet()), c.element());
        }
        assertEquals(ReceiptCopy.SAS_DCL.order(), new ArrayList<>(validCopy(ReceiptCopy.SAS_DCL, "SAS201.xsd")
                .keySet()));
        assertEquals(ReceiptCopy.SAS_STOCK.order(), new ArrayList<>(validCopy(ReceiptCopy.SAS_STOCK, "SAS211.xsd")
                .keySet()));
    }

    /** A copy whose values break the schema is refused by it: the validation can fail. */
    @Test
    void theSchemaRefusesAnInvalidCopy() throws Exception {
        Map<String, String> copy = validCopy(ReceiptCopy.BOND_INVT);
        copy.put("bizopEtpsSccd", "too short");
        byte[] receipt = ReceiptWriter.receipt(ReceiptType.INV211, ReceiptWriter.envelope(ReceiptType.INV211, "M1",
                AT), new WireMessage.Pocket("p", 1, 1), ReceiptWriter.content(ReceiptType.INV211, null, List.of(),
                        copy));
        assertFalse(errors("INV211", receipt).isEmpty());
    }

    @Test
    void theAnswerReadsBack() {
        byte[] ok = ReceiptWriter.answer("900020250000000001", "QD0001", "保税核注清单申报服务调用成功", true);
        WireMessage.EportAnswer a = assertInstanceOf(WireMessage.EportAnswer.class,
                WireReader.read(ReceiptWriter.answerFile("INV101_QD0001_1.xml", true), ok));
        assertEquals("INV101_QD0001_1.xml", a.answeredFile());
        assertEquals("900020250000000001", a.seqNo());
        assertEquals("QD0001", a.etpsPreentNo());
        assertTrue(a.accepted());
        assertEquals(DocumentEvent.IMPORT_ACCEPTED, ReceiptOutcomes.answer(a).event());

        byte[] failed = ReceiptWriter.answer("", "QD0001", "清单表体不能为空", false);
        assertFalse(new String(failed, java.nio.charset.StandardCharsets.UTF_8).contains("SeqNo"),
                "a failed import has no SeqNo, as Failed_SAS121_… has none");
        WireMessage.EportAnswer f = assertInstanceOf(WireMessage.EportAnswer.class,
                WireReader.read(ReceiptWriter.answerFile("INV101_QD0001_1.xml", false), failed));
        assertEquals("INV101_QD0001_1.xml", f.answeredFile());
        assertEquals("-1", f.dealFlag());
        assertEquals("清单表体不能为空", f.checkInfo());
        assertEquals(DocumentEvent.SEND_FAILED, ReceiptOutcomes.answer(f).event());
    }

    @Test
    void aTypeWithoutAnApprovalRefusesOne() {
        CustomsReceipt.Approval a = new CustomsReceipt.Approval("1", "2", "0", "1", "1", AT, "");
        assertThrows(IllegalArgumentException.class,
                () -> ReceiptWriter.content(ReceiptType.INV211, a, List.of(), Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> ReceiptWriter.content(ReceiptType.INV201, null, List.of(), Map.of()));
    }

    /** The schema errors of {@code receipt} against {@code xsd/<type>.xsd}. */
    private static List<String> errors(String type, byte[] receipt) throws Exception {
        URL xsd = ReceiptWriterTest.class.getResource("xsd/" + type + ".xsd");
        Validator v = SchemaFactory.newInstance(XS).newSchema(xsd).newValidator();
        List<String> errors = new ArrayList<>();
        v.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        v.validate(new StreamSource(new ByteArrayInputStream(receipt)));
        return errors;
    }

    private static Map<String, String> validCopy(ReceiptCopy copy) throws Exception {
        return validCopy(copy, "Common_ComplexType.xsd");
    }

    /**
     * A value for every field of the copy's schema type that the schema takes, in schema order: what a complete
     * declaration would give.
     */
    private static Map<String, String> validCopy(ReceiptCopy copy, String schema) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document xsd = f.newDocumentBuilder()
                .parse(ReceiptWriterTest.class.getResourceAsStream("xsd/" + schema));
        NodeList types = xsd.getElementsByTagNameNS(XS, "complexType");
        for (int i = 0; i < types.getLength(); i++) {
            Element t = (Element) types.item(i);
            if (copy.element().equals(t.getAttribute("name"))) {
                Map<String, String> values = new LinkedHashMap<>();
                NodeList fields = t.getElementsByTagNameNS(XS, "element");
                for (int j = 0; j < fields.getLength(); j++) {
                    Element e = (Element) fields.item(j);
                    values.put(e.getAttribute("name"), value(e));
                }
                return values;
            }
        }
        throw new IllegalArgumentException("no type " + copy.element());
    }

    private static String value(Element field) {
        String type = field.getAttribute("type");
        if ("DateTime".equals(type)) {
            return "2025-03-14 09:30:00";
        }
        if ("Date".equals(type)) {
            return "2025-03-14";
        }
        Element restriction = (Element) field.getElementsByTagNameNS(XS, "restriction").item(0);
        String base = restriction == null ? type : restriction.getAttribute("base");
        if ("xs:date".equals(type)) {
            return "2025-03-14";
        }
        if (base.endsWith("long") || base.endsWith("int") || base.endsWith("decimal") || base.endsWith("double")
                || "Double".equals(type)) {
            return "1";
        }
        NodeList length = restriction == null ? null : restriction.getElementsByTagNameNS(XS, "length");
        return length != null && length.getLength() > 0
                ? "1".repeat(Integer.parseInt(((Element) length.item(0)).getAttribute("value"))) : "A";
    }
}
