package org.tongguan.customs.simulator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongguan.core.customs.EnvelopeInfo;
import org.tongguan.core.customs.SignedMessage;

/**
 * A business message as the e-port client imports it read back by field keys; the head read by streaming says what
 * the tree says, and reading stops at the first row.
 */
class MessageXmlTest {
    private static SignedMessage message(String type, String xml) {
        return new SignedMessage(new EnvelopeInfo("1.0", "QP1", "QP1-1", type + "_QP1_1.xml", type,
                "DXPENT6101940123", "DXPEDCEMS", Instant.EPOCH), "1", xml.getBytes(UTF_8), "OP1");
    }

    private static final String LIST = "<InvtMessage><InvtHeadType><EtpsInnerInvtNo> QP1 </EtpsInnerInvtNo>"
            + "<RvsngdEtpsSccd>91610000766343672W</RvsngdEtpsSccd><DclPlcCuscd>61<!-- x -->01</DclPlcCuscd><Rmk/>"
            + "</InvtHeadType><InvtListType><GdsSeqno>1</GdsSeqno><DclPlcCuscd>9999</DclPlcCuscd></InvtListType>"
            + "<InvtListType><GdsSeqno>2</GdsSeqno></InvtListType><OperCusRegCode>6101940123</OperCusRegCode>"
            + "<SysId>Z8</SysId></InvtMessage>";

    @Test
    void fieldsComeBackByTheirKeysRowsByTheirElement() {
        MessageXml.Message m = MessageXml.parse(message("INV101", LIST));
        assertEquals(Map.of("etpsInnerInvtNo", "QP1", "rcvgdEtpsSccd", "91610000766343672W", "dclPlcCuscd", "6101",
                "rmk", ""), m.header());
        assertEquals(List.of(Map.of("gdsSeqno", "1", "dclPlcCuscd", "9999"), Map.of("gdsSeqno", "2")),
                m.rows("InvtListType"));
        assertEquals(List.of(Map.of("gdsSeqno", "2")), m.rows("InvtListType", "gdsSeqno", "2"));
        assertEquals(Map.of("OperCusRegCode", "6101940123", "SysId", "Z8"), m.closing());
        assertEquals(List.of(), m.rows("BwsDt"));
    }

    @Test
    void theHeadsFieldsAndWhetherThereAreRowsAsTheTreeHasThem() {
        MessageXml.Head head = MessageXml.head(message("INV101", LIST));
        assertTrue(head.hasRows());
        assertEquals(MessageXml.parse(message("INV101", LIST)).header(), head.fields());
        assertEquals("", head.field("chgTmsCnt"));

        MessageXml.Head empty = MessageXml.head(message("EMS101", "<EtArcrpMessage><EtArcrpBsc><MasterCuscd>9000"
                + "</MasterCuscd></EtArcrpBsc><OperCusRegCode>6101940123</OperCusRegCode></EtArcrpMessage>"));
        assertFalse(empty.hasRows(), "the card's code closes the message, it is no row");
        assertEquals("9000", empty.field("masterCuscd"));
    }

    @Test
    void readingStopsAtTheFirstRowButWhatWasReadMustBeWellFormed() {
        assertTrue(MessageXml.head(message("INV101", "<InvtMessage><InvtHeadType/><InvtListType><GdsSeqno>1"
                + "</GdsSeqno><broken></InvtMessage>")).hasRows(), "not read on");
        assertThrows(IllegalArgumentException.class, () -> MessageXml.head(message("INV101",
                "<InvtMessage><InvtHeadType><a></InvtHeadType></InvtMessage>")));
        assertThrows(IllegalArgumentException.class, () -> MessageXml.head(message("INV101",
                "<!DOCTYPE Q [<!ENTITY e \"x\">]><Q><H><a>&e;</a></H></Q>")));
        assertThrows(IllegalArgumentException.class, () -> MessageXml.parse(message("INV101", "<Q><H></Q>")));
    }
}
