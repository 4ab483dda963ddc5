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
