package org.tongguan.core.customs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tongguan.core.io.SafeXml;

/**
 * Inclusive canonical XML 1.0 without comments (http://www.w3.org/TR/2001/REC-xml-c14n-20010315) of element
 * subtrees, written while the document is read once as a stream: no tree is built, nothing is serialised and parsed
 * again. The reader is {@link SafeXml#streamReader}: no DTD (a DOCTYPE is refused), no external entities.
 *
 * <p>What the rendering does, as the recommendation says for a subtree whose apex is an element:
 * <ul>
 * <li>elements as start and end tag, never the empty-element form;</li>
 * <li>on the apex, every namespace in scope (inherited from ancestors included, an empty default namespace not) and
 * the {@code xml:} attributes of ancestors it does not carry itself; below the apex, only the namespace declarations
 * that change what is in scope of the parent;</li>
 * <li>namespace declarations first, sorted by prefix (the default one first), then attributes sorted by namespace URI
 * (none first) and local name;</li>
 * <li>text with {@code &}, {@code <}, {@code >} and CR escaped, CDATA sections as such text; attribute values with
 * {@code &}, {@code <}, {@code "}, TAB, LF and CR escaped;</li>
 * <li>processing instructions kept, comments dropped.</li>
 * </ul>
 * Line ends and attribute values come normalised by the parser, as the XPath data model the recommendation is
 * written on has them.
 */
final class CanonicalXml {
    private CanonicalXml() {
    }

    /**
     * The canonical form of the document element of {@code xml}.
     *
     * @throws XMLStreamException when {@code xml} is not well-formed or declares a DOCTYPE
     */
    static byte[] ofDocumentElement(byte[] xml) throws XMLStreamException {
        XMLStreamReader r = SafeXml.streamReader(xml);
        try {
            Scopes scopes = new Scopes();
            Rendering root = null;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE declarations are refused");
                    case XMLStreamConstants.START_ELEMENT -> {
                        scopes.enter(r);
                        if (root == null) {
                            root = new Rendering(scopes.depth());
                        }
                        root.start(r, scopes);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        root.end(r);
                        scopes.leave();
                    }
                    default -> {
                        if (root != null && scopes.depth() > 0) {
                            root.other(r, event);
                        }
                    }
                }
            }
            if (root == null) {
                throw new XMLStreamException("no document element");
            }
            return root.bytes();
        } finally {
            r.close();
        }
    }

    /** What is in scope of the element being read: its namespaces and {@code xml:} attributes, and its parent's. */
    static final class Scopes {
        private final List<Map<String, String>> namespaces = new ArrayList<>();
        private final List<Map<String, String>> xmlAttributes = new ArrayList<>();

        Scopes() {
            namespaces.add(Map.of());
            xmlAttributes.add(Map.of());
        }

        /** Depth of the element being read: 1 for the document element, 0 outside it. */
        int depth() {
            return namespaces.size() - 1;
        }

        void enter(XMLStreamReader r) {
            Map<String, String> ns = namespaces.get(namespaces.size() - 1);
            int declared = r.getNamespaceCount();
            if (declared > 0) {
                ns = new HashMap<>(ns);
                for (int i = 0; i < declared; i++) {
                    ns.put(prefix(r.getNamespacePrefix(i)), Objects.requireNonNullElse(r.getNamespaceURI(i), ""));
                }
            }
            namespaces.add(ns);
            Map<String, String> xml = xmlAttributes.get(xmlAttributes.size() - 1);
            for (int i = 0; i < r.getAttributeCount(); i++) {
                if (XMLConstants.XML_NS_URI.equals(r.getAttributeNamespace(i))) {
                    if (xml == xmlAttributes.get(xmlAttributes.size() - 1)) {
                        xml = new HashMap<>(xml);
                    }
                    xml.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                }
            }
            xmlAttributes.add(xml);
        }

        void leave() {
            namespaces.remove(namespaces.size() - 1);
            xmlAttributes.remove(xmlAttributes.size() - 1);
        }

        Map<String, String> namespaces() {
            return namespaces.get(namespaces.size() - 1);
        }

        Map<String, String> parentNamespaces() {
            return namespaces.get(namespaces.size() - 2);
        }

        Map<String, String> xmlAttributes() {
            return xmlAttributes.get(xmlAttributes.size() - 1);
        }

        /**
         * Whether the element being read inherits neither a namespace nor an {@code xml:} attribute: then its
         * canonical form as an apex is the same text as its rendering inside an ancestor's.
         */
        boolean inheritsNothing() {
            return namespaces.get(namespaces.size() - 2).values().stream().allMatch(String::isEmpty)
                    && xmlAttributes.get(xmlAttributes.size() - 2).isEmpty();
        }
    }

    /** The canonical form of one element subtree, fed the reader's events from its start tag to its end tag. */
    static final class Rendering {
        private final int apexDepth;
        private final StringBuilder out = new StringBuilder(1024);
        private int depth;
        private boolean done;

        /** A rendering of the element about to be started at {@code apexDepth} (as {@link Scopes#depth()}). */
        Rendering(int apexDepth) {
            this.apexDepth = apexDepth;
            this.depth = apexDepth - 1;
        }

        boolean done() {
            return done;
        }

        /** The start tag of the element the reader is on; {@code scopes} has entered it. */
        void start(XMLStreamReader r, Scopes scopes) {
            depth++;
            boolean apex = depth == apexDepth;
            out.append('<');
            qualified(r.getPrefix(), r.getLocalName());
            if (apex || r.getNamespaceCount() > 0) { // below the apex only a declaration here can change the scope
                namespaces(r, scopes, apex);
            }
            int count = r.getAttributeCount();
            if (count == 0 && !(apex && !scopes.xmlAttributes().isEmpty())) {
                out.append('>');
                return;
            }
            TreeMap<String, String[]> attributes = new TreeMap<>(); // "uri localName" → prefix, localName, value
            for (int i = 0; i < count; i++) {
                String uri = Objects.requireNonNullElse(r.getAttributeNamespace(i), "");
                attributes.put(uri + ' ' + r.getAttributeLocalName(i),
                        new String[] {r.getAttributePrefix(i), r.getAttributeLocalName(i), r.getAttributeValue(i)});
            }
            if (apex) { // what the apex inherits of xml:lang, xml:space …, unless it says so itself
                scopes.xmlAttributes().forEach((local, value) -> attributes.putIfAbsent(
                        XMLConstants.XML_NS_URI + ' ' + local, new String[] {XMLConstants.XML_NS_PREFIX, local, value}));
            }
            for (String[] a : attributes.values()) {
                out.append(' ');
                qualified(a[0], a[1]);
                out.append("=\"");
                attributeValue(a[2]);
                out.append('"');
            }
            out.append('>');
        }

        /** The namespace declarations the start tag renders (see the class comment), sorted by prefix. */
        private void namespaces(XMLStreamReader r, Scopes scopes, boolean apex) {
            TreeMap<String, String> declarations = new TreeMap<>();
            if (apex) {
                scopes.namespaces().forEach((prefix, uri) -> {
                    if (!(prefix.isEmpty() && uri.isEmpty())) {
                        declarations.put(prefix, uri);
                    }
                });
            } else {
                Map<String, String> parent = scopes.parentNamespaces();
                for (int i = 0; i < r.getNamespaceCount(); i++) {
                    String prefix = prefix(r.getNamespacePrefix(i));
                    String uri = Objects.requireNonNullElse(r.getNamespaceURI(i), "");
                    if (!uri.equals(parent.getOrDefault(prefix, ""))) {
                        declarations.put(prefix, uri);
                    }
                }
            }
            declarations.remove(XMLConstants.XML_NS_PREFIX);
            declarations.forEach((prefix, uri) -> {
                out.append(prefix.isEmpty() ? " xmlns=\"" : " xmlns:").append(prefix.isEmpty() ? "" : prefix + "=\"");
                attributeValue(uri);
                out.append('"');
            });
        }

        /** The end tag of the element the reader is on. */
        void end(XMLStreamReader r) {
            out.append("</");
            qualified(r.getPrefix(), r.getLocalName());
            out.append('>');
            if (depth == apexDepth) {
                done = true;
            }
            depth--;
        }

        /** Text, CDATA and processing instructions inside the subtree; comments and the rest leave no trace. */
        void other(XMLStreamReader r, int event) {
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    out.append("<?").append(r.getPITarget());
                    String data = r.getPIData();
                    if (data != null && !data.isEmpty()) {
                        out.append(' ').append(data);
                    }
                    out.append("?>");
                }
                default -> {
                    // comments are not part of the canonical form without comments
                }
            }
        }

        byte[] bytes() {
            return bytes(0);
        }

        /** How much has been rendered, in characters: where what comes next starts. */
        int length() {
            return out.length();
        }

        /** What was rendered from {@code start} (a {@link #length()} taken before) on, UTF-8. */
        byte[] bytes(int start) {
            return out.substring(start).getBytes(StandardCharsets.UTF_8);
        }

        private void qualified(String prefix, String localName) {
            if (prefix != null && !prefix.isEmpty()) {
                out.append(prefix).append(':');
            }
            out.append(localName);
        }

        private void text(char[] chars, int start, int length) {
            int plain = start;
            int end = start + length;
            for (int i = start; i < end; i++) {
                String escaped = switch (chars[i]) {
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '\r' -> "&#xD;";
                    default -> null;
                };
                if (escaped != null) {
                    out.append(chars, plain, i - plain).append(escaped);
                    plain = i + 1;
                }
            }
            out.append(chars, plain, end - plain);
        }

        private void attributeValue(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '"' -> out.append("&quot;");
                    case '\t' -> out.append("&#x9;");
                    case '\n' -> out.append("&#xA;");
                    case '\r' -> out.append("&#xD;");
                    default -> out.append(c);
                }
            }
        }
    }

    private static String prefix(String prefix) {
        return prefix == null ? "" : prefix;
    }

    /** {@code text} escaped as canonical XML escapes character content. */
    static String escapeText(String text) {
        Rendering r = new Rendering(1);
        r.text(text.toCharArray(), 0, text.length());
        return r.out.toString();
    }

    /** {@code value} escaped as canonical XML escapes attribute values. */
    static String escapeAttribute(String value) {
        Rendering r = new Rendering(1);
        r.attributeValue(value);
        return r.out.toString();
    }
}
