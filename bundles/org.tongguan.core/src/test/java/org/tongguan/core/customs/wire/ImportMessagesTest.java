package org.tongguan.core.customs.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongguan.core.customs.EnvelopeInfo;

class ImportMessagesTest {
    private static final String SAMPLE = "xa-Ibondinvt.xml";

    /**
     * The sample's 核注清单 given as the product holds it (field keys, ISO dates, fields in another order) comes out
     * element for element as the sample: names, order and text of every element from Signature down.
     */
    @Test
    void writesTheListAsTheSampleElementForElement() throws Exception {
        WireElement sample = Samples.element(SAMPLE);
        WireElement pack = sample.child("Object").orElseThrow().child("Package").orElseThrow();
        WireElement message = pack.child("DataInfo").orElseThrow().child("BussinessData").orElseThrow()
                .child("InvtMessage").orElseThrow();

        Map<String, String> header = productFields("INV101", message.child("InvtHeadType").orElseThrow());
        assertTrue(header.containsKey("rcvgdEtpsSccd"), "the sample's RvsngdEtpsSccd is our rcvgdEtpsSccd");
        assertEquals("20181210", header.get("inputTime"));
        header.put("inputTime", "2018-12-10"); // as the product holds it
        List<Map<String, String>> rows = new ArrayList<>();
        for (WireElement row : message.children("InvtListType")) {
            rows.add(productFields("INV101", row));
        }
        Map<String, String> wireHeader = new LinkedHashMap<>(header);
        wireHeader.put("inputTime", WireNames.importDate(header.get("inputTime")));
        WireElement business = ImportLayout.INV101.message(reversed(wireHeader), Map.of("InvtListType", rows),
                Map.of("SysId", message.text("SysId"), "OperCusRegCode", message.text("OperCusRegCode")));

        assertSame(sample, WireXml.read(skeleton(pack, ImportMessages.DECLARE, business)), "Signature");
    }

    /** The sample's envelope around {@code business}, as the e-port client's import skeleton. */
    private static byte[] skeleton(WireElement pack, String declareFlag, WireElement business) {
        WireElement info = pack.child("EnvelopInfo").orElseThrow();
        EnvelopeInfo envelope = new EnvelopeInfo(info.text("version"), "", info.text("message_id"),
                info.text("file_name"), info.text("message_type"), info.text("sender_id"), info.text("receiver_id"),
                LocalDateTime.parse(info.text("send_time")).atZone(ImportMessages.CUSTOMS_ZONE).toInstant());
        return ImportMessages.skeleton(envelope, info.text("Ic_Card"), declareFlag, business);
    }

    /**
     * The samples' 核放单 (入区 暂存, 出区 申报) given as the product holds them (field keys, in another order) come out
     * element for element as the samples, from Signature down: names, order and text, the 关联单证 rows after the
     * header, OperCusRegCode last.
     */
    @ParameterizedTest
    @CsvSource({"xa-Ipassport.xml, 0", "xa-Epassport.xml, 1"})
    void writesTheReleaseSlipAsTheSamplesElementForElement(String name, String declareFlag) throws Exception {
        WireElement sample = Samples.element(name);
        WireElement pack = sample.child("Object").orElseThrow().child("Package").orElseThrow();
        WireElement message = pack.child("DataInfo").orElseThrow().child("BussinessData").orElseThrow()
                .child("PassPortMessage").orElseThrow();
        assertEquals(declareFlag, pack.child("DataInfo").orElseThrow().child("BussinessData").orElseThrow()
                .text("DelcareFlag"));
        Map<String, String> header = productFields("SAS121", message.child("PassportHead").orElseThrow());
        assertEquals("6104W6003C", header.get("inputEtpsno"), "the sample's InputCode is the 录入单位's 海关编码");
        List<Map<String, String>> relations = new ArrayList<>();
        for (WireElement row : message.children("PassportAcmp")) {
            relations.add(productFields("SAS121", row));
        }
        WireElement business = ImportLayout.SAS121.message(reversed(header), Map.of("PassportAcmp", relations),
                Map.of("OperCusRegCode", message.text("OperCusRegCode")));
        assertSame(sample, WireXml.read(skeleton(pack, declareFlag, business)), "Signature");
    }

    /**
     * GX's elements the samples lack are written at their place when given (the numbers first, the others after the
     * samples' last); fields SAS121 does not name (what customs' receipts tell) are not written; goods rows come
     * between the header and the 关联单证.
     */
    @Test
    void aReleaseSlipCarriesOnlyTheElementsOfTheImport() {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("stucd", "2");
        header.put("passTime", "2024-07-26 17:31:59");
        header.put("rmk", "备注");
        header.put("passportNo", "Z3111I240728000000000003");
        header.put("vehicleNo", "浙B1D971");
        header.put("inputEtpsSccd", "913302017532977856");
        WireElement m = ImportLayout.SAS121.message(header, Map.of(
                "PassportAcmp", List.of(Map.of("rtlBillTypecd", "1", "rtlBillNo", "QD311124I000067647")),
                "PassportList", List.of(Map.of("passportSeqNo", "1", "gdsNm", "圣诞饰品", "rltGdsSeqno", "8"))),
                Map.of("OperCusRegCode", "330261A004"));
        assertEquals(List.of("PassportHead", "PassportList", "PassportAcmp", "OperCusRegCode"), m.childNames());
        List<String> head = m.child("PassportHead").orElseThrow().childNames();
        assertEquals("PassportNo", head.get(0));
        assertEquals(List.of("InputSccd", "Rmk"), head.subList(head.size() - 2, head.size()));
        assertTrue(!head.contains("Stucd") && !head.contains("PassTime"), head.toString());
        assertEquals(List.of("PassportSeqNo", "RltGdsSeqno", "GdsNm"),
                m.child("PassportList").orElseThrow().childNames());
        assertEquals("913302017532977856", m.child("PassportHead").orElseThrow().text("InputSccd"));
        assertEquals("inputEtpsno", WireNames.key("SAS121", "InputCode"));
    }

    /** Same names, order and text all the way down; the sample's placeholder KeyName "aa" is our card number. */
    private static void assertSame(WireElement expected, WireElement actual, String path) {
        assertEquals(expected.name(), actual.name(), path);
        assertEquals(expected.childNames(), actual.childNames(), path);
        if (!path.endsWith("/KeyName")) {
            assertEquals(expected.text(), actual.text(), path);
        }
        for (int i = 0; i < expected.children().size(); i++) {
            WireElement e = expected.children().get(i);
            assertSame(e, actual.children().get(i), path + "/" + e.name());
        }
    }

    /** The elements of a sample part as the product's fields: key → value, by {@link WireNames#key}. */
    private static Map<String, String> productFields(String messageType, WireElement part) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (WireElement leaf : part.children()) {
            fields.put(WireNames.key(messageType, leaf.name()), leaf.text());
        }
        return fields;
    }

    /** The same fields in reverse order: the layout, not the caller, gives the order. */
    private static Map<String, String> reversed(Map<String, String> fields) {
        List<String> keys = new ArrayList<>(fields.keySet());
        Collections.reverse(keys);
        Map<String, String> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, fields.get(k)));
        return out;
    }

    @Test
    void namesArePascalCaseWithTheSourcesIrregulars() {
        assertEquals("BondInvtNo", WireNames.element("INV101", "bondInvtNo"));
        assertEquals("RvsngdEtpsSccd", WireNames.element("INV101", "rcvgdEtpsSccd"));
        assertEquals("MaserCuscd", WireNames.element("SAS101", "masterCuscd"));
        assertEquals("MasterCuscd", WireNames.element("SAS121", "masterCuscd"));
        assertEquals("rcvgdEtpsSccd", WireNames.key("INV101", "RvsngdEtpsSccd"));
        assertEquals("20281231", WireNames.importDate("2028-12-31"));
        assertEquals("", WireNames.importDate(""));
        assertThrows(IllegalArgumentException.class, () -> WireNames.importDate("31.12.2028"));
    }

    /**
     * Every element of the sample is written, blank ones empty as the sample has them; GX's elements the sample lacks
     * only when given, at their place; fields neither names follow.
     */
    @Test
    void fieldsTheSampleDoesNotNameFollowItsOnesAndTextIsEscaped() throws Exception {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("ucnsVerno", "1");
        header.put("rmk", "A & B <C>\r");
        header.put("putrecNo", "E31110000001");
        header.put("bondInvtNo", "QD311124I000067647");
        WireElement m = ImportLayout.INV101.message(header, Map.of(), Map.of("OperCusRegCode", "3111960001"));
        WireElement head = m.child("InvtHeadType").orElseThrow();
        List<String> sample = Samples.element(SAMPLE).child("Object").orElseThrow().child("Package").orElseThrow()
                .child("DataInfo").orElseThrow().child("BussinessData").orElseThrow().child("InvtMessage")
                .orElseThrow().child("InvtHeadType").orElseThrow().childNames();
        List<String> expected = new ArrayList<>(List.of("BondInvtNo"));
        expected.addAll(sample);
        expected.add("UcnsVerno");
        assertEquals(expected, head.childNames());
        assertEquals("", head.text("ListStat"));
        assertEquals(List.of("InvtHeadType", "OperCusRegCode", "SysId"), m.childNames());
        assertEquals("Z8", m.text("SysId"), "the sample's, unless given");

        StringBuilder xml = new StringBuilder();
        WireXml.write(xml, m, 0);
        WireElement read = WireXml.read(xml.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals("A & B <C>", read.child("InvtHeadType").orElseThrow().text("Rmk"));
        assertTrue(xml.toString().contains("A &amp; B &lt;C&gt;&#xD;"));
    }

    @Test
    void derivedLayoutsPutHeaderRowsAndCardCodeInOrder() {
        WireElement m = ImportLayout.EMS111.message(Map.of("emsNo", "E31116000001"),
                Map.of("EmsPutrecExg", List.of(Map.of("gdsSeqno", "1")),
                        "EmsPutrecImg", List.of(Map.of("gdsSeqno", "1"), Map.of("gdsSeqno", "2"))),
                Map.of("OperCusRegCode", "3111960001"));
        assertEquals("EmsPutrecMessage", m.name());
        assertEquals(List.of("EmsPutrecBsc", "EmsPutrecImg", "EmsPutrecImg", "EmsPutrecExg", "OperCusRegCode"),
                m.childNames());
        assertEquals("E31116000001", m.child("EmsPutrecBsc").orElseThrow().text("EmsNo"));
        assertEquals(false, ImportLayout.EMS111.sampleProven());
        assertEquals(true, ImportLayout.of("INV101").orElseThrow().sampleProven());
        assertEquals(true, ImportLayout.of("SAS121").orElseThrow().sampleProven());
        assertThrows(IllegalArgumentException.class, () -> ImportLayout.EMS111.message(Map.of(),
                Map.of("InvtListType", List.of()), Map.of()));
    }

    @Test
    void refusesAnotherDeclareFlagAndAMissingCard() {
        EnvelopeInfo info = new EnvelopeInfo("1.0", "", "m", "m.xml", "INV101", "s", "r", java.time.Instant.EPOCH);
        WireElement m = ImportLayout.INV101.message(Map.of(), Map.of(), Map.of());
        assertThrows(IllegalArgumentException.class, () -> ImportMessages.skeleton(info, "2118030005294", "2", m));
        assertThrows(IllegalArgumentException.class, () -> ImportMessages.skeleton(info, " ", "1", m));
        String staged = new String(ImportMessages.skeleton(info, "2118030005294", ImportMessages.STAGE, m),
                StandardCharsets.UTF_8);
        assertTrue(staged.contains("<DelcareFlag>0</DelcareFlag>"), staged);
        assertTrue(staged.contains("<send_time>1970-01-01T08:00:00</send_time>"), staged);
    }
}
