package org.tongguan.core.customs.wire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.tongguan.core.io.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Wire elements to XML text and back. Reading is {@link SafeXml}'s: no DOCTYPE (so no entity, internal or
 * external), no external resource. Names are local names: the receipts come in the xmldsig namespace or in none.
 */
final class WireXml {
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String INDENT = "    "; // as Ibondinvt.xml

    private WireXml() {
    }

    /** {@code e} written at {@code depth} (the root at 0), each element on its own line. */
    static void write(StringBuilder out, WireElement e, int depth) {
        out.append(INDENT.repeat(depth)).append('<').append(e.name()).append('>');
        if (e.children().isEmpty()) {
            escape(out, e.text());
        } else {
            out.append('\n');
            for (WireElement c : e.children()) {
                write(out, c, depth + 1);
            }
            out.append(INDENT.repeat(depth));
        }
        out.append("</").append(e.name()).append(">\n");
    }

    /** A leaf at {@code depth}. */
    static void leaf(StringBuilder out, int depth, String name, String text) {
        write(out, WireElement.leaf(name, text), depth);
    }

    /**
     * Text as element content: {@code <}, {@code >}, {@code &} escaped, CR as a reference (a raw one would arrive
     * as a line feed), characters XML 1.0 cannot carry (other controls, U+FFFE, U+FFFF) left out.
     */
    static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r' -> out.append("&#xD;");
                default -> {
                    if ((c >= 0x20 && c != 0xFFFE && c != 0xFFFF) || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
    }

    /**
     * The document element of {@code xml} as a wire element: local names, leaves with their text stripped.
     *
     * @throws SAXException when it is not well-formed or declares a DOCTYPE
     */
    static WireElement read(byte[] xml) throws SAXException, IOException {
        return element(SafeXml.parse(xml).getDocumentElement());
    }

    private static WireElement element(Element e) {
        List<WireElement> children = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                children.add(element(c));
            }
        }
        String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
        return new WireElement(name, children.isEmpty() ? e.getTextContent().strip() : "", children);
    }
}
