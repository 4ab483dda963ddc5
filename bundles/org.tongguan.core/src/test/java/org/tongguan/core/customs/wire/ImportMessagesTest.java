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
        WireElement info = pack.child("EnvelopInfo").orElseThrow();
        WireElement message = pack.child("DataInfo").orElseThrow().child("BussinessData").orElseThrow()
                .child("InvtMessage").orElseThrow();

        Map<String, String> header = productFields(message.child("InvtHeadType").orElseThrow());
        assertTrue(header.containsKey("rcvgdEtpsSccd"), "the sample's RvsngdEtpsSccd is our rcvgdEtpsSccd");
        assertEquals("20181210", header.get("inputTime"));
        header.put("inputTime", "2018-12-10"); // as the product holds it
        List<Map<String, String>> rows = new ArrayList<>();
        for (WireElement row : message.children("InvtListType")) {
            rows.add(productFields(row));
        }
        Map<String, String> wireHeader = new LinkedHashMap<>(header);
        wireHeader.put("inputTime", WireNames.importDate(header.get("inputTime")));
        WireElement business = ImportLayout.INV101.message(reversed(wireHeader), Map.of("InvtListType", rows),
                Map.of("SysId", message.text("SysId"), "OperCusRegCode", message.text("OperCusRegCode")));

        EnvelopeInfo envelope = new EnvelopeInfo(info.text("version"), "", info.text("message_id"),
                info.text("file_name"), info.text("message_type"), info.text("sender_id"), info.text("receiver_id"),
                LocalDateTime.parse(info.text("send_time")).atZone(ImportMessages.CUSTOMS_ZONE).toInstant());
        byte[] written = ImportMessages.skeleton(envelope, info.text("Ic_Card"), ImportMessages.DECLARE, business);

        WireElement ours = WireXml.read(written);
        assertSame(sample, ours, "Signature");
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
    private static Map<String, String> productFields(WireElement part) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (WireElement leaf : part.children()) {
            fields.put(WireNames.key("INV101", leaf.name()), leaf.text());
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
