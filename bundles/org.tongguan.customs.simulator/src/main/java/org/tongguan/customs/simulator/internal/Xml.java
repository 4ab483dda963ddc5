package org.tongguan.customs.simulator.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tongguan.core.io.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reading fields out of messages (safely: no DOCTYPE, no entities) and writing the receipts' small documents. */
final class Xml {
    private Xml() {
    }

    /** The parsed document, or empty when {@code bytes} are not well-formed XML (or declare a DOCTYPE). */
    static Optional<Document> parse(byte[] bytes) {
        try {
            return Optional.of(SafeXml.parse(bytes));
        } catch (SAXException | IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The stripped text of the first element (document order) whose local name is one of {@code names}, tried in
     * the order given; empty when none has text.
     */
    static Optional<String> first(Document doc, String... names) {
        for (String name : names) {
            Optional<String> found = first(doc.getDocumentElement(), name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(Element element, String name) {
        if (name.equals(localName(element))) {
            String text = element.getTextContent().strip();
            if (!text.isEmpty()) {
                return Optional.of(text);
            }
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                Optional<String> found = first(child, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
    }

    /** A small document written element by element, indented by two spaces, UTF-8 with an XML declaration. */
    static final class Writer {
        private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        private int depth;

        Writer open(String name) {
            indent().append('<').append(name).append(">\n");
            depth++;
            return this;
        }

        Writer close(String name) {
            depth--;
            indent().append("</").append(name).append(">\n");
            return this;
        }

        Writer element(String name, String text) {
            indent().append('<').append(name).append('>').append(escape(text)).append("</").append(name)
                    .append(">\n");
            return this;
        }

        Writer element(String name, String attribute, String value, String text) {
            indent().append('<').append(name).append(' ').append(attribute).append("=\"").append(escape(value))
                    .append("\">").append(escape(text)).append("</").append(name).append(">\n");
            return this;
        }

        byte[] bytes() {
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        private StringBuilder indent() {
            return out.append("  ".repeat(depth));
        }

        private static String escape(String text) {
            StringBuilder s = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> s.append("&amp;");
                    case '<' -> s.append("&lt;");
                    case '>' -> s.append("&gt;");
                    case '"' -> s.append("&quot;");
                    default -> {
                        // characters XML 1.0 cannot carry become '?', so a receipt is always well-formed
                        boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                                || Character.isSurrogate(c) || c >= 0xE000 && c <= 0xFFFD;
                        s.append(allowed ? c : '?');
                    }
                }
            }
            return s.toString();
        }
    }
}
