package org.tongguan.core.customs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.crypto.Data;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.TransformService;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tongguan.core.io.SafeXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The streaming canonical form equals what the JDK's XML-DSig canonicaliser makes of the same subtree (a copy of the
 * subtree as a document of its own, carrying the namespaces and {@code xml:} attributes it inherits), on documents
 * chosen for the corners of the recommendation.
 */
class CanonicalXmlTest {
    private static final String DOCUMENTS = """
            <a:Root xmlns:a="urn:a" xmlns="urn:default" xml:lang="zh" b="2" a:c="3">
              <Item z="1" y="&amp;&lt;&quot;&#9;&#10;&#13;'" xmlns:b="urn:b" b:k="v" a:k="w">
                text with &amp; &lt; &gt; ' " and &#13; and 铜线 𠀀
                <Empty/>
                <![CDATA[<cdata> & ]]>
                <!-- a comment -->
                <?pi some data?>
                <?bare?>
                <Inner xmlns:a="urn:a" xmlns:b="urn:other">same a, other b</Inner>
                <Undeclared xmlns=""><Deeper xmlns="urn:again"/></Undeclared>
              </Item>
              <Item xml:space="preserve" xml:lang="en">   spaces   </Item>
            </a:Root>
            |
            <InvtMessage xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <InvtHeadType>
                <BizopEtpsNm>宽窄科技（杭州）有限公司</BizopEtpsNm>
                <Rmk><![CDATA[含 <特殊> 字符 & 符号]]></Rmk>
                <Col1 xsi:nil="true"/>
              </InvtHeadType>
            </InvtMessage>
            |
            <Signature xmlns:ceb="urn:ceb"><Object Id="package" ceb:x="1"><Package><x:Y xmlns:x="urn:x"/></Package></Object></Signature>
            """;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void theDocumentElementIsRenderedAsTheJdkRendersIt(int which) throws Exception {
        byte[] xml = document(which);
        Element root = SafeXml.parse(xml).getDocumentElement();
        assertEquals(jdk(root), new String(CanonicalXml.ofDocumentElement(xml), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0:Item", "0:Inner", "0:Undeclared", "0:Deeper", "1:InvtHeadType", "1:Col1",
            "2:Object", "2:Y"})
    void aSubtreeInheritsWhatIsInScopeAsTheJdkRendersIt(String which) throws Exception {
        byte[] xml = document(Integer.parseInt(which.split(":")[0]));
        String name = which.split(":")[1];
        Element element = (Element) SafeXml.parse(xml).getElementsByTagNameNS("*", name).item(0);
        assertEquals(jdk(element), streamed(xml, name));
    }

    @Test
    void theSecondItemInheritsNothingItOverrides() throws Exception {
        byte[] xml = document(0);
        Element second = (Element) SafeXml.parse(xml).getElementsByTagNameNS("*", "Item").item(1);
        String expected = jdk(second);
        assertEquals("<Item xmlns=\"urn:default\" xmlns:a=\"urn:a\" xml:lang=\"en\" xml:space=\"preserve\">"
                + "   spaces   </Item>", expected);
        assertEquals(expected, streamed(xml, "Item", 2));
    }

    @Test
    void aDoctypeIsRefused() {
        assertThrows(XMLStreamException.class, () -> CanonicalXml.ofDocumentElement(
                "<!DOCTYPE x [<!ENTITY e \"y\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(XMLStreamException.class,
                () -> CanonicalXml.ofDocumentElement("<!DOCTYPE x><x/>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(XMLStreamException.class,
                () -> CanonicalXml.ofDocumentElement("<x>".getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] document(int which) {
        return DOCUMENTS.split("\\|")[which].strip().getBytes(StandardCharsets.UTF_8);
    }

    private static String streamed(byte[] xml, String localName) throws XMLStreamException {
        return streamed(xml, localName, 1);
    }

    /** The canonical form of the {@code nth} element of that local name, rendered while the document streams by. */
    private static String streamed(byte[] xml, String localName, int nth) throws XMLStreamException {
        XMLStreamReader r = SafeXml.streamReader(xml);
        CanonicalXml.Scopes scopes = new CanonicalXml.Scopes();
        CanonicalXml.Rendering rendering = null;
        int seen = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                scopes.enter(r);
                if (rendering == null && r.getLocalName().equals(localName) && ++seen == nth) {
                    rendering = new CanonicalXml.Rendering(scopes.depth());
                }
                if (rendering != null && !rendering.done()) {
                    rendering.start(r, scopes);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (rendering != null && !rendering.done()) {
                    rendering.end(r);
                }
                scopes.leave();
            } else if (rendering != null && !rendering.done()) {
                rendering.other(r, event);
            }
        }
        return new String(rendering.bytes(), StandardCharsets.UTF_8);
    }

    /** The oracle: the subtree as a document of its own, canonicalised by the JDK. */
    private static String jdk(Element element) throws Exception {
        Document copy = SafeXml.newDocument();
        Element root = (Element) copy.importNode(element, true);
        copy.appendChild(root);
        for (Node p = element.getParentNode(); p instanceof Element ancestor; p = p.getParentNode()) {
            NamedNodeMap attributes = ancestor.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                String ns = a.getNamespaceURI();
                boolean inherited = XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)
                        ? !(XMLConstants.XMLNS_ATTRIBUTE.equals(a.getName()) && a.getValue().isEmpty())
                        : XMLConstants.XML_NS_URI.equals(ns);
                if (inherited && !root.hasAttributeNS(ns, a.getLocalName())) {
                    root.setAttributeNS(ns, a.getName(), a.getValue());
                }
            }
        }
        Transformer writer = TransformerFactory.newDefaultInstance().newTransformer();
        writer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        writer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream serialised = new ByteArrayOutputStream();
        writer.transform(new DOMSource(root), new StreamResult(serialised));
        TransformService c14n = TransformService.getInstance(CanonicalizationMethod.INCLUSIVE, "DOM");
        c14n.init(null);
        Data data = c14n.transform(new OctetStreamData(new ByteArrayInputStream(serialised.toByteArray())), null);
        try (InputStream in = ((OctetStreamData) data).getOctetStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
