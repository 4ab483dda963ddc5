package org.tongguan.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

class SafeXmlTest {
    @TempDir
    Path dir;

    @Test
    void parsesNamespaceAware() throws Exception {
        Document d = SafeXml.parse("<p:a xmlns:p=\"urn:x\"><p:b>t</p:b></p:a>".getBytes(UTF_8));
        assertEquals("a", d.getDocumentElement().getLocalName());
        assertEquals("urn:x", d.getDocumentElement().getNamespaceURI());
        assertEquals("t", d.getDocumentElement().getTextContent());
    }

    @Test
    void rejectsDoctypesInternalAndExternalEntitiesAndBrokenXml() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        assertThrows(SAXException.class, () -> SafeXml.parse("<!DOCTYPE x>\n<x/>".getBytes(UTF_8)));
        assertThrows(SAXException.class,
                () -> SafeXml.parse("<!DOCTYPE x [<!ENTITY e \"y\">]><x>&e;</x>".getBytes(UTF_8)));
        assertThrows(SAXException.class, () -> SafeXml.parse(("<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri()
                + "\">]><x>&e;</x>").getBytes(UTF_8)));
        assertThrows(SAXException.class, () -> SafeXml.parse("<x><y></x>".getBytes(UTF_8)));
    }

    @Test
    void eachCallGivesAFreshBuilder() {
        Document d = SafeXml.documentBuilder().newDocument();
        d.appendChild(d.createElementNS("urn:x", "a"));
        assertEquals("a", d.getDocumentElement().getLocalName());
        assertNotSame(SafeXml.documentBuilder(), SafeXml.documentBuilder());
    }
}
