package org.tongguan.core.customs.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/** For the areas' tests: a written business message compared element for element with its type's layout. */
public final class LayoutCheck {
    private LayoutCheck() {
    }

    /** The message read as wire elements (local names, texts stripped). */
    public static WireElement read(byte[] xml) {
        try {
            return WireXml.read(xml);
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }

    /**
     * The message has the layout's root; its header, then its rows in the layout's row order, then exactly the
     * layout's closing elements; the header and every row hold each element the layout always writes, the layout's
     * elements in its order, and after them exactly {@code extras} (the type's fields the layout does not name).
     *
     * @return the message read
     */
    public static WireElement assertWrittenAsLayout(ImportLayout layout, byte[] xml, List<String> headExtras) {
        WireElement m = read(xml);
        assertEquals(layout.root(), m.name());
        List<String> parts = m.childNames();
        assertEquals(layout.head().element(), parts.get(0), "the header first");
        assertEquals(layout.closing(), parts.subList(parts.size() - layout.closing().size(), parts.size()),
                "the closing elements last");
        List<String> rowOrder = layout.rows().stream().map(ImportLayout.Part::element).toList();
        int last = -1;
        for (String row : parts.subList(1, parts.size() - layout.closing().size())) {
            int at = rowOrder.indexOf(row);
            assertTrue(at >= last, row + " is a row of " + layout.messageType() + " in its order: " + parts);
            last = at;
        }
        assertPart(layout.head(), m.children().get(0), headExtras);
        for (WireElement row : m.children().subList(1, parts.size() - layout.closing().size())) {
            assertPart(layout.row(row.name()).orElseThrow(), row, null);
        }
        return m;
    }

    /** The part's elements: the layout's in its order (each it always writes), then the extras (null: any). */
    private static void assertPart(ImportLayout.Part layout, WireElement written, List<String> extras) {
        List<String> names = written.childNames();
        List<String> expected = new ArrayList<>();
        for (String n : layout.order()) {
            if (!layout.optional().contains(n) || names.contains(n)) {
                expected.add(n);
            }
        }
        if (names.size() < expected.size() || !names.subList(0, expected.size()).equals(expected)) {
            fail(written.name() + ": expected the layout's elements " + expected + " first, written " + names);
        }
        List<String> rest = names.subList(expected.size(), names.size());
        for (String r : rest) {
            assertTrue(!layout.order().contains(r), written.name() + ": " + r + " out of the layout's order");
        }
        if (extras != null) {
            assertEquals(extras, rest, written.name() + ": the fields the layout does not name");
        }
    }
}
