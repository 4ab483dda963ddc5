package org.tongguan.customs.simulator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongguan.core.customs.EnvelopeInfo;
import org.tongguan.core.customs.SignedMessage;

/** The head read by streaming says what the tree says, and reading stops at the first row. */
class MessageXmlTest {
    private static SignedMessage message(String xml) {
        return new SignedMessage(new EnvelopeInfo("1.0", "QP1", "QP1-1", "QYZZ101_QP1_1.xml", "QYZZ101",
                "DXPENT6101940123", "DXPEDCEMS", Instant.EPOCH), "1", xml.getBytes(UTF_8), "OP1");
    }

    @Test
    void theHeadsFieldsAndWhetherThereAreRowsAsTheTreeHasThem() {
        String xml = "<QyzzMessage><Head><etpsPreentNo> QP1 </etpsPreentNo><masterCuscd>61<!-- x -->01</masterCuscd>"
                + "<rmk/></Head><mtpck><Item><gdsSeqno>1</gdsSeqno><masterCuscd>9999</masterCuscd></Item></mtpck>"
                + "<endprd></endprd></QyzzMessage>";
        MessageXml.Head head = MessageXml.head(message(xml));
        assertTrue(head.hasRows());
        assertEquals(Map.of("etpsPreentNo", "QP1", "masterCuscd", "6101", "rmk", ""), head.fields());
        assertEquals(MessageXml.first(MessageXml.parse(message(xml)), "masterCuscd"), head.field("masterCuscd"));
        assertEquals("", head.field("chgTmsCnt"));

        MessageXml.Head empty = MessageXml.head(message("<QyzzMessage><Head><masterCuscd>9000</masterCuscd></Head>"
                + "<mtpck></mtpck><endprd/></QyzzMessage>"));
        assertFalse(empty.hasRows());
        assertEquals("9000", empty.field("masterCuscd"));
    }

    @Test
    void readingStopsAtTheFirstRowButWhatWasReadMustBeWellFormed() {
        assertTrue(MessageXml.head(message("<Q><Head/><t><Item>1</Item><broken></Q>")).hasRows(), "not read on");
        assertThrows(IllegalArgumentException.class, () -> MessageXml.head(message("<Q><Head><a></Head></Q>")));
        assertThrows(IllegalArgumentException.class, () -> MessageXml.head(message(
                "<!DOCTYPE Q [<!ENTITY e \"x\">]><Q><Head><a>&e;</a></Head></Q>")));
    }
}
