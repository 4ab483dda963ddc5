package org.tongguan.core.customs.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** For tests of whoever writes receipts (the writer, the simulator): a receipt against the pilot's schema copies. */
public final class ReceiptSchemas {
    private ReceiptSchemas() {
    }

    /**
     * The schema errors of a SAS receipt's content (the element in {@code BussinessData}) against
     * {@code xsd/<type>.xsd} (see SOURCES.md there): the SAS schemas describe the content only, not the
     * {@code Package} around it.
     */
    public static List<String> contentErrors(String type, byte[] receipt) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(receipt));
        Element data = (Element) doc.getElementsByTagName("BussinessData").item(0);
        Element content = null;
        for (Node n = data.getFirstChild(); n != null && content == null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                content = e;
            }
        }
        assertEquals(type, content.getLocalName(), "the receipt's content");
        Validator v = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ReceiptSchemas.class.getResource("xsd/" + type + ".xsd")).newValidator();
        List<String> errors = new ArrayList<>();
        v.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                errors.add(e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getMessage());
            }
        });
        v.validate(new DOMSource(content));
        return errors;
    }
}
