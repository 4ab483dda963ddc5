package org.tongguan.customs.simulator.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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

    /**
     * In one streaming pass (no tree is built): for each of {@code names}, the stripped text of the first element
     * (document order) of that local name that has text. Names without such an element are absent. Empty when
     * {@code bytes} are not well-formed XML or declare a DOCTYPE.
     */
    static Optional<Map<String, String>> firsts(byte[] bytes, Set<String> names) {
        return firsts(bytes, names, found -> false);
    }

    /**
     * As {@link #firsts(byte[], Set)}, but the scan stops after a child of the root element when {@code enough} holds
     * for what was found so far: the rest is then neither read nor checked to be well-formed. For fields of a
     * message's head, without reading its rows.
     */
    static Optional<Map<String, String>> firsts(byte[] bytes, Set<String> names,
            java.util.function.Predicate<Map<String, String>> enough) {
        Map<String, String> found = new HashMap<>();
        try {
            XMLStreamReader r = SafeXml.streamReader(bytes);
            try {
                List<String> openNames = new ArrayList<>(); // the wanted elements being read, outermost first
                List<StringBuilder> texts = new ArrayList<>();
                int depth = 0;
                List<Integer> depths = new ArrayList<>();
                while (r.hasNext()) {
                    switch (r.next()) {
                        case XMLStreamConstants.DTD -> {
                            return Optional.empty();
                        }
                        case XMLStreamConstants.START_ELEMENT -> {
                            depth++;
                            String name = r.getLocalName();
                            // an element inside one of the same name adds no text the outer one does not have
                            if (names.contains(name) && !found.containsKey(name) && !openNames.contains(name)) {
                                openNames.add(name);
                                texts.add(new StringBuilder());
                                depths.add(depth);
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            int last = depths.size() - 1;
                            if (last >= 0 && depths.get(last) == depth) {
                                String text = texts.get(last).toString().strip();
                                if (!text.isEmpty()) {
                                    found.putIfAbsent(openNames.get(last), text);
                                }
                                openNames.remove(last);
                                texts.remove(last);
                                depths.remove(last);
                            }
                            depth--;
                            if (depth == 1 && enough.test(found)) {
                                return Optional.of(found);
                            }
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            for (StringBuilder t : texts) {
                                t.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                            }
                        }
                        default -> {
                            // comments and processing instructions are not text
                        }
                    }
                }
                return Optional.of(found);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
    }

    /** The first of {@code names}, in the order given, that {@link #firsts} found. */
    static Optional<String> first(Map<String, String> firsts, String... names) {
        for (String name : names) {
            String text = firsts.get(name);
            if (text != null) {
                return Optional.of(text);
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
