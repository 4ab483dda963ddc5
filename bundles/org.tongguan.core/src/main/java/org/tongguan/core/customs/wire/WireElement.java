package org.tongguan.core.customs.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An element of a wire message: its local name, its text (for a leaf; blank for an element with children) and its
 * child elements in document order. Attributes and namespaces play no part in the 金关二期 business content.
 */
public record WireElement(String name, String text, List<WireElement> children) {
    public WireElement {
        Objects.requireNonNull(name, "name");
        text = text == null ? "" : text;
        children = List.copyOf(children);
    }

    /** A leaf: {@code <name>text</name>}; a null text is written as an empty element. */
    public static WireElement leaf(String name, String text) {
        return new WireElement(name, text, List.of());
    }

    /** An element holding {@code children}. */
    public static WireElement of(String name, List<WireElement> children) {
        return new WireElement(name, "", children);
    }

    /** The first child of that name. */
    public Optional<WireElement> child(String childName) {
        for (WireElement c : children) {
            if (c.name.equals(childName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Every child of that name, in document order. */
    public List<WireElement> children(String childName) {
        List<WireElement> found = new ArrayList<>();
        for (WireElement c : children) {
            if (c.name.equals(childName)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The text of the first child of that name, stripped; empty when there is none. */
    public String text(String childName) {
        return child(childName).map(c -> c.text.strip()).orElse("");
    }

    /** The names of the children, in order: the structure a writer is compared on. */
    public List<String> childNames() {
        return children.stream().map(WireElement::name).toList();
    }
}
