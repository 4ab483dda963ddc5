package org.tongguan.core.customs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageRecordsTest {
    private static final byte[] XML = "<a/>".getBytes(UTF_8);
    private static final String HASH = "a".repeat(64);

    @ParameterizedTest
    @ValueSource(strings = {"EMS", "INV", "SAS", "NPTS", "AB", "A1B2C3D4E5"})
    void acceptsBusinessTypes(String type) {
        assertEquals(type, new OutgoingMessage(type, "x.xml", XML).businessType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "I", "inv", "INV/", "../INV", "A1B2C3D4E5F", "IN V"})
    void refusesBusinessTypes(String type) {
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMessage(type, "x.xml", XML));
        assertThrows(IllegalArgumentException.class, () -> new IncomingMessage(type, "x.xml", XML, HASH));
    }

    @Test
    void refusesNullBusinessType() {
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMessage(null, "x.xml", XML));
    }

    @ParameterizedTest
    @ValueSource(strings = {"INV101_I_QP000123_1.xml", "a.xml", "a-b.c_d.xml"})
    void acceptsFileNames(String name) {
        assertEquals(name, new OutgoingMessage("INV", name, XML).fileName());
    }

    @Test
    void acceptsFileNameOf120Characters() {
        String name = "a".repeat(116) + ".xml";
        assertEquals(name, new OutgoingMessage("INV", name, XML).fileName());
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMessage("INV", "a" + name, XML));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".xml", ".hidden.xml", "a.txt", "a.XML", "a/b.xml", "../a.xml", "a b.xml",
        "报关单.xml", "a.xml.tmp"})
    void refusesFileNames(String name) {
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMessage("INV", name, XML));
    }

    @Test
    void refusesEmptyOrMissingContent() {
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMessage("INV", "a.xml", new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMessage("INV", "a.xml", null));
        assertThrows(IllegalArgumentException.class, () -> new IncomingMessage("INV", "a.xml", new byte[0], HASH));
    }

    @Test
    void contentIsCopiedInAndOut() {
        byte[] bytes = XML.clone();
        OutgoingMessage m = new OutgoingMessage("INV", "a.xml", bytes);
        bytes[0] = 'X';
        m.content()[1] = 'Y';
        assertArrayEquals(XML, m.content());

        IncomingMessage r = new IncomingMessage("INV", "r.xml", bytes, HASH);
        byte[] shown = bytes.clone();
        bytes[0] = 'Z';
        r.content()[1] = 'Y';
        assertArrayEquals(shown, r.content());
    }

    @Test
    void equalityIsByContent() {
        assertEquals(new OutgoingMessage("INV", "a.xml", XML), new OutgoingMessage("INV", "a.xml", XML.clone()));
        assertEquals(new OutgoingMessage("INV", "a.xml", XML).hashCode(),
                new OutgoingMessage("INV", "a.xml", XML.clone()).hashCode());
        assertNotEquals(new OutgoingMessage("INV", "a.xml", XML),
                new OutgoingMessage("INV", "a.xml", "<b/>".getBytes(UTF_8)));
        assertEquals(new IncomingMessage("INV", "r.xml", XML, HASH), new IncomingMessage("INV", "r.xml", XML.clone(),
                HASH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg"})
    void refusesMalformedHash(String hash) {
        assertThrows(IllegalArgumentException.class, () -> new IncomingMessage("INV", "r.xml", XML, hash));
    }

    @Test
    void refusesBlankReceiptName() {
        assertThrows(IllegalArgumentException.class, () -> new IncomingMessage("INV", " ", XML, HASH));
    }

    @Test
    void toStringShowsSizeNotBytes() {
        assertEquals("OutgoingMessage[INV/a.xml, 4 bytes]", new OutgoingMessage("INV", "a.xml", XML).toString());
    }
}
