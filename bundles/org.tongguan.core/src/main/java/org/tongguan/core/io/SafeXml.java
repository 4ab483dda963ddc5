package org.tongguan.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML parsing hardened against hostile input: secure processing, no DOCTYPE (so no entities, internal or external),
 * no external DTD or schema, no XInclude, no entity expansion. Namespace aware.
 */
public final class SafeXml {
    private SafeXml() {
    }

    /**
     * A new namespace-aware builder with the settings above; errors and fatal errors are thrown, warnings ignored.
     * Builders are not thread-safe: take one per use.
     *
     * @throws IllegalStateException when the JDK's parser does not support one of the settings
     */
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // not an error: the document is still parsed as written
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    public static DocumentBuilder documentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(STRICT);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a secure setting", e);
        }
    }

    /** One builder per thread, reset before each use: making one costs more than parsing a message. */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SafeXml::documentBuilder);

    private static DocumentBuilder cached() {
        DocumentBuilder b = BUILDER.get();
        b.reset();
        b.setErrorHandler(STRICT);
        return b;
    }

    /**
     * {@code xml} parsed by a builder with the settings of {@link #documentBuilder()}.
     *
     * @throws SAXException when it is not well-formed or declares a DOCTYPE
     */
    public static Document parse(byte[] xml) throws SAXException, IOException {
        return cached().parse(new ByteArrayInputStream(xml));
    }

    /** A new empty document. */
    public static Document newDocument() {
        return cached().newDocument();
    }

    /** One streaming factory per thread: a factory is not documented as safe to share, and making one costs more. */
    private static final ThreadLocal<XMLInputFactory> STREAMS = ThreadLocal.withInitial(() -> {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f;
    });

    /**
     * A namespace-aware streaming reader of {@code xml}, with no DTD support and no external entities. It reports a
     * DOCTYPE as a {@code DTD} event: the caller refuses it (the readers of this product do).
     */
    public static XMLStreamReader streamReader(byte[] xml) throws XMLStreamException {
        return STREAMS.get().createXMLStreamReader(new ByteArrayInputStream(xml));
    }
}
