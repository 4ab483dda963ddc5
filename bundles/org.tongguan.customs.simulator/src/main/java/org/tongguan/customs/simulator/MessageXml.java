package org.tongguan.customs.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.core.customs.wire.ImportLayout;
import org.tongguan.core.customs.wire.WireNames;
import org.tongguan.core.io.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reading a declared business message in a {@link CustomsRule}, as the e-port client imports it
 * (docs/wire-formats.md): the root's first child is the header ({@code InvtHeadType}, {@code EmsPutrecBsc} …), then
 * the rows ({@code InvtListType}, {@code EmsPutrecImg} …), then the closing elements ({@code OperCusRegCode} …).
 * Fields are given back by the product's field keys ({@link WireNames#key}: {@code BondInvtNo} is
 * {@code bondInvtNo}, INV101 {@code RvsngdEtpsSccd} is {@code rcvgdEtpsSccd}); texts are trimmed.
 */
public final class MessageXml {
    private MessageXml() {
    }

    /**
     * A business message read whole.
     *
     * @param header the header's fields by key
     * @param rows row element → its rows (field key → text), in message order
     * @param closing the closing elements by name, e.g. {@code OperCusRegCode}
     */
    public record Message(Map<String, String> header, Map<String, List<Map<String, String>>> rows,
            Map<String, String> closing) {
        public Message {
            header = Map.copyOf(header);
            rows = Map.copyOf(rows);
            closing = Map.copyOf(closing);
        }

        /** The header field's text; "" without it. */
        public String field(String key) {
            return header.getOrDefault(key, "");
        }

        /** The rows written as {@code element}; none without. */
        public List<Map<String, String>> rows(String element) {
            return rows.getOrDefault(element, List.of());
        }

        /** The rows written as {@code element} whose field {@code key} is {@code value} (e.g. 料件 by their type). */
        public List<Map<String, String>> rows(String element, String key, String value) {
            return rows(element).stream().filter(r -> value.equals(r.get(key))).toList();
        }
    }

    /**
     * The business message, parsed safely (no DOCTYPE, no external entities).
     *
     * @throws IllegalArgumentException when it is not well-formed XML (the simulator then answers 转人工)
     */
    public static Message parse(SignedMessage message) {
        String type = message.info().messageType();
        Element root;
        try {
            root = SafeXml.parse(message.businessXml()).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not a well-formed " + type + " message", e);
        }
        Optional<ImportLayout> layout = ImportLayout.of(type);
        Map<String, String> header = Map.of();
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        Map<String, String> closing = new LinkedHashMap<>();
        boolean first = true;
        for (Element part : children(root)) {
            String name = localName(part);
            if (first) {
                header = fields(type, part);
                first = false;
            } else if (layout.map(l -> l.row(name).isPresent()).orElse(!children(part).isEmpty())) {
                rows.computeIfAbsent(name, n -> new ArrayList<>()).add(fields(type, part));
            } else {
                closing.put(name, part.getTextContent().strip());
            }
        }
        return new Message(header, rows, closing);
    }

    /**
     * What a message's head says and whether it has rows, read in one streaming pass that stops at the first row: for
     * rules that need no more than that, without building the tree of a message with many rows.
     *
     * @param fields the head's fields (the children of the root element's first child), by key: text trimmed
     * @param hasRows whether the message has a row
     */
    public record Head(Map<String, String> fields, boolean hasRows) {
        /** The field's text, trimmed; "" without it. */
        public String field(String key) {
            return fields.getOrDefault(key, "");
        }
    }

    /**
     * The head of the business message and whether it has rows (see {@link Head}).
     *
     * @throws IllegalArgumentException when what was read of it is not well-formed XML
     */
    public static Head head(SignedMessage message) {
        String type = message.info().messageType();
        Optional<ImportLayout> layout = ImportLayout.of(type);
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            XMLStreamReader r = SafeXml.streamReader(message.businessXml());
            try {
                int depth = 0;
                int parts = 0; // children of the root seen
                StringBuilder text = null;
                String field = null;
                while (r.hasNext()) {
                    switch (r.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            depth++;
                            String name = r.getLocalName();
                            if (depth == 2) {
                                parts++;
                                if (parts > 1 && layout.map(l -> l.row(name).isPresent()).orElse(false)) {
                                    return new Head(fields, true);
                                }
                            } else if (depth == 3 && parts == 1 && field == null) {
                                field = name;
                                text = new StringBuilder();
                            } else if (depth == 3 && layout.isEmpty()) {
                                return new Head(fields, true); // a part with fields after the head: a row
                            }
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                            if (text != null) {
                                text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            if (depth == 3 && field != null) {
                                fields.putIfAbsent(WireNames.key(type, field), text.toString().trim());
                                field = null;
                                text = null;
                            }
                            depth--;
                        }
                        case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE not allowed");
                        default -> {
                            // comments, processing instructions, white space
                        }
                    }
                }
                return new Head(fields, false);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not a well-formed " + type + " message", e);
        }
    }

    private static Map<String, String> fields(String type, Element part) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element leaf : children(part)) {
            fields.putIfAbsent(WireNames.key(type, localName(leaf)), leaf.getTextContent().strip());
        }
        return fields;
    }

    private static List<Element> children(Element e) {
        List<Element> found = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                found.add(c);
            }
        }
        return found;
    }

    private static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }
}
