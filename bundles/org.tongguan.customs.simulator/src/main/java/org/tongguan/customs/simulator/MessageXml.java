package org.tongguan.customs.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.tongguan.core.customs.SignedMessage;
import org.tongguan.core.io.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reading a declared business message in a {@link CustomsRule}: the messages the document service builds have the
 * header's fields as elements and each tab as {@code <tab><Item>…</Item></tab>}.
 */
public final class MessageXml {
    private MessageXml() {
    }

    /**
     * The business message, parsed safely (no DOCTYPE, no external entities).
     *
     * @throws IllegalArgumentException when it is not well-formed XML (the simulator then answers 转人工)
     */
    public static Document parse(SignedMessage message) {
        try {
            return SafeXml.parse(message.businessXml());
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not a well-formed " + message.info().messageType() + " message", e);
        }
    }

    /**
     * What a message's head says and whether it has rows, read in one streaming pass that stops at the first row: for
     * rules that need no more than that, without building the tree of a message with many rows.
     *
     * @param fields the head's fields (the children of the root element's first child), by name: text trimmed
     * @param hasRows whether any tab has an {@code Item}
     */
    public record Head(java.util.Map<String, String> fields, boolean hasRows) {
        /** The field's text, trimmed; "" without it. */
        public String field(String name) {
            return fields.getOrDefault(name, "");
        }
    }

    /**
     * The head of the business message and whether it has rows (see {@link Head}).
     *
     * @throws IllegalArgumentException when what was read of it is not well-formed XML
     */
    public static Head head(SignedMessage message) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        try {
            javax.xml.stream.XMLStreamReader r = SafeXml.streamReader(message.businessXml());
            try {
                int depth = 0;
                int heads = 0; // children of the root seen
                StringBuilder text = null;
                String field = null;
                while (r.hasNext()) {
                    switch (r.next()) {
                        case javax.xml.stream.XMLStreamConstants.START_ELEMENT -> {
                            depth++;
                            String name = r.getLocalName();
                            if ("Item".equals(name)) {
                                return new Head(fields, true);
                            }
                            if (depth == 2) {
                                heads++;
                            } else if (depth == 3 && heads == 1 && field == null) {
                                field = name;
                                text = new StringBuilder();
                            }
                        }
                        case javax.xml.stream.XMLStreamConstants.CHARACTERS,
                                javax.xml.stream.XMLStreamConstants.CDATA -> {
                            if (text != null) {
                                text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                            }
                        }
                        case javax.xml.stream.XMLStreamConstants.END_ELEMENT -> {
                            if (depth == 3 && field != null) {
                                fields.putIfAbsent(field, text.toString().trim());
                                field = null;
                                text = null;
                            }
                            depth--;
                        }
                        case javax.xml.stream.XMLStreamConstants.DTD -> throw new javax.xml.stream.XMLStreamException(
                                "DOCTYPE not allowed");
                        default -> {
                            // comments, processing instructions, white space
                        }
                    }
                }
                return new Head(fields, false);
            } finally {
                r.close();
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IllegalArgumentException("not a well-formed " + message.info().messageType() + " message", e);
        }
    }

    /** The text of the first element of that name, trimmed; "" without one. */
    public static String first(Document doc, String element) {
        NodeList l = doc.getElementsByTagName(element);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().trim();
    }

    /** The rows of a tab ({@code <tab><Item>…</Item></tab>}), in order; empty without the tab. */
    public static List<Element> rows(Document doc, String tab) {
        List<Element> rows = new ArrayList<>();
        NodeList tabs = doc.getElementsByTagName(tab);
        if (tabs.getLength() > 0) {
            NodeList items = ((Element) tabs.item(0)).getElementsByTagName("Item");
            for (int i = 0; i < items.getLength(); i++) {
                rows.add((Element) items.item(i));
            }
        }
        return rows;
    }

    /** The text of a row's field, trimmed; "" without it. */
    public static String text(Element row, String field) {
        NodeList l = row.getElementsByTagName(field);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().trim();
    }
}
